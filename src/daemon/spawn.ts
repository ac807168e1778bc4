import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { DockerTlsError } from '../errors.js';
import type { Privilege } from './privilege.js';

export interface DetachedProcess {
  child: ChildProcess;
  /** How it ended ("exited with code 1", "was killed by SIGKILL"), once it has. */
  exitReason(): string | undefined;
}

/**
 * Detached with its own process group, output to the log: it outlives this step's process. It gets
 * `env` and nothing else; through sudo, `env -i` sets it (sudo would add its own variables).
 */
export function spawnDetached(
  privilege: Privilege,
  command: string[],
  logFile: string,
  env: Record<string, string>,
): DetachedProcess {
  const fd = openSync(logFile, 'a', 0o600);
  let child: ChildProcess;
  try {
    const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    const [file, ...args] = privilege.viaSudo ? [...privilege.prefix, 'env', '-i', ...pairs, ...command] : command;
    child = spawn(file, args, { detached: true, stdio: ['ignore', fd, fd], env });
    if (child.pid === undefined) throw new DockerTlsError(`Could not start ${file}.`);
  } finally {
    closeSync(fd);
  }
  let exitReason: string | undefined;
  child.once('exit', (code, signal) => {
    exitReason = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  });
  return { child, exitReason: () => exitReason };
}
