import { promises as fs } from 'node:fs';
import { join } from 'node:path';

/**
 * exec-root holds containerd's sockets, whose paths must stay under the 108-byte limit of sun_path:
 * a short path in /run, or /tmp where there is no /run, rather than one under a deep RUNNER_TEMP.
 * The crash sweep looks in both.
 */
export const EXEC_ROOT_PARENTS = ['/run', '/tmp'] as const;

export interface DockerdPaths {
  execRoot: string;
  dataRoot: string;
  pidFile: string;
  logFile: string;
  socket: string;
  config: string;
}

export async function dockerdPaths(workDir: string, marker: string): Promise<DockerdPaths> {
  const parent = (await isDir(EXEC_ROOT_PARENTS[0])) ? EXEC_ROOT_PARENTS[0] : EXEC_ROOT_PARENTS[1];
  return dockerdPathsIn(workDir, join(parent, marker));
}

/** The paths for a work directory and an exec-root: also what a saved state must name. */
export function dockerdPathsIn(workDir: string, execRoot: string): DockerdPaths {
  return {
    execRoot,
    dataRoot: join(workDir, 'data'),
    pidFile: join(workDir, 'docker.pid'),
    logFile: join(workDir, 'docker.log'),
    socket: join(workDir, 'docker.sock'),
    config: join(workDir, 'daemon.json'),
  };
}

async function isDir(path: string): Promise<boolean> {
  return (await fs.stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
