/**
 * What of a daemon's log may be shown to whoever reads the job's log (anyone, on a public
 * repository). With `"debug": true` dockerd logs each API request: its URL with the query string
 * (build args, filters, names) and, for JSON bodies, the whole body ("form data: {...}", or a
 * form-data field in 28) with a
 * container's Env. Both carry secrets a step passed to Docker; neither explains a failure.
 */
export declare function redactRequestData(log: string): string;
export interface LogFacts {
    /** The start failed: the log says why. */
    startFailed: boolean;
    /** The daemon was gone before teardown stopped it: the log says how it ended. */
    daemonDied: boolean;
    /** The user asked for everything (RUNNER_DEBUG, --verbose). */
    verbose: boolean;
}
/** Lines of a log worth printing at teardown: all of it when it explains something, else its tail. */
export declare const TAIL_LINES = 50;
export declare const WHOLE_LINES = 5000;
export declare function linesToShow(facts: LogFacts): number;
