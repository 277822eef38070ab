// The host configures @lit/localize first, then loads our bundle.
/* global window */
import { configureHost } from './host-localize.mjs';

await configureHost();
await import('/package/dist/cdn/partner-elements.js');
window.hostReady = true;
