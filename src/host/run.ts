import { getExecOutput } from '@actions/exec';

// Every external program the product runs to its end (iptables, ip, sudo, umount, kill, rm, the
// docker CLI, a version check) goes through @actions/exec. A daemon that must outlive the step
// (containerd, dockerd) is spawned detached instead (processes.ts): exec waits for its process.

export interface CommandResult {
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The deadline: exec has none, so the program runs under coreutils' `timeout`, which ends it. */
  timeoutMs: number;
  /** Written to its stdin. */
  input?: string;
  /** Its whole environment; the caller's by default. */
  env?: Record<string, string>;
  /** `timeout` by an absolute path (found in a trusted directory for what runs as root). */
  timeoutProgram?: string;
}

/** coreutils' `timeout` says so by its exit status when the deadline ended the program. */
const TIMED_OUT = 124;

/** A program failed: its exit status and what it said. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string,
    options?: { cause?: unknown },
  ) {
    super(`${command} failed: ${stderr.trim() || `exit status ${exitCode}`}`, options);
    this.name = 'CommandError';
  }
}

/** What a program that ran and failed said: its stderr, else its exit status; undefined for any other error. */
export function saidBy(error: unknown): string | undefined {
  return error instanceof CommandError ? error.stderr.trim() || `exit status ${error.exitCode}` : undefined;
}

/**
 * Runs `file` with `args` to its end and returns its output; rejects with a CommandError on a
 * non-zero exit status or at the deadline. A program exec cannot find rejects with code ENOENT.
 */
export async function runProgram(file: string, args: string[], options: RunOptions): Promise<CommandResult> {
  const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  const timeout = options.timeoutProgram ?? 'timeout';
  const command = [file, ...args].join(' ');
  let result;
  try {
    result = await getExecOutput(timeout, ['--kill-after=5', `${seconds}s`, file, ...args], {
      silent: true,
      ignoreReturnCode: true,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
      env: options.env,
    });
  } catch (error) {
    throw Object.assign(new Error(`${command} could not run: ${(error as Error).message}`, { cause: error }), {
      code: /Unable to locate executable/.test((error as Error).message) ? 'ENOENT' : undefined,
    });
  }
  if (result.exitCode === TIMED_OUT) throw new CommandError(command, result.exitCode, `no end within ${seconds} s`);
  // 126 and 127: `timeout` could not run the program itself.
  if (result.exitCode === 127 || result.exitCode === 126) {
    throw Object.assign(new CommandError(command, result.exitCode, result.stderr), { code: 'ENOENT' });
  }
  if (result.exitCode !== 0) throw new CommandError(command, result.exitCode, result.stderr);
  return { stdout: result.stdout, stderr: result.stderr };
}
