import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { MapViewController, ZOOM_STEP } from '../../src/elements/partner-map/map-view-controller.js';
import { fitView, type Bounds } from '../../src/map/view.js';

/** Around Halberstadt and Náchod, in map units (any small area does). */
const BOUNDS: Bounds = [530, 160, 560, 180];

/** A host with a 400 x 300 frame, which the controller measures and whose view it fits to BOUNDS. */
class ViewTestHost extends LitElement {
  bounds: Bounds | undefined = BOUNDS;
  readonly view = new MapViewController(
    this,
    () => this.bounds,
    () => this.renderRoot.querySelector<HTMLElement>('.frame'),
  );

  override render() {
    return html`<div
      class="frame"
      tabindex="0"
      style="width: 400px; height: 300px"
      @wheel=${this.view.handleWheel}
      @dblclick=${this.view.handleDoubleClick}
    ></div>`;
  }
}
customElements.define('view-test-host', ViewTestHost);

async function host(): Promise<ViewTestHost> {
  const el = await fixture<ViewTestHost>(fixtureHtml`<view-test-host></view-test-host>`);
  await waitUntil(() => el.view.view !== undefined, 'the frame is measured and the view fitted');
  return el;
}

const frame = (el: ViewTestHost) => el.renderRoot.querySelector<HTMLElement>('.frame')!;

describe('MapViewController', () => {
  it('measures the frame and fits the view to the bounds', async () => {
    const el = await host();
    expect(el.view.size).to.deep.equal({ width: 400, height: 300 });
    expect(el.view.view).to.deep.equal(fitView(BOUNDS, { width: 400, height: 300 }));
    expect(el.view.moved).to.equal(false);
  });

  it('zooms and pans; reset fits again; a zoom around a point keeps that point in place', async () => {
    const el = await host();
    const fitted = el.view.view!;
    el.view.zoom(ZOOM_STEP);
    expect(el.view.view!.k).to.be.closeTo(fitted.k * ZOOM_STEP, 1e-9);
    expect(el.view.moved).to.equal(true);
    const before = el.view.view!;
    el.view.pan(10, -5);
    expect(el.view.view!.x).to.be.closeTo(before.x + 10, 1e-9);
    expect(el.view.view!.y).to.be.closeTo(before.y - 5, 1e-9);
    el.view.step(1, 0);
    expect(el.view.view!.x).to.be.closeTo(before.x + 10 + 400 * 0.2, 1e-9);
    el.view.reset();
    expect(el.view.view).to.deep.equal(fitted);
    expect(el.view.moved).to.equal(false);

    const at: [number, number] = [100, 80];
    const mapPoint = (v = el.view.view!) => [(at[0] - v.x) / v.k, (at[1] - v.y) / v.k];
    const under = mapPoint();
    el.view.zoom(2, at);
    const after = mapPoint();
    expect(after[0]).to.be.closeTo(under[0]!, 1e-6);
    expect(after[1]).to.be.closeTo(under[1]!, 1e-6);
  });

  it('refit() fits the view to other bounds at the next update', async () => {
    const el = await host();
    el.view.zoom(ZOOM_STEP);
    el.bounds = [100, 100, 300, 200];
    el.view.refit();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.view.view).to.deep.equal(fitView(el.bounds, { width: 400, height: 300 }));
    expect(el.view.moved).to.equal(false);
  });

  it('positionOf(): a place in frame pixels, plus its fixed offset', async () => {
    const el = await host();
    const v = el.view.view!;
    const [x, y] = el.view.positionOf({ point: [540, 170], offset: [3, -4] }, v);
    expect(x).to.be.closeTo(540 * v.k + v.x + 3, 0.05);
    expect(y).to.be.closeTo(170 * v.k + v.y - 4, 0.05);
  });

  it('the wheel zooms only with Ctrl or while the frame has the focus; a double click zooms in', async () => {
    const el = await host();
    const k = el.view.view!.k;
    const wheel = (init: WheelEventInit) =>
      frame(el).dispatchEvent(
        new WheelEvent('wheel', { deltaY: -100, cancelable: true, bubbles: true, ...init }),
      );
    expect(wheel({})).to.equal(true);
    expect(el.view.view!.k).to.equal(k);
    expect(wheel({ ctrlKey: true })).to.equal(false);
    expect(el.view.view!.k).to.be.greaterThan(k);
    frame(el).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: 10, clientY: 10 }));
    expect(el.view.moved).to.equal(true);
  });

  it('a resize fits again until the reader moved the map, then keeps their view', async () => {
    const el = await host();
    frame(el).style.width = '500px';
    await waitUntil(() => el.view.size?.width === 500, 'the new size is measured');
    await el.updateComplete;
    expect(el.view.view).to.deep.equal(fitView(BOUNDS, { width: 500, height: 300 }));
    el.view.zoom(ZOOM_STEP);
    const zoomed = el.view.view!;
    frame(el).style.width = '480px';
    await waitUntil(() => el.view.size?.width === 480, 'the new size is measured');
    await el.updateComplete;
    expect(el.view.view!.k).to.equal(zoomed.k);
  });
});
