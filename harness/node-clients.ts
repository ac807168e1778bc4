// Node clients (dockerode, testcontainers) run as a later step: a Node process of their own.
import { join } from 'node:path';
import { type RunResult, ok, run } from './commands.js';

/** Runs one of the client scripts next to this file in a Node process of its own (a later step). */
export function nodeClient(script: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 90_000) {
  return run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], { env, timeoutMs });
}

/** Parses the one JSON line a client script prints last. */
export function lastJson<T>(result: RunResult): T {
  const lines = ok(result).trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}
