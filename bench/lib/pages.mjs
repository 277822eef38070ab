// The pages the benchmark compares, generated in memory and served by the harness's server. Every page is the same
// plain host page (one heading, the page's own font) around the widget, the way a town's CMS page would hold it.
// Nothing here is written to the repository.

const HOST_STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:64rem;margin:0 auto;padding:1rem}';

// Content after the widget, as on every real page: without it a widget that grows while loading would shift nothing
// and the layout-shift figure would say nothing.
const FOOTER = 'Stadtverwaltung Musterstadt · Marktplatz 1 · Impressum · Datenschutz · Barrierefreiheit';

const CDN_BUNDLE = '/dist/cdn/partner-elements.js';

export function hostPage({ title, head = '', body }) {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${HOST_STYLE}</style>
${head}
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
<footer><p>${FOOTER}</p></footer>
</body>
</html>
`;
}

/** A page with one of our elements from the CDN bundle, as a webmaster pastes it. */
export function elementPage(title, elementHtml) {
  return hostPage({ title, head: `<script type="module" src="${CDN_BUNDLE}"></script>`, body: elementHtml });
}

/**
 * The static page: the same element's rendered shadow tree and styles, frozen into declarative shadow DOM. The HTML
 * parser builds exactly the DOM and CSS the element builds, without any script, data request or rendering work:
 * the physical limit for showing the same list.
 */
export function staticPage(title, { tag, css, html }) {
  return hostPage({
    title,
    body: `<${tag}><template shadowrootmode="open"><style>${css}</style>${html}</template></${tag}>`,
  });
}

/** DataTables 3 with jQuery, as its documentation shows it: script tags, the default styling, the data as rows. */
export function dataTablesPage(title, dataUrl) {
  return hostPage({
    title,
    head: `<link rel="stylesheet" href="/node_modules/datatables.net-dt/css/dataTables.dataTables.min.css">
<script src="/node_modules/jquery/dist/jquery.min.js"></script>
<script src="/node_modules/datatables.net/js/dataTables.min.js"></script>
<script src="/node_modules/datatables.net-dt/js/dataTables.dataTables.min.js"></script>`,
    body: `<table id="partnerships" class="display" style="width:100%"></table>
<script>
(async () => {
  const { partnerships } = await (await fetch(${JSON.stringify(dataUrl)})).json();
  const countries = new Intl.DisplayNames(['de'], { type: 'region' });
  const rows = partnerships.map((p) => [
    p.partner.name,
    countries.of(p.partner.country),
    p.partner.region ?? '',
    p.since ?? '',
    p.local.name,
  ]);
  const table = $('#partnerships').DataTable({
    data: rows,
    columns: [{ title: 'Partner' }, { title: 'Land' }, { title: 'Region' }, { title: 'Seit' }, { title: 'Partner von' }],
    initComplete: () => window.__bench?.signal('bench:rendered'),
  });
  table.on('draw', () => window.__bench?.signal('bench:drawn'));
})();
</script>`,
  });
}

/** TimelineJS 3 from the npm package, served locally: its script, its CSS, its locale and font files by script_path. */
export function timelineJsPage(title, dataUrl) {
  const base = '/node_modules/@knight-lab/timelinejs/dist';
  return hostPage({
    title,
    head: `<link rel="stylesheet" href="${base}/css/timeline.css">
<script src="${base}/js/timeline.js"></script>`,
    body: `<div id="timeline-embed" style="width:100%;height:600px"></div>
<script>
const timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(dataUrl)}, {
  language: 'de',
  script_path: new URL(${JSON.stringify(`${base}/js/`)}, location.href).href,
});
timeline.on('loaded', () => window.__bench?.signal('bench:rendered'));
</script>`,
  });
}

/** The partnerships with a known year, as TimelineJS events: the partner as headline, the German side as text. */
export function toTimelineJs(dataset) {
  const countries = new Intl.DisplayNames(['de'], { type: 'region' });
  return {
    events: dataset.partnerships
      .filter((p) => p.since !== null)
      .map((p) => ({
        unique_id: p.id,
        start_date: { year: String(p.since) },
        text: {
          headline: p.partner.name,
          text: `${countries.of(p.partner.country)}${p.partner.region ? `, ${p.partner.region}` : ''}: Partner von ${p.local.name}`,
        },
      })),
  };
}
