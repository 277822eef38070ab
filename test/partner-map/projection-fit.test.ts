import { expect } from '@open-wc/testing';
import type { Dataset, Partnership } from '../../src/data/model.js';
import { filterPartnerships, type PartnershipFilter } from '../../src/data/queries.js';
import { buildMapModel, fanOffsets, nextMarker } from '../../src/elements/partner-map/map-model.js';
import { parseGeometry, type WorldGeometry } from '../../src/map/geometry.js';
import { greatCircle } from '../../src/map/great-circle.js';
import { MAP_SCALE, project, projectCoordinates, unproject, type Point } from '../../src/map/projection.js';
import {
  fitView,
  minScale,
  panView,
  toScreen,
  visibleBounds,
  WORLD_BOUNDS,
  zoomView,
  type Size,
  type View,
} from '../../src/map/view.js';

// The real published dataset and the real shipped geometry, as the element loads them.
let dataset: Dataset;
let geometry: WorldGeometry;
let geometryText: string;

before(async () => {
  dataset = (await (await fetch('/data/partnerships.json')).json()) as Dataset;
  geometryText = await (await fetch('/data/geo/world.json')).text();
  geometry = parseGeometry(JSON.parse(geometryText));
});

const FRAME: Size = { width: 800, height: 600 };

function select(filter: Partial<PartnershipFilter>): Partnership[] {
  return filterPartnerships(dataset.partnerships, filter as PartnershipFilter);
}

/** Every place of a selection (German sides and partners) in map units. */
function placesOf(partnerships: readonly Partnership[]): Point[] {
  return partnerships
    .flatMap((p) => [p.local.coordinates, p.partner.coordinates].filter((c) => c !== undefined))
    .map(projectCoordinates);
}

function fittedView(partnerships: readonly Partnership[], size = FRAME): View {
  return fitView(buildMapModel(partnerships).bounds, size);
}

/** Longitude/latitude at the frame's west, east, north and south edges (through its centre). */
function edges(view: View, size = FRAME) {
  const [x0, y0, x1, y1] = visibleBounds(view, size);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return {
    west: unproject(x0, cy).lon,
    east: unproject(x1, cy).lon,
    north: unproject(cx, y0).lat,
    south: unproject(cx, y1).lat,
  };
}

function expectAllVisible(view: View, points: readonly Point[], size = FRAME) {
  for (const point of points) {
    const [x, y] = toScreen(view, point);
    expect(x, `x of ${point}`).to.be.within(0, size.width);
    expect(y, `y of ${point}`).to.be.within(0, size.height);
  }
}

/** An SVG holding the shipped geometry, for asking where points fall. */
function drawGeometry(): Map<string, SVGPathElement> {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  document.body.append(svg);
  const paths = new Map<string, SVGPathElement>();
  for (const [code, d] of geometry.countries) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    // A stroke 8 map units wide (about 60 km) as the tolerance for coastal places on a simplified coast.
    path.setAttribute('stroke-width', '8');
    svg.append(path);
    paths.set(code, path);
  }
  return paths;
}

