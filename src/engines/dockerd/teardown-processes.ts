import type { StopOptions } from '../engine.js';
import type { Logger } from '../../core/logger.js';
import type { Privilege } from '../../host/privilege.js';
import {
  type ProcessInfo,
  argumentsOf,
  isAlive,
  killProcesses,
  listProcesses,
  readPid,
  signalProcesses,
  waitForExit,
} from '../../host/processes.js';
import {
  type InstanceIdentity,
  ancestorsOf,
  isInstanceProcess,
  isNetworkWatch,
  processesOfInstance,
} from './process-selection.js';
import type { DockerdState } from './state.js';
import { EngineClient } from '../../host/engine-api/client.js';
import { parseEngineEndpoint } from '../../core/options/engine-endpoint.js';

// The steps of a dockerd teardown that stop processes: the daemon, its containerd, and whatever
// they leave running. teardown.ts runs them first, then removes what they no longer hold.

export type DaemonOutcome = 'stopped' | 'killed' | 'not running' | 'still running';

/** What these steps say of the processes they stopped; part of the teardown's report. */
export interface ProcessStopReport {
  daemon: DaemonOutcome;
  processesKilled: number;
  warnings: string[];
}

/** The part of a teardown under way that stopping processes works on. */
export interface ProcessTeardown {
  state: DockerdState;
  logger: Logger;
  options: StopOptions;
  privilege: Privilege;
  /** What selects the instance's processes by their exact arguments. */
  identity: InstanceIdentity;
  report: ProcessStopReport;
  /** The process tree before anything was stopped. */
  treeBefore: ProcessInfo[];
}

/**
 * The tree as it is before anything is stopped: a child whose parent dies first (a wrapper's child,
 * a container whose shim died) no longer descends from anything of ours when we look again.
 */
export async function listTreeBefore(teardown: ProcessTeardown): Promise<void> {
  teardown.treeBefore = processesOfInstance(await listProcesses(), teardown.identity);
}

/** A pid is ours only while its arguments are still our instance's: pids get reused. */
async function isOurs(pid: number | undefined, identity: InstanceIdentity): Promise<boolean> {
  if (pid === undefined || !(await isAlive(pid))) return false;
  const argv = await argumentsOf(pid);
  return argv !== undefined && isInstanceProcess(argv, identity);
}

export async function stopDockerd({
  state,
  privilege,
  identity,
  report,
  logger,
  options,
}: ProcessTeardown): Promise<void> {
  const candidates = [state.pid, state.pidFile ? await readPid(state.pidFile) : undefined, state.spawnedPid];
  let pid: number | undefined;
  for (const candidate of candidates) {
    if (await isOurs(candidate, identity)) {
      pid = candidate;
      break;
    }
  }
  if (!pid) return;
  const stopped = await stopDaemonProcess({ name: 'dockerd', pid, socket: state.socket }, privilege, logger, options);
  report.daemon = stopped.outcome;
  if (stopped.warning) report.warnings.push(stopped.warning);
}

/**
 * A daemon's stop, for mode dockerd and rootless alike: its running containers killed through its
 * socket, then SIGTERM, then SIGKILL after the deadline; how it ended, and a warning if it was killed.
 */
export async function stopDaemonProcess(
  daemon: { name: string; pid: number; socket?: string },
  privilege: Privilege,
  logger: Logger,
  options: StopOptions,
): Promise<{ outcome: DaemonOutcome; warning?: string }> {
  const { name, pid, socket } = daemon;
  if (socket) {
    const killed = await killRunningContainers(socket).catch(() => 0);
    if (killed > 0) logger.info(`Killed ${killed} container(s) still running.`);
  }
  await signalProcesses(privilege, [pid], 'TERM');
  if (await waitForExit(pid, options.stopTimeoutMs ?? 20_000)) return { outcome: 'stopped' };
  await signalProcesses(privilege, [pid], 'KILL');
  return {
    outcome: (await waitForExit(pid, 5000)) ? 'killed' : 'still running',
    warning: `${name} (pid ${pid}) did not stop within the deadline after SIGTERM and was killed.`,
  };
}

export async function stopContainerd({ state, privilege, identity }: ProcessTeardown): Promise<void> {
  const pid = state.containerdPid;
  if (!pid || !(await isOurs(pid, identity))) return;
  await signalProcesses(privilege, [pid], 'TERM');
  // What does not stop in time is killed with the other leftovers just after.
  await waitForExit(pid, 5000);
}

/**
 * The network watch has nothing left to do once teardown begins: stopped before dockerd, so that it
 * is gone long before the leftovers are counted.
 */
export async function stopNetworkWatch({ privilege, identity, treeBefore }: ProcessTeardown): Promise<void> {
  const watches = treeBefore.filter((info) => isNetworkWatch(info.argv, identity)).map((info) => info.pid);
  await signalProcesses(privilege, watches, 'TERM');
}

/** After a crash or a SIGKILL, containerd, its shims and the containers live on. */
export async function killLeftovers({
  privilege,
  identity,
  report,
  logger,
  treeBefore,
}: ProcessTeardown): Promise<void> {
  const all = await listProcesses();
  const self = ancestorsOf(all);
  // Same pid and same command line as before: still that process, not a reused pid.
  const survivors = all.filter((info) =>
    treeBefore.some((before) => before.pid === info.pid && before.cmdline === info.cmdline),
  );
  const leftovers = [
    ...new Map([...processesOfInstance(all, identity), ...survivors].map((info) => [info.pid, info])).values(),
  ].filter((info) => !self.has(info.pid));
  if (leftovers.length === 0) return;
  await killProcesses(privilege, leftovers);
  report.processesKilled = leftovers.length;
  logger.info(
    `Stopped ${leftovers.length} process(es) left behind by dockerd: ${leftovers.map((info) => info.pid).join(', ')}`,
  );
}

/**
 * Kills the containers still running, so that stopping the daemon does not wait out each one's
 * stop timeout (10 s by default): nothing in a finished job needs a polite shutdown.
 */
async function killRunningContainers(socket: string): Promise<number> {
  const client = new EngineClient(parseEngineEndpoint(`unix://${socket}`), 5000);
  const running = await client.runningContainers();
  await Promise.all(running.map((id) => client.killContainer(id)));
  return running.length;
}
