import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  outputs: Record<string, string>;
  /** Values saved through GITHUB_STATE, as post will see them. */
  state: Record<string, string>;
  summary: string;
}

/** Parses a GitHub file command file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i]);
      result[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) result[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return result;
}

/**
 * A job as the GitHub runner runs an action: one RUNNER_TEMP, file-command files per step,
 * INPUT_* for main, STATE_* for post. Steps can be run one after the other like in a workflow.
 */
export class FakeRunner {
  readonly root: string;
  readonly runnerTemp: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'dtls-runner-'));
    this.runnerTemp = join(this.root, 'temp');
    mkdirSync(this.runnerTemp);
    // Open to any user, so steps can run as a non-root runner user too.
    chmodSync(this.root, 0o777);
    chmodSync(this.runnerTemp, 0o777);
  }

  private files(): Record<string, string> {
    const id = randomUUID();
    const names = { GITHUB_ENV: 'env', GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
    const paths: Record<string, string> = {};
    for (const [variable, name] of Object.entries(names)) {
      paths[variable] = join(this.root, `${name}-${id}`);
      writeFileSync(paths[variable], '', { mode: 0o666 });
      chmodSync(paths[variable], 0o666);
    }
    return paths;
  }

  /** Runs dist/main with `inputs` (by their action.yml names). */
  main(inputs: Record<string, string>, options: StepOptions = {}): Promise<StepResult> {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    return this.step('main', env, options);
  }

  /** Runs dist/post with the state that main saved. */
  post(state: Record<string, string>, options: StepOptions = {}): Promise<StepResult> {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(state)) env[`STATE_${name}`] = value;
    return this.step('post', env, options);
  }

  private async step(
    entry: 'main' | 'post',
    extraEnv: Record<string, string>,
    options: StepOptions,
  ): Promise<StepResult> {
    const files = this.files();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      RUNNER_TEMP: this.runnerTemp,
      GITHUB_ACTIONS: 'true',
      ...files,
      ...extraEnv,
      ...options.env,
    };
    const script = join(REPO_ROOT, 'dist', entry, 'index.js');
    const pairs = Object.entries(env).map(([name, value]) => `${name}=${value ?? ''}`);
    const child = options.user
      ? // As a GitHub-hosted runner does: a non-root user, with sudo for what needs root.
        spawn('sudo', ['-n', '-u', options.user, 'env', '-i', ...pairs, process.execPath, script], {
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    options.onSpawn?.(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('close', (c, s) => done([c, s])),
    );
    const read = (name: string) => parseFileCommand(readFileSync(files[name], 'utf8'));
    return {
      code,
      signal,
      stdout,
      stderr,
      env: read('GITHUB_ENV'),
      outputs: read('GITHUB_OUTPUT'),
      state: read('GITHUB_STATE'),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface StepOptions {
  env?: Record<string, string>;
  /** Run the step as this user (through sudo), as GitHub-hosted runners run jobs as "runner". */
  user?: string;
  onSpawn?: (pid: number) => void;
}
