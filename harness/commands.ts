// Running a command to its end as a later workflow step would, and asserting on how it ended.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './runner.js';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the command was killed because it ran past its time limit. */
  timedOut: boolean;
  ms: number;
}

/** Runs a command to its end; never throws, so refusals can be asserted on. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number; cwd?: string } = {},
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd ?? REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
    child.on('error', (error) => {
      stderr += String(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: Math.round(performance.now() - started) });
    });
  });
}

export function describeRun(result: RunResult): string {
  return `exit ${result.code}${result.timedOut ? ' (timed out)' : ''} after ${result.ms} ms\nstdout: ${result.stdout.slice(-3000)}\nstderr: ${result.stderr.slice(-3000)}`;
}

/** Asserts the command worked and returns its stdout. */
export function ok(result: RunResult): string {
  assert.equal(result.code, 0, describeRun(result));
  return result.stdout;
}

/**
 * Asserts a refusal: the command failed on its own (not killed by our time limit, and quickly), and
 * its output says why with `expected`.
 */
export function refused(result: RunResult, expected: RegExp, maxMs = 15_000): string {
  assert.equal(result.timedOut, false, `a refusal, not a timeout: ${describeRun(result)}`);
  assert.notEqual(result.code, 0, `must fail: ${describeRun(result)}`);
  assert.ok(result.ms < maxMs, `refused within ${maxMs} ms: ${describeRun(result)}`);
  const output = result.stdout + result.stderr;
  assert.match(output, expected, describeRun(result));
  return output;
}

export function withEnv(env: NodeJS.ProcessEnv, more: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const result = { ...env };
  for (const [name, value] of Object.entries(more)) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

export function dockerCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<RunResult> {
  return run('docker', args, { env, timeoutMs });
}
