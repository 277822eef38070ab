import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../i18n/msg.js';
import type { RovingTabindexController } from '../shared/roving-tabindex-controller.js';

export type Tool = 'zoom-in' | 'zoom-out' | 'reset' | 'left' | 'up' | 'down' | 'right' | 'list';
const TOOLS: readonly Tool[] = ['zoom-in', 'zoom-out', 'reset', 'left', 'up', 'down', 'right', 'list'];

/** 24 x 24 icons for the map controls, drawn with strokes so forced colours keep them. */
const ICONS: Record<Tool, string> = {
  'zoom-in': 'M5 12h14M12 5v14',
  'zoom-out': 'M5 12h14',
  reset: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  left: 'M15 5l-7 7 7 7',
  up: 'M5 15l7-7 7 7',
  down: 'M5 9l7 7 7-7',
  right: 'M9 5l7 7-7 7',
  list: 'M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01',
};

/** The zoom, pan and list buttons: one toolbar, one Tab stop (`roving`), arrow keys inside. */
export function renderToolbar(
  roving: RovingTabindexController,
  listShown: boolean,
  run: (tool: Tool) => void,
  rtl?: boolean,
): TemplateResult {
  const labels: Record<Tool, string> = {
    'zoom-in': msg('Vergrößern'),
    'zoom-out': msg('Verkleinern'),
    reset: msg('Alle Partnerorte zeigen'),
    left: msg('Nach links verschieben'),
    up: msg('Nach oben verschieben'),
    down: msg('Nach unten verschieben'),
    right: msg('Nach rechts verschieben'),
    list: msg('Als Liste zeigen'),
  };
  return html`<div
    part="controls"
    class="controls"
    role="toolbar"
    aria-label=${msg('Kartensteuerung')}
    @keydown=${roving.handleKeydown}
  >
    ${
      // Right to left the toolbar mirrors, but the pan buttons move the map, which never does: they are reversed
      // too, so that they still read ← ↑ ↓ → on the screen.
      (rtl ? TOOLS.map((tool, i) => (i > 2 && i < 7 ? TOOLS[9 - i]! : tool)) : TOOLS).map(
        (tool, i) =>
          html`<button
            type="button"
            part="control"
            class="control"
            tabindex=${roving.tabIndex(i)}
            title=${labels[tool]}
            aria-label=${labels[tool]}
            aria-expanded=${tool === 'list' ? String(listShown) : nothing}
            aria-controls=${tool === 'list' ? 'list' : nothing}
            @click=${() => run(tool)}
            @focus=${roving.handleFocus}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[tool]}></path></svg>
          </button>`,
      )
    }
  </div>`;
}
