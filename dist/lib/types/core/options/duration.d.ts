export interface DurationBounds {
    minMs: number;
    maxMs: number;
    example: string;
}
export declare function formatDuration(ms: number): string;
/**
 * Parses `90m`, `6h`, `2d`, `1h30m`, `500ms`. A bare number is refused on purpose: `60` could be
 * seconds or minutes, and guessing wrong gives a certificate or a timeout off by a factor of 60.
 */
export declare function parseDuration(input: string, raw: string, bounds: DurationBounds): number;
