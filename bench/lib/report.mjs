// bench/RESULTS.md from results.json: machine, method, one table per scenario, the issue's goals met or missed.
import { existsSync, readFileSync } from 'node:fs';

const ms = (s) => (s ? `${s.median} ms` : '–');
const spread = (s) => (s ? `${s.median} (${s.min}–${s.max})` : '–');
const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const kbs = (s) => (s ? kb(s.median) : '–');
const mb = (bytes) => (bytes ? `${(bytes / 1e6).toFixed(1)} MB` : '–');
const times = (x) => (x === null || x === undefined ? '–' : `${x}×`);

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function pageRows(pages) {
  const names = Object.keys(pages).filter((name) => pages[name]);
  const row = (label, pick) => [label, ...names.map((name) => pick(pages[name]))];
  return {
    header: ['', ...names],
    rows: [
      row('navigation → painted, ms (min–max)', (p) => spread(p.painted)),
      row('first contentful paint', (p) => ms(p.fcp)),
      row('largest contentful paint', (p) => ms(p.lcp)),
      row('bytes transferred (gzip)', (p) => kbs(p.bytes)),
      row('requests', (p) => p.requests),
      row('third-party requests blocked', (p) => p.thirdPartyBlocked),
      row('cumulative layout shift', (p) => p.cls?.median ?? '–'),
      row('blocking time (long tasks > 50 ms)', (p) => ms(p.blockingTime)),
      row(
        'script / style / layout, ms',
        (p) => `${p.scriptMs?.median} / ${p.styleMs?.median} / ${p.layoutMs?.median}`,
      ),
      row('DOM nodes (shadow roots included)', (p) => p.nodes),
      row('JS heap after GC', (p) => mb(p.heap?.median)),
    ],
  };
}

function keystrokeRows(pages) {
  const names = Object.keys(pages).filter((name) => pages[name]?.keystroke);
  const row = (label, pick) => [label, ...names.map((name) => pick(pages[name].keystroke))];
  return table(
    ['keystroke → painted, ms (min–max)', ...names],
    [
      row('first letter (whole list narrows)', (k) => spread(k.first)),
      row('further letters', (k) => spread(k.narrowing)),
      row('last Backspace (back to the whole list)', (k) => spread(k.clear)),
      row('all keystrokes', (k) => spread(k.all)),
      row('Event Timing: longest interaction', (k) => ms(k.eventTimingMax)),
    ],
  );
}

export function goals(results) {
  const { list, timeline, search, synthetic, sizes } = results.scenarios;
  const ten = synthetic?.sizes?.[10000];
  const verdict = (ok) => (ok === null || ok === undefined ? 'not measured' : ok ? '**met**' : '**missed**');
  const worstKeystroke = (k) => (k ? Math.max(k.first.median, k.narrowing.median, k.clear.median) : null);
  return [
    [
      '`<partner-list>` within 1.5× the static page (navigation → painted)',
      list ? `${times(list.ratio.painted)}` : '–',
      verdict(list ? list.ratio.painted <= 1.5 : null),
    ],
    [
      '`<partner-timeline>` ≥ 3× faster than TimelineJS (first render)',
      timeline?.ratio ? times(timeline.ratio.fasterBy) : (timeline?.missing ?? '–'),
      verdict(timeline?.ratio ? timeline.ratio.fasterBy >= 3 : null),
    ],
    [
      '`<partner-timeline>` ≥ 4× smaller than TimelineJS (bytes)',
      timeline?.ratio ? times(timeline.ratio.smallerBy) : '–',
      verdict(timeline?.ratio ? timeline.ratio.smallerBy >= 4 : null),
    ],
    [
      '10,000 partnerships painted ≤ 100 ms after the data arrived (the first screen; the rest follows in steps)',
      ten ? `${ms(ten.dataToFirstPainted)} (all 10,000 in the DOM: ${ms(ten.dataToPainted)})` : '–',
      verdict(ten ? ten.dataToFirstPainted.median <= 100 : null),
    ],
    [
      'search keystroke ≤ 16 ms at 10,000 (slowest kind of keystroke, median)',
      ten ? `${worstKeystroke(ten.keystroke)} ms` : '–',
      verdict(ten ? worstKeystroke(ten.keystroke) <= 16 : null),
    ],
    [
      'search keystroke ≤ 16 ms on the seed list (slowest kind, median)',
      search ? `${worstKeystroke(search.pages.element.keystroke)} ms` : '–',
      verdict(search ? worstKeystroke(search.pages.element.keystroke) <= 16 : null),
    ],
    [
      'no layout shift when `<partner-list>` loads (CLS; with the page reserving room)',
      list
        ? `${list.pages.element.cls?.median} (${list.pages['element, page reserves room']?.cls?.median ?? '–'})`
        : '–',
      verdict(list ? list.pages.element.cls?.median === 0 : null),
    ],
    [
      'size budget green (the ceilings CI holds)',
      sizes ? (sizes.ok ? 'all within budget' : 'over budget') : '–',
      verdict(sizes?.ok),
    ],
    [
      'size goals: CDN page without geometry ≤ 25 kB, `partner-list` define ≤ 14 kB with Lit (9 kB without)',
      sizes ? sizeGoals(sizes.rows) : '–',
      verdict(sizes ? sizes.rows.every((r) => !r.goalDisplay?.endsWith('MISSED')) : null),
    ],
  ];
}

