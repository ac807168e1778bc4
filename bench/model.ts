import { type Summary, round, summarize } from './stats.js';

/** One measured thing: the median of `runs` samples, with their min–max (and p95 where it matters). */
export interface Measurement {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  p95?: number;
  runs: number;
  /** What exactly was measured, for the reader of results.md. */
  detail?: string;
}

/** A subject against a baseline measured in the same run. */
export interface Comparison {
  /** Short name for the chart and the summary. */
  label?: string;
  subject: string;
  baseline: string;
  /** The ratio the row's target is stated in (see `ratioLabel`). */
  ratio: number;
  ratioLabel: string;
  /** How much better the subject is than the baseline (>1 better, <1 worse); drawn in ratios.svg. */
  advantage: number;
  /** The target this comparison is judged by, if any, and whether it was met. */
  target?: string;
  /** The target as an `advantage`, for the tick drawn in ratios.svg. */
  targetAdvantage?: number;
  met?: boolean;
  verdict?: string;
  /** Where 90% of bootstrap resamples put the ratio, when a row reports it (see ratioInterval). */
  interval?: [low: number, high: number];
}

export interface Row {
  id: number;
  title: string;
  target: string;
  measurements: Measurement[];
  comparisons: Comparison[];
  notes: string[];
  /** Set when the section failed; its other fields hold what was measured before that. */
  error?: string;
  seconds: number;
}

export interface Results {
  kind: 'full' | 'smoke';
  startedAt: string;
  finishedAt: string;
  seconds: number;
  machine: Record<string, string>;
  rows: Row[];
}

export function measurement(
  name: string,
  unit: string,
  samples: readonly number[],
  options: { detail?: string; p95?: boolean; digits?: number } = {},
): Measurement {
  const s: Summary = summarize(samples);
  const digits = options.digits ?? 1;
  return {
    name,
    unit,
    median: round(s.median, digits),
    min: round(s.min, digits),
    max: round(s.max, digits),
    ...(options.p95 ? { p95: round(s.p95, digits) } : {}),
    runs: s.runs,
    ...(options.detail ? { detail: options.detail } : {}),
  };
}

/** Subject time over baseline time: "1.3× the baseline's time". */
export function timeRatio(subject: Measurement, baseline: Measurement): Comparison {
  const ratio = subject.median / baseline.median;
  return {
    subject: subject.name,
    baseline: baseline.name,
    ratio: round(ratio, ratio < 10 ? 2 : 1),
    ratioLabel: `${fmtRatio(ratio)} the time`,
    advantage: 1 / ratio,
  };
}

/** Baseline time over subject time: "120× faster". */
export function speedup(subject: Measurement, baseline: Measurement): Comparison {
  const ratio = baseline.median / subject.median;
  return {
    subject: subject.name,
    baseline: baseline.name,
    ratio: round(ratio, ratio < 10 ? 2 : 1),
    ratioLabel: ratio >= 1 ? `${fmtRatio(ratio)} faster` : `${fmtRatio(1 / ratio)} slower`,
    advantage: ratio,
  };
}

/** Subject rate over baseline rate: "8× the throughput". */
export function rateRatio(subject: Measurement, baseline: Measurement): Comparison {
  const ratio = subject.median / baseline.median;
  return {
    subject: subject.name,
    baseline: baseline.name,
    ratio: round(ratio, ratio < 10 ? 2 : 1),
    ratioLabel: `${fmtRatio(ratio)} the rate`,
    advantage: ratio,
  };
}

export function fmtRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  if (ratio >= 100) return `${Math.round(ratio)}×`;
  if (ratio >= 10) return `${ratio.toFixed(1)}×`;
  return `${ratio.toFixed(2)}×`;
}
