import { join } from 'node:path';
import { markerOf } from '../../core/naming.js';
import type { InstanceState } from '../../core/state.js';
import type { IptablesBackend } from '../../host/network/iptables.js';
import { containerdPaths } from './containerd.js';
import { EXEC_ROOT_PARENTS, dockerdPathsIn } from './paths.js';

/** What the dockerd engine records beyond every engine's fields. */
export interface DockerdState extends InstanceState {
  /** Root came through sudo: teardown uses it too. */
  viaSudo?: boolean;
  execRoot?: string;
  dataRoot?: string;
  pidFile?: string;
  logFile?: string;
  /** dockerd's own unix socket, used to stop containers quickly at teardown. */
  socket?: string;
  bridge?: string;
  /** The /20 our bridge and every network of our dockerd take their subnets from. */
  addressBlock?: string;
  /** Set before our firewall chains are installed, so that a start stopped half-way still removes them. */
  firewall?: boolean;
  /** The iptables our chains went into, once they are in. */
  firewallBackend?: IptablesBackend;
  /** Set before net.ipv4.ip_forward is held for us: teardown releases the hold. */
  ipForwardHeld?: boolean;
  /** pid of the process we spawned (dockerd, or sudo in front of it). */
  spawnedPid?: number;
  /** dockerd's own pid, from its pidfile. */
  pid?: number;
  /** pid of our own containerd (or of sudo in front of it). */
  containerdPid?: number;
  containerdLogFile?: string;
  /** /etc/docker/key.json as our dockerd (20.10) wrote it, when there was none before. */
  trustKey?: { dev: number; ino: number };
  /** /etc/docker was made by our dockerd too. */
  trustKeyDirMade?: boolean;
}

/**
 * The dockerd engine's fields of a saved state, each where launch.ts puts it: files in the work
 * directory, the exec-root `/run/dtls-<id>` or `/tmp/dtls-<id>`, the bridge named after the
 * instance, pids that are positive integers. Run after the fields every engine shares were checked.
 */
export function problemsOfDockerdState(state: DockerdState): string[] {
  const problems: string[] = [];
  const marker = markerOf(state.id);
  const execRoots = EXEC_ROOT_PARENTS.map((parent) => join(parent, marker));
  if (state.execRoot !== undefined && !execRoots.includes(state.execRoot)) {
    problems.push(`its exec-root ${JSON.stringify(state.execRoot)} is not one of ${execRoots.join(', ')}`);
  }
  const expected = expectedFiles(state, state.execRoot ?? execRoots[0]);
  for (const [field, path] of Object.entries(expected)) {
    const value = state[field as keyof typeof expected];
    if (value !== undefined && value !== path) problems.push(`its ${field} ${JSON.stringify(value)} is not ${path}`);
  }
  if (state.bridge !== undefined && state.bridge !== marker) {
    problems.push(`its bridge ${JSON.stringify(state.bridge)} is not ${marker}`);
  }
  for (const field of ['pid', 'spawnedPid', 'containerdPid'] as const) {
    const pid = state[field];
    if (pid !== undefined && !(Number.isInteger(pid) && pid > 1))
      problems.push(`its ${field} ${JSON.stringify(pid)} is not a pid`);
  }
  if (state.viaSudo !== undefined && typeof state.viaSudo !== 'boolean')
    problems.push('its viaSudo is not true or false');
  return problems;
}

function expectedFiles(state: DockerdState, execRoot: string) {
  const paths = dockerdPathsIn(state.workDir, execRoot);
  return {
    dataRoot: paths.dataRoot,
    pidFile: paths.pidFile,
    logFile: paths.logFile,
    socket: paths.socket,
    containerdLogFile: containerdPaths(state.workDir, execRoot).logFile,
  };
}
