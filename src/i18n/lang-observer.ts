/**
 * One MutationObserver for the whole page, shared by every element: it watches `lang` attributes in the document
 * (`<html lang>` included) and tells each subscribed element to re-resolve its language. Started with the first
 * subscriber, stopped with the last, so a page without our elements pays nothing.
 */
const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;

function notify(): void {
  for (const subscriber of [...subscribers]) subscriber();
}

/** Call `onChange` whenever a `lang` attribute changes anywhere in the document; returns the unsubscribe function. */
export function observeLang(onChange: () => void): () => void {
  subscribers.add(onChange);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    subscribers.delete(onChange);
    if (subscribers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
