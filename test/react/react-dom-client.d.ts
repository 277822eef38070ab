// react-dom has no bundled types and @types/react-dom is not installed; the one entry these tests use. The test
// server turns React's CommonJS into a module with a default export only, hence `default`.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
  const client: { createRoot: typeof createRoot };
  export default client;
}