/** The size rows that have one of issue 8's limits as their goal, the missed ones named with their figure. */
function sizeGoals(rows) {
  const withGoal = rows.filter((r) => r.goalDisplay);
  const missed = withGoal.filter((r) => r.goalDisplay.endsWith('MISSED'));
  const met = withGoal.length - missed.length;
  const named = missed.map((r) => `\`${r.name}\` ${r.display}`).join(', ');
  return `${met} of ${withGoal.length} met${missed.length ? `; missed: ${named}` : ''}`;
}

export function writeReport(results) {
  const out = [];
  const { machine, method, scenarios } = results;
  out.push('# Benchmark results', '');
  out.push(
    `Written by \`npm run bench\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC from commit ${results.commit}` +
      `${results.uncommittedChanges ? ' (with uncommitted changes in src/)' : ''}.`,
    '',
  );
  out.push('## Goals (issue 8)', '', table(['goal', 'measured', ''], goals(results)), '');
  out.push('## Machine and method', '');
  out.push(
    `- ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.platform}; Node ${machine.node}; ` +
      `Chromium ${machine.chromium} (headless, the machine's own build). Load average at the end: ` +
      `${machine.loadAverageAtEnd.join(' / ')} (1 / 5 / 15 min): other work shared the 2 cores.`,
    `- Each comparison: one discarded warm-up load per page, then ${method.runs} loads per page, alternating the` +
      ` order (A B, B A, ...); synthetic sizes ${method.syntheticRuns} loads each, rotating. Figures are medians` +
      ' (min–max in brackets).',
    `- ${method.cache}. ${method.transfer}. Viewport ${method.viewport}.`,
    '- Pages come from a Node http server on 127.0.0.1 started by the harness; every other host is made unresolvable' +
      ' in Chromium (no interception, so no added latency), and every attempt to reach one is counted.',
    '- **Painted**: the first frame after the content is complete in the DOM has been rendered, taken as the arrival' +
      ' of a message posted from a requestAnimationFrame callback. Complete means: our element fired `partner-load`' +
      ' and its shadow root holds all `detail.count` items; the static page reached DOMContentLoaded; TimelineJS fired' +
      ' `loaded`; DataTables called `initComplete`. Times are from navigation start.',
    "- **Keystroke**: from the keydown event's timestamp to the frame showing the filtered list (Playwright types" +
      " into the focused search box; elements: after Lit's update; DataTables: after its `draw` event). The" +
      " browser's own Event Timing figure is listed too (8 ms steps).",
    "- **Data → painted** (synthetic): from the dataset response's `responseEnd` (Resource Timing) to painted: JSON" +
      ' parsing, validation, filtering, sorting, grouping, rendering, style, layout and paint.',
    '- DOM nodes: every node of the document, shadow roots included. JS heap: used heap after a forced garbage' +
      ' collection (CDP).',
    '',
  );

  const { list, timeline, search, synthetic, town, lighthouse, sizes, stages } = scenarios;
  if (list) {
    const { header, rows } = pageRows(list.pages);
    out.push(`## ${list.title}`, '', `${list.items} items in both.`, '', table(header, rows), '');
    out.push(
      `Ratio element / static: navigation → painted **${times(list.ratio.painted)}**, bytes ${times(list.ratio.bytes)}.`,
      '',
    );
  }
  if (timeline) {
    out.push(`## ${timeline.title}`, '', `${timeline.events} events in both.`, '');
    if (timeline.missing) out.push(`> ${timeline.missing}`, '');
    const { header, rows } = pageRows(timeline.pages);
    out.push(table(header, rows), '');
    if (timeline.ratio) {
      out.push(
        `TimelineJS / element: first render **${times(timeline.ratio.fasterBy)}** slower, **${times(timeline.ratio.smallerBy)}** more bytes.`,
        '',
      );
    }
    const blocked = timeline.pages.timelinejs?.thirdPartyUrls ?? [];
    if (blocked.length)
      out.push(`TimelineJS tried to reach (blocked): ${blocked.map((u) => `\`${u}\``).join(', ')}.`, '');
  }
  if (search) {
    const { header, rows } = pageRows(search.pages);
    out.push(`## ${search.title}`, '', table(header, rows), '');
    out.push(
      `Keys typed: ${search.keys.map((k) => `\`${k}\``).join(' ')}.`,
      '',
      keystrokeRows(search.pages),
      '',
    );
    out.push(
      `DataTables / element: first render ${times(search.ratio.painted)}, bytes ${times(search.ratio.bytes)},` +
        ` keystroke ${times(search.ratio.keystroke)}. DataTables shows 10 rows per page by default (and an English UI` +
        ' without its language file); the element shows every match.',
      '',
    );
  }
  if (synthetic) {
    const sizesList = Object.keys(synthetic.sizes);
    const row = (label, pick) => [label, ...sizesList.map((size) => pick(synthetic.sizes[size]))];
    out.push(`## ${synthetic.title}`, '');
    out.push(
      table(
        ['', ...sizesList.map((s) => `${Number(s).toLocaleString('en')}`)],
        [
          row('dataset size (uncompressed)', (s) => mb(s.datasetBytes)),
          row('bytes transferred (gzip, page + bundle + data)', (s) => kbs(s.bytes)),
          row('data → partner-load (script done), ms', (s) => spread(s.dataToLoaded)),
          row('**data → first screen painted**, ms', (s) => spread(s.dataToFirstPainted)),
          row('data → all items in the DOM, painted, ms', (s) => spread(s.dataToPainted)),
          row('navigation → painted, ms', (s) => spread(s.painted)),
          row('keystroke: first letter, ms', (s) => spread(s.keystroke.first)),
          row('keystroke: further letter, ms', (s) => spread(s.keystroke.narrowing)),
          row('keystroke: back to all, ms', (s) => spread(s.keystroke.clear)),
          row('count line after the first letter', (s) => s.keystroke.afterFirst),
          row('DOM nodes', (s) => s.nodes),
          row('JS heap after GC', (s) => mb(s.heap?.median)),
          row('blocking time, ms', (s) => ms(s.blockingTime)),
          row(
            'script / style / layout, ms',
            (s) => `${s.scriptMs?.median} / ${s.styleMs?.median} / ${s.layoutMs?.median}`,
          ),
        ],
      ),
      '',
      `Keys typed: ${synthetic.keys.map((k) => `\`${k}\``).join(' ')}.`,
      '',
    );
  }
  if (town) {
    const { header, rows } = pageRows(town.pages);
    out.push(`## ${town.title}`, '');
    out.push(
      `\`<partner-list gemeinde="${town.town}">\` (the town with the most partnerships: ${town.shown}). The package` +
        ` reads the shard index and the shard of its Kreis (${town.shard}, ${town.shardRecords} of` +
        ` ${town.records.toLocaleString('en')} records; ${town.shards} shards in all); before shards it read the` +
        ' whole file, as `src` still does.',
      '',
      table(header, rows),
      '',
      `Whole / shard: navigation → painted **${times(town.ratio.painted)}**, bytes **${times(town.ratio.bytes)}**.`,
      '',
    );
  }
  if (stages) {
    const names = Object.keys(stages.datasets);
    const row = (label, key) => [label, ...names.map((name) => stages.datasets[name][key])];
    out.push(`## ${stages.title}`, '');
    out.push(
      table(
        ['ms', ...names.map((n) => (n === 'seed' ? 'seed (183)' : Number(n).toLocaleString('en')))],
        [
          row('JSON.parse', 'parseMs'),
          row('validateDataset', 'validateMs'),
          row('filter', 'filterMs'),
          row('sort by name', 'sortMs'),
          row('group by town', 'groupMs'),
          row('first search (normalises every record)', 'searchFirstMs'),
          row('later search', 'searchMs'),
        ],
      ),
      '',
      'The element sorts each town on its own after grouping (fewer comparisons than this whole-list sort),' +
        ' prepares the search texts when the page is idle, and computes all of it once per dataset and filter.',
      '',
    );
  }
  if (sizes) {
    out.push('## Size budget (`npm run size`)', '');
    out.push(
      table(
        ['what', 'measured', 'budget', '', 'goal'],
        sizes.rows.map((r) => [
          r.name,
          r.display,
          r.budgetDisplay,
          r.ok ? 'ok' : '**over**',
          r.goalDisplay?.replace(/^goal /u, '') ?? '',
        ]),
      ),
      '',
    );
  }
  if (lighthouse) {
    out.push('## Lighthouse', '');
    if (lighthouse.status !== 'ok') out.push(`> ${lighthouse.note}`, '');
    else {
      const rows = [];
      for (const [name, page] of Object.entries(lighthouse.pages)) {
        for (const preset of ['mobile', 'desktop']) {
          const r = page[preset];
          rows.push([
            `${name} (\`${page.url}\`)`,
            preset,
            r.performance,
            r.accessibility,
            `${r.fcpMs} / ${r.lcpMs} / ${r.tbtMs}`,
            r.cls,
            r.failedAccessibilityAudits.join(', ') || '–',
          ]);
        }
      }
      out.push(
        `Lighthouse ${lighthouse.version}, median of ${lighthouse.runs} runs; mobile = its default simulated slow 4G and 4× CPU slowdown.`,
        '',
        table(
          [
            'page',
            'preset',
            'performance',
            'accessibility',
            'FCP / LCP / TBT ms',
            'CLS',
            'failed a11y audits',
          ],
          rows,
        ),
        '',
      );
    }
  }
  const analysis = new URL('../ANALYSIS.md', import.meta.url);
  if (existsSync(analysis)) out.push(readFileSync(analysis, 'utf8').trim(), '');
  return `${out.join('\n')}\n`;
}
