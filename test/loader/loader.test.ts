import { expect } from '@open-wc/testing';
import {
  clearDatasetCache,
  configureLoader,
  DatasetLoadError,
  requestDataset,
  resolveSrc,
  type LoadedDataset,
} from '../../src/data/loader.js';
import { fixtureDataset, hangUntilAborted, json, stubFetch, type FetchStub } from '../fixtures/fetch-stub.js';

const URL_A = '/test-data/a.json';

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetLoadError);
    return error as DatasetLoadError;
  }
  throw new Error('expected the request to fail');
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Each call of console[kind] while `during` runs, as the one line a reader of the console sees (not logged). */
async function consoleSays(kind: 'warn' | 'error', during: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await during();
  } finally {
    console[kind] = original;
  }
  return said;
}

const ABSOLUTE_A = new URL(URL_A, location.href).href;

describe('loader', () => {
  let stub: FetchStub | undefined;

  beforeEach(() => {
    clearDatasetCache();
    configureLoader({ timeout: 300, retryDelays: [10, 20] });
  });
  afterEach(() => {
    stub?.restore();
    stub = undefined;
  });

  it('makes one request for many holders of one URL, and answers all of them', async () => {
    const payload = await fixtureDataset();
    stub = stubFetch(() => json(payload));
    const first = requestDataset(URL_A);
    const second = requestDataset(URL_A);
    const third = requestDataset(new URL(URL_A, location.href).href);
    const [a, b, c] = await Promise.all([first.promise, second.promise, third.promise]);
    expect(stub.calls).to.have.length(1);
    expect(a.dataset.partnerships).to.have.length(payload.partnerships.length);
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    // Later holders get the cached dataset without another request.
    await requestDataset(URL_A).promise;
    expect(stub.calls).to.have.length(1);
  });

  it('resolves an empty src to the package dataset next to the module', () => {
    expect(resolveSrc('')).to.equal(new URL('/data/partnerships.json', location.href).href);
    expect(resolveSrc('#inline')).to.equal('#inline');
  });

  it('aborts the request only when the last holder releases it', async () => {
    stub = stubFetch(hangUntilAborted);
    const first = requestDataset(URL_A);
    const second = requestDataset(URL_A);
    const outcome = failure(first.promise);
    first.release();
    await tick();
    expect(stub.calls[0]?.signal?.aborted).to.equal(false);
    second.release();
    await tick();
    expect(stub.calls[0]?.signal?.aborted).to.equal(true);
    expect((await outcome).reason).to.equal('aborted');
    // The aborted request is forgotten: the next holder asks again.
    requestDataset(URL_A);
    expect(stub.calls).to.have.length(2);
  });

  it('keeps the request when a holder releases and another takes it in the same task (a moved element)', async () => {
    stub = stubFetch(hangUntilAborted);
    const first = requestDataset(URL_A);
    first.release();
    const second = requestDataset(URL_A);
    await tick();
    expect(stub.calls).to.have.length(1);
    expect(stub.calls[0]?.signal?.aborted).to.equal(false);
    second.release();
  });

  it('retries 5xx answers with backoff and then succeeds', async () => {
    const payload = await fixtureDataset();
    stub = stubFetch((_, i) => (i < 2 ? new Response('busy', { status: 503 }) : json(payload)));
    const loaded = await requestDataset(URL_A).promise;
    expect(stub.calls).to.have.length(3);
    expect(loaded.dataset.partnerships).to.have.length(payload.partnerships.length);
  });

  it('retries network errors, then reports them when retries run out', async () => {
    stub = stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failure(requestDataset(URL_A).promise);
    expect(stub.calls).to.have.length(3);
    expect(error.reason).to.equal('network');
    expect(error.status).to.equal(0);
  });

  it('does not retry a 404, and forgets the failure so that a retry asks again', async () => {
    stub = stubFetch(() => new Response('Not found', { status: 404 }));
    const error = await failure(requestDataset(URL_A).promise);
    expect(stub.calls).to.have.length(1);
    expect(error.reason).to.equal('http');
    expect(error.status).to.equal(404);
    await failure(requestDataset(URL_A).promise);
    expect(stub.calls).to.have.length(2);
  });

  it('rejects malformed JSON without retrying', async () => {
    stub = stubFetch(() => new Response('{"schemaVersion": 1, "partnerships": [', { status: 200 }));
    let error: DatasetLoadError | undefined;
    await consoleSays('error', async () => (error = await failure(requestDataset(URL_A).promise)));
    expect(error!.reason).to.equal('not-json');
    expect(error!.message).to.contain('not valid JSON');
    expect(stub.calls).to.have.length(1);
  });

  it('names the file, line and column where the JSON breaks (a trailing comma), in the error and the console', async () => {
    stub = stubFetch(
      () => new Response('{"schemaVersion": 1,\n "partnerships": [\n  {"id": "a"},\n ]}', { status: 200 }),
    );
    let error: DatasetLoadError | undefined;
    const said = await consoleSays(
      'error',
      async () => (error = await failure(requestDataset(URL_A).promise)),
    );
    expect(error!.reason).to.equal('not-json');
    const message = `${ABSOLUTE_A} is not valid JSON at line 4, column 2: a comma before ']' (remove the comma).`;
    expect(error!.message).to.equal(message);
    expect(said, 'once, in the console').to.deep.equal([`partner-elements: ${message}`]);
  });

  it('says that a file is empty (an upload that failed) rather than where it breaks', async () => {
    stub = stubFetch(() => new Response('', { status: 200 }));
    const said = await consoleSays('error', () => failure(requestDataset(URL_A).promise));
    expect(said).to.deep.equal([
      `partner-elements: ${ABSOLUTE_A} is not valid JSON at line 1, column 1: the file is empty (or holds only white space).`,
    ]);
  });

  it('rejects an HTML error page served with status 200', async () => {
    stub = stubFetch(
      () =>
        new Response('<!doctype html><title>Seite nicht gefunden</title>', {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
    );
    let error: DatasetLoadError | undefined;
    const said = await consoleSays(
      'error',
      async () => (error = await failure(requestDataset(URL_A).promise)),
    );
    expect(error!.reason).to.equal('not-json');
    expect(error!.status).to.equal(200);
    expect(error!.message).to.contain('HTML page');
    expect(said).to.deep.equal([
      `partner-elements: ${ABSOLUTE_A} returned an HTML page, not the JSON dataset.`,
    ]);
  });

  it('rejects a payload of another schema version as unusable', async () => {
    const payload = await fixtureDataset();
    payload.schemaVersion = 99;
    stub = stubFetch(() => json(payload));
    let error: DatasetLoadError | undefined;
    const said = await consoleSays(
      'error',
      async () => (error = await failure(requestDataset(URL_A).promise)),
    );
    expect(error!.reason).to.equal('invalid');
    expect(said).to.deep.equal([
      `partner-elements: ${ABSOLUTE_A} is not a usable partnership dataset: schemaVersion 99 is not supported (expected 1)`,
    ]);
  });

  it('skips and counts invalid records but keeps the valid ones', async () => {
    const payload = await fixtureDataset();
    const total = payload.partnerships.length;
    payload.partnerships.push({ id: 'broken', kind: 'pen-pals' });
    stub = stubFetch(() => json(payload));
    let loaded: LoadedDataset | undefined;
    const said = await consoleSays('warn', async () => (loaded = await requestDataset(URL_A).promise));
    expect(loaded!.skipped).to.equal(1);
    expect(loaded!.dataset.partnerships).to.have.length(total);
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^partner-elements: 1 invalid record in \S+ is left out \(not shown\):\n- /u);
  });

  it('names each record it leaves out in the console: index, id, line, field and value, in plain English', async () => {
    const payload = (await fixtureDataset()) as { partnerships: Record<string, unknown>[] };
    const first = payload.partnerships[0]!;
    const n = payload.partnerships.length;
    const bad = [
      { ...first, id: 'wrong-name', partner: { ...(first.partner as object), name: 42 } },
      { ...first, id: 'wrong-kind', kind: 'pen-pals' },
      42,
      { ...first, id: 'no-year', since: '1990', status: undefined },
    ];
    // One record a line, as a person writes a file by hand: record i starts on line 3 + i.
    const { partnerships, ...rest } = payload;
    const text = `${JSON.stringify(rest).slice(0, -1)},\n"partnerships": [\n${[...partnerships, ...bad]
      .map((record) => JSON.stringify(record))
      .join(',\n')}\n]}`;
    stub = stubFetch(() => new Response(text, { status: 200 }));
    let loaded: LoadedDataset | undefined;
    const said = await consoleSays('warn', async () => (loaded = await requestDataset(URL_A).promise));
    expect(loaded!.skipped).to.equal(4);
    expect(said).to.have.length(1);
    expect(said[0]!.split('\n')).to.deep.equal([
      `partner-elements: 4 invalid records in ${ABSOLUTE_A} are left out (not shown):`,
      `- partnerships[${n}] (id "wrong-name", line ${n + 3}): partner.name must be a string, not a number (value: 42)`,
      `- partnerships[${n + 1}] (id "wrong-kind", line ${n + 4}): kind "pen-pals" is not one of partnership, friendship, cooperation, project, solidarity, contact`,
      `- partnerships[${n + 2}] (no id, line ${n + 5}): must be an object, not a number (value: 42)`,
      `- partnerships[${n + 3}] (id "no-year", line ${n + 6}): status is missing`,
      `- partnerships[${n + 3}] (id "no-year", line ${n + 6}): since must be a whole year or null, not "1990"`,
    ]);
    // The same for a page script, with the value as the file holds it.
    const [name, kind, number, status, since] = loaded!.problems;
    expect(name).to.deep.include({
      index: n,
      id: 'wrong-name',
      line: n + 3,
      field: 'partner.name',
      value: 42,
    });
    expect(kind).to.deep.include({ index: n + 1, field: 'kind', value: 'pen-pals' });
    expect(number).to.deep.include({ index: n + 2, line: n + 5, value: 42 });
    expect(number).to.not.have.property('id');
    expect(status).to.not.have.property('value');
    expect(since!.message).to.equal(said[0]!.split('\n- ')[5]);
  });

  it('lists the first 50 problems in the console and says how many more partner-load has', async () => {
    const payload = await fixtureDataset();
    payload.partnerships.push(...Array.from({ length: 60 }, (_, i) => `junk ${i}`));
    stub = stubFetch(() => json(payload));
    let loaded: LoadedDataset | undefined;
    const said = await consoleSays('warn', async () => (loaded = await requestDataset(URL_A).promise));
    const lines = said[0]!.split('\n');
    expect(lines).to.have.length(52);
    expect(lines[51]).to.equal("- and 10 more (partner-load's detail.problems lists all)");
    expect(loaded!.problems).to.have.length(60);
  });

  it('gives up after the timeout without retrying', async () => {
    configureLoader({ timeout: 100 });
    stub = stubFetch(hangUntilAborted);
    const started = performance.now();
    const error = await failure(requestDataset(URL_A).promise);
    expect(error.reason).to.equal('timeout');
    expect(stub.calls).to.have.length(1);
    expect(performance.now() - started).to.be.within(90, 1000);
  });

  it('reads inline JSON from a <script type="application/json"> by #id', async () => {
    const payload = await fixtureDataset();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'inline-data';
    script.textContent = JSON.stringify(payload);
    document.body.append(script);
    stub = stubFetch(() => {
      throw new Error('inline data must not be fetched');
    });
    try {
      const loaded = await requestDataset('#inline-data').promise;
      expect(loaded.dataset.partnerships).to.have.length(payload.partnerships.length);
      expect(stub.calls).to.have.length(0);
      let missing: DatasetLoadError | undefined;
      const said = await consoleSays('error', async () => {
        missing = await failure(requestDataset('#no-such-data').promise);
      });
      expect(missing!.reason).to.equal('missing-inline');
      expect(said).to.deep.equal([
        'partner-elements: No <script type="application/json"> or <script type="text/csv"> with id="no-such-data" on the page.',
      ]);
    } finally {
      script.remove();
    }
  });

  it('names the data block of inline JSON that breaks, and the line within it', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'broken-inline';
    script.textContent = '\n{ "schemaVersion": 1,\n  "partnerships": [] ';
    document.body.append(script);
    try {
      let error: DatasetLoadError | undefined;
      const said = await consoleSays('error', async () => {
        error = await failure(requestDataset('#broken-inline').promise);
      });
      const message = `<script id="broken-inline"> is not valid JSON at line 3, column 22: the file ends too early.`;
      expect(error!.message).to.equal(message);
      expect(said).to.deep.equal([`partner-elements: ${message}`]);
    } finally {
      script.remove();
    }
  });
});
