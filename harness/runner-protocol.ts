// How the GitHub runner talks to an action step, for the harnesses that run dist/ as it does (the
// tests' FakeRunner, the bench's ActionJob): INPUT_* and STATE_* variables, and the file-command
// files (GITHUB_ENV, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY) a step appends to.
import { randomUUID } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type FileCommand = 'GITHUB_ENV' | 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY';
const FILE_NAMES: Record<FileCommand, string> = {
  GITHUB_ENV: 'env',
  GITHUB_OUTPUT: 'output',
  GITHUB_STATE: 'state',
  GITHUB_STEP_SUMMARY: 'summary',
};

/** `name=value` lines and `name<<DELIM` heredocs; a later value for a name replaces an earlier one. */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== heredoc[2]; i += 1) value.push(lines[i]);
      result[heredoc[1]] = value.join('\n');
    } else {
      const eq = lines[i].indexOf('=');
      if (eq > 0) result[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return result;
}

/** Inputs by their action.yml names, as the runner passes them: INPUT_<NAME>, spaces as _. */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/** What main saved, as the runner passes it to post: STATE_<name>. */
export function stateVariables(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
}

/** Fresh, empty file-command files for one step in `dir`, writable by any user. */
export function createStepFiles(dir: string): Record<FileCommand, string> {
  const id = randomUUID();
  const files = {} as Record<FileCommand, string>;
  for (const [variable, name] of Object.entries(FILE_NAMES) as Array<[FileCommand, string]>) {
    files[variable] = join(dir, `${name}-${id}`);
    writeFileSync(files[variable], '', { mode: 0o666 });
    chmodSync(files[variable], 0o666);
  }
  return files;
}

/** A step's whole environment: nothing of the caller's but PATH and HOME, as on a runner. */
export function stepEnvironment(
  runnerTemp: string,
  files: Record<FileCommand, string>,
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    ...files,
    ...extra,
  };
}
