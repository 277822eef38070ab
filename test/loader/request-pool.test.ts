// The request pool that the dataset loader and the geometry loader share: what each of them promises about
// holders, aborts and failures holds for any load function.
import { expect } from '@open-wc/testing';
import { requestPool, withTimeout } from '../../src/data/request-pool.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A load function that records its calls and answers only when the test says so (or rejects on abort). */
function recorder() {
  const calls: {
    key: string;
    signal: AbortSignal;
    answer: (value: string) => void;
    fail: (e: Error) => void;
  }[] = [];
  const load = (key: string, signal: AbortSignal) =>
    new Promise<string>((answer, fail) => {
      calls.push({ key, signal, answer, fail });
      signal.addEventListener('abort', () => fail(new Error('aborted')));
    });
  return { calls, load };
}

describe('request pool', () => {
  it('makes one request per key however many hold it, and answers every holder', async () => {
    const { calls, load } = recorder();
    const pool = requestPool(load);
    const first = pool.hold('a');
    const second = pool.hold('a');
    pool.hold('b').release();
    expect(calls.map((call) => call.key)).to.deep.equal(['a', 'b']);
    calls[0]!.answer('A');
    expect(await first.promise).to.equal('A');
    expect(await second.promise).to.equal('A');
    expect(first.key).to.equal('a');
    // Answered: a later holder gets the answer without a request, and letting go aborts nothing.
    const later = pool.hold('a');
    later.release();
    await tick();
    expect(await later.promise).to.equal('A');
    expect(calls).to.have.length(2);
    expect(calls[0]!.signal.aborted).to.equal(false);
  });

  it('aborts a running request a microtask after its last holder lets go, not before', async () => {
    const { calls, load } = recorder();
    const pool = requestPool(load);
    const first = pool.hold('a');
    const second = pool.hold('a');
    first.release();
    first.release(); // a second release of the same hold counts once
    await tick();
    expect(calls[0]!.signal.aborted).to.equal(false);
    second.release();
    expect(calls[0]!.signal.aborted).to.equal(false);
    await tick();
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(pool.has('a')).to.equal(false);
  });

  it('keeps the request when a holder lets go and another takes it in the same task (a moved element)', async () => {
    const { calls, load } = recorder();
    const pool = requestPool(load);
    pool.hold('a').release();
    const again = pool.hold('a');
    await tick();
    expect(calls).to.have.length(1);
    expect(calls[0]!.signal.aborted).to.equal(false);
    again.release();
  });

  it('forgets a failed request, so that the next holder asks again', async () => {
    const { calls, load } = recorder();
    const pool = requestPool(load);
    const held = pool.hold('a');
    calls[0]!.fail(new Error('HTTP 503'));
    await held.promise.catch(() => {});
    expect(pool.has('a')).to.equal(false);
    pool.hold('a');
    expect(calls).to.have.length(2);
  });

  it('clear() forgets every request without aborting it, and a stale failure leaves the new one alone', async () => {
    const { calls, load } = recorder();
    const pool = requestPool(load);
    const old = pool.hold('a');
    pool.clear();
    expect(pool.has('a')).to.equal(false);
    pool.hold('a');
    expect(calls).to.have.length(2);
    calls[0]!.fail(new Error('late failure of the old request'));
    await old.promise.catch(() => {});
    expect(calls[0]!.signal.aborted).to.equal(false);
    expect(pool.has('a')).to.equal(true);
  });
});

describe('withTimeout', () => {
  it('aborts after the timeout, or at once with the signal it follows', async () => {
    const timed = withTimeout(20);
    expect(timed.aborted).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(timed.aborted).to.equal(true);

    const outer = new AbortController();
    const follows = withTimeout(60_000, outer.signal);
    outer.abort();
    expect(follows.aborted).to.equal(true);
    expect(withTimeout(60_000, outer.signal).aborted, 'a signal that has aborted already').to.equal(true);
  });
});
