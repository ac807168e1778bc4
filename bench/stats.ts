/** Summary of repeated samples: the median is the figure, min–max the spread, p95 for latencies. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  p95: number;
  runs: number;
}

/** Linear interpolation between closest ranks, on a sorted copy. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    median: quantile(samples, 0.5),
    min: samples.length ? Math.min(...samples) : NaN,
    max: samples.length ? Math.max(...samples) : NaN,
    p95: quantile(samples, 0.95),
    runs: samples.length,
  };
}

export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A small seeded generator (mulberry32): the same samples give the same interval in every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far the ratio median(baseline) / median(subject) could move with other runs of the same
 * kind: a percentile bootstrap, both sides resampled with replacement. [low, high] holds `level`
 * of the resampled ratios. For a baseline that spreads widely (RSA key generation), it says whether
 * a target met or missed by the median is met or missed beyond the noise.
 */
export function ratioInterval(
  subject: readonly number[],
  baseline: readonly number[],
  options: { resamples?: number; level?: number; seed?: number } = {},
): [low: number, high: number] {
  const { resamples = 4000, level = 0.9, seed = 7 } = options;
  const random = seededRandom(seed);
  const resample = (samples: readonly number[]) => samples.map(() => samples[Math.floor(random() * samples.length)]);
  const ratios: number[] = [];
  for (let i = 0; i < resamples; i++) {
    ratios.push(quantile(resample(baseline), 0.5) / quantile(resample(subject), 0.5));
  }
  const tail = (1 - level) / 2;
  return [quantile(ratios, tail), quantile(ratios, 1 - tail)];
}
