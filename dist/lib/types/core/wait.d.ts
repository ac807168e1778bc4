/**
 * The one way to wait for something in the core: an attempt repeated until it gives an answer, the
 * deadline passes or the signal aborts. Time comes from a clock that tests replace, so the deadlines
 * and the backoff can be checked without waiting.
 */
export interface Clock {
    /** Milliseconds from an arbitrary origin, monotonic. */
    now(): number;
    /** Resolves after `ms`, or as soon as `signal` aborts (the caller then sees the abort). */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export declare const systemClock: Clock;
export interface WaitOptions {
    timeoutMs: number;
    /** The first pause between two attempts. */
    intervalMs: number;
    /** Each pause is this many times the one before (1: a fixed interval), up to `maxIntervalMs`. */
    backoff?: number;
    maxIntervalMs?: number;
    signal?: AbortSignal;
    clock?: Clock;
}
/**
 * Calls `attempt` (given the milliseconds left) until it returns something other than undefined, and
 * returns that; returns undefined when the deadline passes first. The last attempt is made at the
 * deadline, never after it. Throws the signal's reason as soon as it aborts.
 */
export declare function waitUntil<T>(attempt: (remainingMs: number) => Promise<T | undefined>, options: WaitOptions): Promise<T | undefined>;
