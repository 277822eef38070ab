// Our bundle ran first (a module script before this one); the host configures @lit/localize afterwards.
/* global window */
import { configureHost } from './host-localize.mjs';

await configureHost();
window.hostReady = true;