describe('partner-map projection and fitting (real data)', () => {
  it('places every German side of the dataset inside Germany as the shipped geometry draws it', () => {
    const germany = drawGeometry().get('DE')!;
    // Helgoland is too small an island for the simplified geometry.
    const drawn = dataset.partnerships.filter((p) => p.local.gemeinde?.slug !== 'helgoland');
    const places = drawn.map((p) => p.local.coordinates).filter((c) => c !== undefined);
    expect(places.length).to.equal(drawn.length);
    // Border towns (Kehl, Konstanz, Görlitz) lie on the simplified border: inside its stroke, as coastal partners do.
    const outside = places.filter((c) => {
      const point = new DOMPoint(...projectCoordinates(c));
      return !germany.isPointInFill(point) && !germany.isPointInStroke(point);
    });
    expect(outside, 'German places drawn outside Germany').to.deep.equal([]);
  });

  it("places every partner in or at the coast of its own country's shape", () => {
    const paths = drawGeometry();
    const misplaced = dataset.partnerships.filter((p) => {
      const path = paths.get(p.partner.country);
      if (!path || !p.partner.coordinates) return false;
      const point = new DOMPoint(...projectCoordinates(p.partner.coordinates));
      return !path.isPointInFill(point) && !path.isPointInStroke(point);
    });
    // Natural Earth's geometry draws Crimea with Russia, the sources name Ukraine; Madeira and Samos are too small
    // for the simplified geometry. Nothing else lies outside its country.
    expect(misplaced.map((p) => p.id).sort()).to.deep.equal([
      'baden-baden--yalta',
      'heidelberg--simferopol',
      'leichlingen-rheinland--funchal',
      'ludwigsburg--yevpatoria',
      'sindelfingen--east-samos',
    ]);
    // Every partner country of the dataset has a shape to highlight.
    const countries = new Set(dataset.partnerships.map((p) => p.partner.country));
    expect([...countries].filter((code) => !paths.has(code))).to.deep.equal([]);
  });

  it('matches the geometry file: same projection name and scale, and its outline spans the projected world', () => {
    expect(JSON.parse(geometryText)).to.include({ projection: 'naturalEarth1', scale: MAP_SCALE });
    expect(project(180, 0)[0]).to.be.closeTo(WORLD_BOUNDS[2], 1e-9);
    const [x, y] = project(11.05, 51.9);
    expect(unproject(x, y).lon).to.be.closeTo(11.05, 1e-6);
    expect(unproject(x, y).lat).to.be.closeTo(51.9, 1e-6);
    expect(() => parseGeometry({ ...JSON.parse(geometryText), scale: 1 })).to.throw(/another projection/);
    expect(() => parseGeometry({ ...JSON.parse(geometryText), countries: [['DE', '<script>']] })).to.throw();
  });

  it("fits a town's European partners to Europe (gemeinde=halberstadt)", () => {
    const halberstadt = select({ gemeinde: 'halberstadt' });
    expect(halberstadt.length).to.be.greaterThan(2);
    const view = fittedView(halberstadt);
    expectAllVisible(view, placesOf(halberstadt));
    const { west, east, north, south } = edges(view);
    expect(west).to.be.greaterThan(-15);
    expect(east).to.be.lessThan(40);
    expect(north).to.be.lessThan(66);
    expect(south).to.be.greaterThan(34);
    expect(view.k / minScale(FRAME)).to.be.greaterThan(4);
  });

  it('fits all of Harz, from Niger to China and Vietnam, without the Americas (kreis=harz)', () => {
    const harz = select({ kreis: 'harz' });
    const countries = new Set(harz.map((p) => p.partner.country));
    expect([...countries]).to.include.members(['FR', 'PL', 'CN', 'VN', 'NE']);
    const view = fittedView(harz);
    expectAllVisible(view, placesOf(harz));
    const { west, east } = edges(view);
    expect(west).to.be.greaterThan(-30);
    expect(east).to.be.lessThan(150);
    expect(view.k).to.be.greaterThan(minScale(FRAME) * 1.5);
  });

  it('fits a worldwide set to the world (the whole dataset, with the United States and Japan)', () => {
    const all = dataset.partnerships;
    const view = fittedView(all);
    expectAllVisible(view, placesOf(all));
    const [x0, , x1] = visibleBounds(view, FRAME);
    const worldWidth = WORLD_BOUNDS[2] - WORLD_BOUNDS[0];
    expect(x1 - x0).to.be.at.least(worldWidth - 1e-6);
    expect(view.k).to.equal(minScale(FRAME));
  });

  it('fits at 280 px wide too, every place inside the frame', () => {
    const small: Size = { width: 280, height: 210 };
    for (const filter of [{ gemeinde: 'halberstadt' }, { kreis: 'harz' }, {}]) {
      const partnerships = select(filter);
      expectAllVisible(fitView(buildMapModel(partnerships).bounds, small), placesOf(partnerships), small);
    }
  });

  it('zooms around the pointer, never out past the world nor in without limit, and pans only over the world', () => {
    const view = fittedView(select({ kreis: 'harz' }));
    const at: Point = [200, 150];
    const zoomed = zoomView(view, 2, at, FRAME);
    expect(zoomed.k).to.be.closeTo(view.k * 2, 1e-9);
    // The map point under the pointer stays under it.
    const before = [(at[0] - view.x) / view.k, (at[1] - view.y) / view.k];
    const after = [(at[0] - zoomed.x) / zoomed.k, (at[1] - zoomed.y) / zoomed.k];
    expect(after[0]).to.be.closeTo(before[0]!, 1e-6);
    expect(after[1]).to.be.closeTo(before[1]!, 1e-6);
    expect(zoomView(view, 1e-6, at, FRAME).k).to.equal(minScale(FRAME));
    expect(zoomView(view, 1e6, at, FRAME).k).to.equal(minScale(FRAME) * 64);
    // Panning far east stops at the world's eastern edge.
    const panned = panView(zoomed, -1e6, 0, FRAME);
    expect(visibleBounds(panned, FRAME)[2]).to.be.closeTo(WORLD_BOUNDS[2], 1e-6);
  });

  it('draws lines as great circles: Magdeburg to Harbin arcs north of both places', () => {
    const line = select({ gemeinde: 'magdeburg' }).find((p) => p.partner.country === 'CN')!;
    const runs = greatCircle(line.local.coordinates!, line.partner.coordinates!);
    expect(runs).to.have.length(1);
    const northmost = Math.min(...runs[0]!.map(([, y]) => y));
    expect(unproject(0, northmost).lat).to.be.greaterThan(
      Math.max(line.local.coordinates!.lat, line.partner.coordinates!.lat) + 5,
    );
  });

  it('cuts a line where it crosses the map edge, so no stroke runs across the world', () => {
    const runs = greatCircle({ lat: 35.7, lon: 139.7 }, { lat: 37.8, lon: -122.4 }); // Tokyo to San Francisco
    expect(runs.length).to.equal(2);
    const halfWorld = WORLD_BOUNDS[2];
    for (const run of runs) {
      for (let i = 1; i < run.length; i++)
        expect(Math.abs(run[i]![0] - run[i - 1]![0])).to.be.lessThan(halfWorld);
    }
  });

  it('fans out partnerships that share a partner place (Grenoble: Halle and Stendal), 24 px targets apart', () => {
    const model = buildMapModel(dataset.partnerships);
    const grenoble = model.markers.filter((m) => m.partnership.partner.name.startsWith('Grenoble'));
    expect(grenoble.map((m) => m.partnership.local.gemeinde?.slug)).to.include.members([
      'halle-saale',
      'stendal',
    ]);
    for (const [i, a] of grenoble.entries()) {
      for (const b of grenoble.slice(i + 1)) {
        expect(Math.hypot(a.offset[0] - b.offset[0], a.offset[1] - b.offset[1])).to.be.at.least(24);
      }
    }
    for (const count of [2, 3, 5, 8]) {
      const offsets = fanOffsets(count);
      for (let i = 1; i < count; i++) {
        const [p, q] = [offsets[i]!, offsets[i - 1]!];
        expect(Math.hypot(p[0] - q[0], p[1] - q[1])).to.be.at.least(24);
      }
    }
  });

  it('orders markers west to east; arrow keys move to the next marker in their direction', () => {
    const model = buildMapModel(select({ kreis: 'harz' }));
    const xs = model.markers.map((m) => m.point[0]);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    const positions: Point[] = [
      [0, 50],
      [10, 0],
      [20, 100],
    ];
    expect(nextMarker(positions, 0, 'ArrowRight')).to.equal(1);
    expect(nextMarker(positions, 1, 'ArrowRight')).to.equal(2);
    expect(nextMarker(positions, 2, 'ArrowRight')).to.equal(2);
    expect(nextMarker(positions, 0, 'ArrowUp')).to.equal(1);
    expect(nextMarker(positions, 0, 'ArrowDown')).to.equal(2);
    expect(nextMarker(positions, 2, 'Home')).to.equal(0);
    expect(nextMarker(positions, 0, 'End')).to.equal(2);
  });

  it('keeps the shipped geometry small: under 30 KB gzip', async () => {
    const gzip = await new Response(
      new Blob([geometryText]).stream().pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    expect(gzip.byteLength).to.be.lessThan(30_000);
  });
});
