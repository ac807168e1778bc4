/**
 * What of a daemon's log may be shown to whoever reads the job's log (anyone, on a public
 * repository). With `"debug": true` dockerd logs each API request: its URL with the query string
 * (build args, filters, names) and, for JSON bodies, the whole body ("form data: {...}", or a
 * form-data field in 28) with a
 * container's Env. Both carry secrets a step passed to Docker; neither explains a failure.
 */

const FORM_DATA = /form data: .*/g;
/**
 * dockerd 28 logs the body as a field of the request's line instead: logfmt's
 * `form-data="{\"Env\":…}"`, or `"form-data":"…"` with `--log-format json`. The rest of the line
 * goes with it: a field's end is where an escape could hide.
 */
const FORM_DATA_JSON_FIELD = /"form-data":.*/g;
const FORM_DATA_FIELD = /form-data=.*/g;
/**
 * A query string in a request URL: from the `?` to the end of the URL, which is the first space or
 * unescaped quote. A URL inside a quoted log value (logfmt's msg="…", a JSON log line) carries its
 * own quotes and backslashes escaped (\" and \\): those belong to the query, and so does what
 * follows them.
 */
const QUERY = /(\/[\w.\-/%]*)\?(?:\\.|[^\s"\\])*/g;

export function redactRequestData(log: string): string {
  return log
    .replace(FORM_DATA, 'form data: (not shown)')
    .replace(FORM_DATA_JSON_FIELD, '"form-data":"(not shown)"}')
    .replace(FORM_DATA_FIELD, 'form-data=(not shown)')
    .replace(QUERY, '$1?(query not shown)');
}

export interface LogFacts {
  /** The start failed: the log says why. */
  startFailed: boolean;
  /** The daemon was gone before teardown stopped it: the log says how it ended. */
  daemonDied: boolean;
  /** The user asked for everything (RUNNER_DEBUG, --verbose). */
  verbose: boolean;
}

/** Lines of a log worth printing at teardown: all of it when it explains something, else its tail. */
export const TAIL_LINES = 50;
export const WHOLE_LINES = 5000;

export function linesToShow(facts: LogFacts): number {
  return facts.startFailed || facts.daemonDied || facts.verbose ? WHOLE_LINES : TAIL_LINES;
}
