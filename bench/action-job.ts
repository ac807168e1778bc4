// The action's steps run as the GitHub runner runs them (like harness/runner.ts): one
// RUNNER_TEMP, file-command files per step, INPUT_* for main, STATE_* for post, nothing else of
// this process's environment. Each step is timed from just before the spawn to the process's exit,
// and every line it prints is stamped with the time it arrived.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type FileCommand,
  createStepFiles,
  inputVariables,
  parseFileCommand,
  stateVariables,
  stepEnvironment,
} from '../harness/runner-protocol.js';
import { throwIfAborted } from './abort.js';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

export interface StampedLine {
  atMs: number;
  text: string;
}

export interface StepRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From just before spawn to the exit event. */
  ms: number;
  /** From just before spawn to the first byte on stdout. */
  firstOutputMs?: number;
  lines: StampedLine[];
  stderr: string;
  env: Record<string, string>;
  state: Record<string, string>;
}

export class ActionJob {
  readonly root: string;
  readonly runnerTemp: string;
  /** The step running now, if any: to stop it when the bench is interrupted. */
  current?: ChildProcess;

  constructor(parent: string) {
    mkdirSync(parent, { recursive: true });
    this.root = mkdtempSync(join(parent, 'job-'));
    this.runnerTemp = join(this.root, 'temp');
    mkdirSync(this.runnerTemp);
  }

  main(inputs: Record<string, string>): Promise<StepRun> {
    return this.step('main', inputVariables(inputs));
  }

  post(state: Record<string, string>): Promise<StepRun> {
    return this.step('post', stateVariables(state));
  }

  /** Runs `node dist/<entry>/index.js` and resolves when the process exits. */
  async step(entry: 'main' | 'post', extraEnv: Record<string, string>): Promise<StepRun> {
    throwIfAborted();
    const files = createStepFiles(this.root);
    const env = stepEnvironment(this.runnerTemp, files, extraEnv);
    const lines: StampedLine[] = [];
    let pending = '';
    let stderr = '';
    let firstOutputMs: number | undefined;
    const start = performance.now();
    const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', entry, 'index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.current = child;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const atMs = performance.now() - start;
      firstOutputMs ??= atMs;
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const text of parts) lines.push({ atMs, text });
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const [code, signal, ms] = await new Promise<[number | null, NodeJS.Signals | null, number]>((done, fail) => {
      child.once('error', fail);
      child.once('exit', (c, s) => done([c, s, performance.now() - start]));
    });
    this.current = undefined;
    // The exit is the measure; the pipes may still hold the last lines.
    await new Promise((done) => (child.stdout.closed ? done(undefined) : child.stdout.once('close', done)));
    if (pending) lines.push({ atMs: ms, text: pending });
    const read = (name: FileCommand) => parseFileCommand(readFileSync(files[name], 'utf8'));
    return { code, signal, ms, firstOutputMs, lines, stderr, env: read('GITHUB_ENV'), state: read('GITHUB_STATE') };
  }

  /** Every `instance` state any step of this job saved so far, read from the state files. */
  savedStates(): string[] {
    return readdirSync(this.root)
      .filter((name) => name.startsWith('state-'))
      .map((name) => parseFileCommand(readFileSync(join(this.root, name), 'utf8')).instance)
      .filter((value): value is string => Boolean(value));
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The time at which the first line matching `pattern` arrived, or undefined. */
export function lineAt(run: StepRun, pattern: RegExp): number | undefined {
  return run.lines.find((line) => pattern.test(line.text))?.atMs;
}

export function outputOf(run: StepRun): string {
  return run.lines.map((line) => line.text).join('\n') + (run.stderr ? `\n${run.stderr}` : '');
}
