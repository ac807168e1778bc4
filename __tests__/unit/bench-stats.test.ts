// The bench's interval of a ratio of medians (bench/stats.ts), on samples whose answer is known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ratioInterval } from '../../bench/stats.js';

test('the bootstrap interval of a ratio of medians: exact without spread, around the ratio with it, the same every time', () => {
  assert.deepEqual(ratioInterval([100, 100, 100], [300, 300, 300]), [3, 3]);
  const ours = [400, 410, 420, 430, 440, 450, 460];
  const baseline = [800, 1000, 1200, 1300, 1400, 1700, 2100];
  const [low, high] = ratioInterval(ours, baseline);
  const point = 1300 / 430;
  assert.ok(low < point && point < high, `${low} < ${point} < ${high}`);
  assert.ok(low >= 800 / 460 && high <= 2100 / 400, 'within what any resample can give');
  assert.deepEqual(ratioInterval(ours, baseline), [low, high], 'seeded: the same samples, the same interval');
  const [narrowLow, narrowHigh] = ratioInterval(ours, baseline, { level: 0.5 });
  assert.ok(narrowLow >= low && narrowHigh <= high, 'a lower level gives a narrower interval');
});
