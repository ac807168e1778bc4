import type { Logger } from './logger.js';
export interface SignalAbort {
    signal: AbortSignal;
    /** The signal that came, if one did. */
    received: () => NodeJS.Signals | undefined;
    /** Stops listening; call once the teardown after an abort is done. */
    stop: () => void;
    /** The exit code a shell expects after that signal (130 for SIGINT, 143 for SIGTERM). */
    exitCode: () => number | undefined;
}
/**
 * If a start is cancelled (the runner sends SIGINT, then SIGTERM 7.5 s later; a user presses
 * Ctrl-C), nothing may stay running. The handler only aborts the start: startDaemon stops at its
 * next step, and the caller's failure path tears down everything recorded by then, including what
 * was made after the signal. The handlers stay until `stop`, so a second signal cannot cut that
 * teardown short.
 */
export declare function abortOnSignal(logger: Logger): SignalAbort;
