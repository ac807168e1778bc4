// How a step talks to the GitHub runner ("Workflow commands for GitHub Actions"): inputs and the
// state main saved come in as INPUT_* and STATE_* variables; outputs, exported variables and state
// go out through the files GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE name; messages, annotations
// and groups are lines on stdout; the job summary is HTML appended to GITHUB_STEP_SUMMARY.
// Written here instead of taken from @actions/core, which loads an HTTP client (for OIDC tokens)
// at every start: about 25 ms of each main and post step, for a protocol of a few lines.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/** The input as the runner passes it (`INPUT_<NAME>`, spaces as `_`), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** What main saved under `name`, as the runner passes it to post; '' when nothing was. */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

type FileCommand = 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE';

/** `name<<delimiter`, the value, `delimiter`: a value of any lines, which none of them can end early. */
export function fileCommandEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`The value of ${name} contains its own delimiter ${delimiter}.`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

function appendFileCommand(variable: FileCommand, name: string, value: string): void {
  const file = process.env[variable];
  if (!file || !existsSync(file)) {
    throw new Error(
      `${variable} ${file ? `names ${file}, which does not exist` : 'is not set'}: this runs as a step of a GitHub Actions job only (elsewhere, use the docker-tls CLI).`,
    );
  }
  appendFileSync(file, fileCommandEntry(name, value), 'utf8');
}

export function setOutput(name: string, value: string): void {
  appendFileCommand('GITHUB_OUTPUT', name, value);
}

/** For the later steps of the job, and for this process too. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  appendFileCommand('GITHUB_ENV', name, value);
}

export function saveState(name: string, value: string): void {
  appendFileCommand('GITHUB_STATE', name, value);
}

/** `%`, CR and LF escaped, as the runner unescapes a command's message: one command, one line. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function issue(command: string, message = ''): void {
  process.stdout.write(`::${command}::${escapeData(message)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** Shown only when the job runs with debug logging (RUNNER_DEBUG). */
export function debug(message: string): void {
  issue('debug', message);
}

export function warning(message: string): void {
  issue('warning', message);
}

export function error(message: string): void {
  issue('error', message);
}

/** An error annotation, and the step fails when the process exits. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** The lines `body` prints, folded under `title` in the log. */
export async function group<T>(title: string, body: () => Promise<T>): Promise<T> {
  issue('group', title);
  try {
    return await body();
  } finally {
    issue('endgroup');
  }
}

/**
 * Appends HTML to the job summary. A courtesy: a runner without one (or a full disk) must not fail
 * the step, so a problem here is ignored.
 */
export function appendSummary(html: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file || !existsSync(file)) return;
  try {
    appendFileSync(file, html, 'utf8');
  } catch {
    // See above: the summary is not worth a failed step.
  }
}
