import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import {
  linearKeys,
  RovingTabindexController,
  type RovingKeys,
} from '../../src/elements/shared/roving-tabindex-controller.js';

/** A toolbar of three buttons with one roving tabindex, as the map's toolbar uses it. */
class RovingTestToolbar extends LitElement {
  keys: RovingKeys = linearKeys;
  readonly roving = new RovingTabindexController(
    this,
    () => this.renderRoot.querySelectorAll('button'),
    (from, key, count) => this.keys(from, key, count),
  );

  override render() {
    return html`<div role="toolbar" @keydown=${this.roving.handleKeydown}>
      ${['a', 'b', 'c'].map(
        (name, i) =>
          html`<button tabindex=${this.roving.tabIndex(i)} @focus=${this.roving.handleFocus}>
            ${name}
          </button>`,
      )}
    </div>`;
  }
}
customElements.define('roving-test-toolbar', RovingTestToolbar);

const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];
const focused = (el: Element) => el.shadowRoot!.activeElement?.textContent?.trim();
const stops = (el: Element) => buttons(el).map((b) => b.tabIndex);

describe('linearKeys', () => {
  it('moves to the next or previous item, stopping at the ends, and Home/End to the first/last', () => {
    expect(linearKeys(0, 'ArrowRight', 3)).to.equal(1);
    expect(linearKeys(1, 'ArrowDown', 3)).to.equal(2);
    expect(linearKeys(2, 'ArrowRight', 3)).to.equal(2);
    expect(linearKeys(1, 'ArrowLeft', 3)).to.equal(0);
    expect(linearKeys(0, 'ArrowUp', 3)).to.equal(0);
    expect(linearKeys(1, 'Home', 3)).to.equal(0);
    expect(linearKeys(0, 'End', 3)).to.equal(2);
    expect(linearKeys(0, 'Enter', 3)).to.equal(undefined);
  });

  it('right to left, Left goes to the next item and Right to the previous; Up and Down stay', () => {
    expect(linearKeys(0, 'ArrowLeft', 3, true)).to.equal(1);
    expect(linearKeys(1, 'ArrowRight', 3, true)).to.equal(0);
    expect(linearKeys(1, 'ArrowDown', 3, true)).to.equal(2);
    expect(linearKeys(1, 'ArrowUp', 3, true)).to.equal(0);
  });
});

describe('RovingTabindexController', () => {
  it('makes the group one Tab stop that arrow keys, Home and End move', async () => {
    const el = await fixture<RovingTestToolbar>(fixtureHtml`<roving-test-toolbar></roving-test-toolbar>`);
    expect(stops(el)).to.deep.equal([0, -1, -1]);
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal('b');
    expect(stops(el)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focused(el)).to.equal('a');
    expect(stops(el)).to.deep.equal([0, -1, -1]);
  });

  it('makes an item the Tab stop when it gets the focus otherwise (a click, a script)', async () => {
    const el = await fixture<RovingTestToolbar>(fixtureHtml`<roving-test-toolbar></roving-test-toolbar>`);
    buttons(el)[2]!.focus();
    await el.updateComplete;
    expect(el.roving.index).to.equal(2);
    expect(stops(el)).to.deep.equal([-1, -1, 0]);
  });

  it('leaves keys it does not move with to the page, and takes its moves from `keys`', async () => {
    const el = await fixture<RovingTestToolbar>(fixtureHtml`<roving-test-toolbar></roving-test-toolbar>`);
    let prevented = false;
    el.addEventListener('keydown', (event) => (prevented = event.defaultPrevented));
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'a' });
    expect(prevented).to.equal(false);
    expect(focused(el)).to.equal('a');
    // Another arrangement: every key goes to the last item.
    el.keys = (_from, _key, count) => count - 1;
    expect(el.roving.next('x', 0)).to.equal(2);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focused(el)).to.equal('c');
  });

  it('focus(i) moves the Tab stop and focuses the item once the host has rendered', async () => {
    const el = await fixture<RovingTestToolbar>(fixtureHtml`<roving-test-toolbar></roving-test-toolbar>`);
    await el.roving.focus(1);
    expect(focused(el)).to.equal('b');
    expect(stops(el)).to.deep.equal([-1, 0, -1]);
  });
});
