// Commands in the guest, as the job's steps run them: as the runner user, with sudo for what
// needs root. Nothing of the suite's own environment leaks into a client but what a step sets.
import { execFile } from 'node:child_process';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  input?: string;
}

/** Runs a command to its end and reports how it went; never throws for a non-zero exit. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      { env: options.env ?? process.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr: error && code === -1 ? `${stderr}${error.message}` : stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Runs a command that must succeed; returns its stdout, or throws with its stderr. */
export async function ok(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  const ran = await run(command, args, options);
  if (ran.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${ran.code}: ${(ran.stderr || ran.stdout).trim()}`);
  }
  return ran.stdout;
}

/** As root, through the runner user's passwordless sudo. */
export function sudo(args: string[], options: RunOptions = {}): Promise<string> {
  return ok('sudo', ['-n', ...args], options);
}

/**
 * The environment of a docker client talking to the runner's own daemon: the default socket,
 * whatever a step exported.
 */
export function systemDockerEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_CONTEXT']) delete env[name];
  return env;
}

/** The environment of a later step: the job's own plus what the action exported to GITHUB_ENV. */
export function stepEnv(exported: Record<string, string>): NodeJS.ProcessEnv {
  return { ...systemDockerEnv(), ...exported };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
