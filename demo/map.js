/* global document */
// The map demo's behaviour: the shared page header and an event log. Log lines are text (textContent), never HTML.
import './page-header.js';

const log = document.querySelector('#harz-log');
const map = document.querySelector('partner-map[kreis="harz"]');
for (const type of ['partner-load', 'partner-error', 'partner-select']) {
  map.addEventListener(type, (event) => {
    const line = document.createElement('li');
    line.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.prepend(line);
  });
}
