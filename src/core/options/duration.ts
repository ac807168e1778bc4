import { InputError } from '../errors.js';

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

export interface DurationBounds {
  minMs: number;
  maxMs: number;
  example: string;
}

export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_MS[unit];
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

/**
 * Parses `90m`, `6h`, `2d`, `1h30m`, `500ms`. A bare number is refused on purpose: `60` could be
 * seconds or minutes, and guessing wrong gives a certificate or a timeout off by a factor of 60.
 */
export function parseDuration(input: string, raw: string, bounds: DurationBounds): number {
  const text = raw.trim();
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  let match: RegExpExecArray | null;
  while ((match = part.exec(text)) !== null) {
    total += Number(match[1]) * UNIT_MS[match[2]];
    consumed = part.lastIndex;
  }
  if (text === '' || consumed !== text.length) {
    throw new InputError(input, raw, 'expected a number with a unit (ms, s, m, h or d)', bounds.example);
  }
  total = Math.round(total);
  if (total < bounds.minMs) {
    throw new InputError(input, raw, `must be at least ${formatDuration(bounds.minMs)}`, bounds.example);
  }
  if (total > bounds.maxMs) {
    throw new InputError(input, raw, `must be at most ${formatDuration(bounds.maxMs)}`, bounds.example);
  }
  return total;
}
