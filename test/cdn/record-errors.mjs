// Runs before the bundles (module scripts run in order): records every error the page raises, for the test to read.
globalThis.pageErrors = [];
globalThis.addEventListener('error', (event) => globalThis.pageErrors.push(String(event.message)));
globalThis.addEventListener('unhandledrejection', (event) =>
  globalThis.pageErrors.push(String(event.reason)),
);
