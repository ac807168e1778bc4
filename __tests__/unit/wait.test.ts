import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { waitUntil } from '../../src/core/wait.js';
import { FakeClock } from './fake-clock.js';

describe('waitUntil', () => {
  test('returns the first answer, without sleeping when it comes at once', async () => {
    const clock = new FakeClock();
    assert.equal(await waitUntil(async () => 'ready', { timeoutMs: 1000, intervalMs: 5, clock }), 'ready');
    assert.deepEqual(clock.sleeps, []);
  });

  test('backs off by the factor up to the cap', async () => {
    const clock = new FakeClock();
    let attempts = 0;
    const answer = await waitUntil(async () => (++attempts === 6 ? attempts : undefined), {
      timeoutMs: 1000,
      intervalMs: 4,
      backoff: 2,
      maxIntervalMs: 20,
      clock,
    });
    assert.equal(answer, 6);
    assert.deepEqual(clock.sleeps, [4, 8, 16, 20, 20]);
  });

  test('a fixed interval without a backoff', async () => {
    const clock = new FakeClock();
    let attempts = 0;
    await waitUntil(async () => (++attempts === 4 ? true : undefined), { timeoutMs: 1000, intervalMs: 25, clock });
    assert.deepEqual(clock.sleeps, [25, 25, 25]);
  });

  test('gives up at the deadline: undefined, never sleeping past it, one last attempt at it', async () => {
    const clock = new FakeClock();
    const seen: number[] = [];
    const answer = await waitUntil(
      async (remainingMs) => {
        seen.push(remainingMs);
        return undefined;
      },
      { timeoutMs: 50, intervalMs: 20, clock },
    );
    assert.equal(answer, undefined);
    assert.deepEqual(clock.sleeps, [20, 20, 10]);
    assert.deepEqual(seen, [50, 30, 10, 0]);
    assert.equal(clock.now(), 50);
  });

  test('an abort before or between attempts throws the reason and stops attempting', async () => {
    const clock = new FakeClock();
    const controller = new AbortController();
    let attempts = 0;
    const reason = new Error('stopped by SIGINT');
    await assert.rejects(
      waitUntil(
        async () => {
          attempts += 1;
          if (attempts === 2) controller.abort(reason);
          return undefined;
        },
        { timeoutMs: 1000, intervalMs: 5, signal: controller.signal, clock },
      ),
      (error) => error === reason,
    );
    assert.equal(attempts, 2);
    await assert.rejects(
      waitUntil(async () => 'never asked', { timeoutMs: 1000, intervalMs: 5, signal: controller.signal, clock }),
      (error) => error === reason,
    );
  });

  test('the real clock: a sleep ends early when the signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('aborted')), 20);
    const started = performance.now();
    await assert.rejects(
      waitUntil(async () => undefined, { timeoutMs: 60_000, intervalMs: 30_000, signal: controller.signal }),
      /aborted/,
    );
    assert.ok(performance.now() - started < 5000, 'did not wait out the 30 s interval');
  });
});
