import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { mountsUnder, unmount } from './mounts.js';
import { killRunningContainers } from './unix-api.js';
import { deleteBridge } from './network.js';
import { AS_ROOT, VIA_SUDO, runAsRoot } from './privilege.js';
import {
  type ProcessInfo,
  commandLineOf,
  isAlive,
  listProcesses,
  processesOf,
  readPid,
  signalProcesses,
  waitForExit,
} from './processes.js';
import { type InstanceState, markerOf } from './state.js';
import { claimBridge } from './sweep.js';

export interface TeardownReport {
  daemon: 'stopped' | 'killed' | 'not running' | 'still running';
  processesKilled: number;
  mountsRemoved: number;
  bridgeRemoved: boolean;
  pathsRemoved: string[];
  /** Each problem met; teardown goes on past all of them. */
  warnings: string[];
}

export interface TeardownOptions {
  /** How long dockerd gets after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
  /** Runs once every process is stopped and before files are removed: the time to read the log. */
  beforeRemoval?: () => Promise<void>;
}

/** Our process's ancestors: a CLI invoked with our paths in its arguments must not kill itself. */
function ancestorsOfSelf(all: ProcessInfo[]): Set<number> {
  const byPid = new Map(all.map((info) => [info.pid, info]));
  const result = new Set<number>([process.pid]);
  let current = byPid.get(process.pid);
  while (current && current.ppid > 0 && !result.has(current.ppid)) {
    result.add(current.ppid);
    current = byPid.get(current.ppid);
  }
  return result;
}

/**
 * Undoes whatever `state` lists, in reverse order of creation: the daemon (SIGTERM, then SIGKILL
 * after a deadline), any process left from it (containerd, shims, containers), mounts, the bridge,
 * directories. Idempotent, and it never throws: a problem becomes a warning and the rest goes on.
 */
export async function teardown(
  state: InstanceState,
  logger: Logger,
  options: TeardownOptions = {},
): Promise<TeardownReport> {
  const privilege = state.viaSudo ? VIA_SUDO : AS_ROOT;
  const marker = markerOf(state.id);
  const report: TeardownReport = {
    daemon: 'not running',
    processesKilled: 0,
    mountsRemoved: 0,
    bridgeRemoved: false,
    pathsRemoved: [],
    warnings: [],
  };
  const step = async (what: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (error) {
      report.warnings.push(`${what}: ${(error as Error).message}`);
    }
  };

  // Ours while we work on it: a sweep for crashed runs' leftovers elsewhere then leaves it alone.
  if (state.bridge) await claimBridge(privilege, state.bridge).catch(() => undefined);

  // The tree as it is before anything is stopped: a child whose parent dies first (a wrapper's child,
  // a container whose shim died) no longer descends from anything of ours when we look again.
  let treeBefore: ProcessInfo[] = [];
  await step('listing processes', async () => {
    treeBefore = processesOf(await listProcesses(), marker);
  });

  await step('stopping dockerd', async () => {
    const candidates = [state.pid, state.pidFile ? await readPid(state.pidFile) : undefined, state.spawnedPid];
    // A pid is ours only while its command line still names our work directory: pids get reused.
    let pid: number | undefined;
    for (const candidate of candidates) {
      if (candidate && (await isAlive(candidate)) && (await commandLineOf(candidate))?.includes(marker)) {
        pid = candidate;
        break;
      }
    }
    if (!pid) return;
    if (state.socket) {
      const killed = await killRunningContainers(state.socket).catch(() => 0);
      if (killed > 0) logger.info(`Killed ${killed} container(s) still running.`);
    }
    await signalProcesses(privilege, [pid], 'TERM');
    if (await waitForExit(pid, options.stopTimeoutMs ?? 20_000)) {
      report.daemon = 'stopped';
      return;
    }
    await signalProcesses(privilege, [pid], 'KILL');
    report.daemon = (await waitForExit(pid, 5000)) ? 'killed' : 'still running';
    report.warnings.push(`dockerd (pid ${pid}) did not stop within the deadline after SIGTERM and was killed.`);
  });

  await step('stopping containerd', async () => {
    const pid = state.containerdPid;
    if (!pid || !(await isAlive(pid)) || !(await commandLineOf(pid))?.includes(marker)) return;
    await signalProcesses(privilege, [pid], 'TERM');
    // What does not stop in time is killed with the other leftovers just below.
    await waitForExit(pid, 5000);
  });

  await step('stopping processes left by dockerd', async () => {
    // After a crash or a SIGKILL, containerd, its shims and the containers live on.
    const all = await listProcesses();
    const self = ancestorsOfSelf(all);
    // Same pid and same command line as before: still that process, not a reused pid.
    const survivors = all.filter((info) =>
      treeBefore.some((before) => before.pid === info.pid && before.cmdline === info.cmdline),
    );
    const leftovers = [
      ...new Map([...processesOf(all, marker), ...survivors].map((info) => [info.pid, info])).values(),
    ].filter((info) => !self.has(info.pid));
    if (leftovers.length === 0) return;
    await signalProcesses(
      privilege,
      leftovers.map((info) => info.pid),
      'KILL',
    );
    await Promise.all(leftovers.map((info) => waitForExit(info.pid, 5000)));
    report.processesKilled = leftovers.length;
    logger.info(
      `Stopped ${leftovers.length} process(es) left behind by dockerd: ${leftovers.map((info) => info.pid).join(', ')}`,
    );
  });

  if (options.beforeRemoval) await step('before removal', options.beforeRemoval);

  const roots = [state.execRoot, state.dataRoot, state.workDir].filter((path): path is string => Boolean(path));
  await step('unmounting', async () => {
    for (const point of await mountsUnder(roots)) {
      await unmount(privilege, point);
      report.mountsRemoved += 1;
    }
  });

  if (state.bridge) {
    await step(`removing bridge ${state.bridge}`, async () => {
      report.bridgeRemoved = await deleteBridge(privilege, state.bridge!);
    });
  }

  const removals: string[] = [];
  if (state.certDir && state.certDirWasGiven)
    removals.push(join(state.certDir, 'server'), join(state.certDir, 'client'));
  else if (state.certDir) removals.push(state.certDir);
  if (state.execRoot) removals.push(state.execRoot);
  removals.push(state.workDir);
  for (const path of removals) {
    await step(`removing ${path}`, async () => {
      if (!(await exists(path))) return;
      // dockerd made parts of these as root; without root ourselves, remove them with sudo.
      if (privilege.viaSudo) await runAsRoot(privilege, 'rm', ['-rf', '--one-file-system', path]);
      else await fs.rm(path, { recursive: true, force: true });
      report.pathsRemoved.push(path);
    });
  }
  if (state.certDir && state.certDirWasGiven && !state.certDirExisted) {
    await fs.rmdir(state.certDir).catch(() => undefined); // only if it is empty: nothing else was put there
  }
  return report;
}

async function exists(path: string): Promise<boolean> {
  return fs
    .lstat(path)
    .then(() => true)
    .catch(() => false);
}
