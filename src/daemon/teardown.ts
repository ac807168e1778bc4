import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { markerOf } from '../instance-name.js';
import type { TeardownOptions, TeardownReport } from '../lifecycle/engine.js';
import type { Logger } from '../logger.js';
import { claimBridge, deleteBridge } from '../network/bridge.js';
import { mountsUnder, unmountPoint } from './mounts.js';
import { closeFirewall, removeUserBridges } from './networking.js';
import { AS_ROOT, type Privilege, VIA_SUDO, removeAsRoot } from './privilege.js';
import {
  type ProcessInfo,
  ancestorsOf,
  commandLineOf,
  isAlive,
  killProcesses,
  listProcesses,
  processesOf,
  readPid,
  signalProcesses,
  waitForExit,
} from './processes.js';
import type { DockerdState } from './state.js';
import { killRunningContainers } from './unix-api.js';

export interface DockerdTeardownReport extends TeardownReport {
  daemon: 'stopped' | 'killed' | 'not running' | 'still running';
  processesKilled: number;
  mountsRemoved: number;
  bridgeRemoved: boolean;
  pathsRemoved: string[];
}

/** One teardown under way: what it works on and what it has done so far. */
interface Teardown {
  state: DockerdState;
  logger: Logger;
  options: TeardownOptions;
  privilege: Privilege;
  marker: string;
  report: DockerdTeardownReport;
  /** The process tree before anything was stopped. */
  treeBefore: ProcessInfo[];
}

type Step = [what: string, body: (teardown: Teardown) => Promise<void>];

/**
 * Undoes whatever `state` lists, in reverse order of creation: the daemon (SIGTERM, then SIGKILL
 * after a deadline), any process left from it (containerd, shims, containers), mounts, the bridge,
 * directories. Idempotent, and it never throws: a problem becomes a warning and the rest goes on.
 */
export async function teardownDockerd(
  state: DockerdState,
  logger: Logger,
  options: TeardownOptions = {},
): Promise<DockerdTeardownReport> {
  const teardown: Teardown = {
    state,
    logger,
    options,
    privilege: state.viaSudo ? VIA_SUDO : AS_ROOT,
    marker: markerOf(state.id),
    report: {
      summary: '',
      warnings: [],
      daemon: 'not running',
      processesKilled: 0,
      mountsRemoved: 0,
      bridgeRemoved: false,
      pathsRemoved: [],
    },
    treeBefore: [],
  };
  // Ours while we work on it: a sweep for crashed runs' leftovers elsewhere then leaves it alone.
  if (state.bridge) await claimBridge(teardown.privilege, state.bridge).catch(() => undefined);
  for (const [what, body] of stepsFor(state, options)) {
    try {
      await body(teardown);
    } catch (error) {
      teardown.report.warnings.push(`${what}: ${(error as Error).message}`);
    }
  }
  return finish(teardown);
}

function stepsFor(state: DockerdState, options: TeardownOptions): Step[] {
  return [
    ['listing processes', listTreeBefore],
    ['stopping dockerd', stopDockerd],
    ['stopping containerd', stopContainerd],
    ['stopping processes left by dockerd', killLeftovers],
    ...(options.beforeRemoval ? [['before removal', () => options.beforeRemoval!()] as Step] : []),
    ['unmounting', unmount],
    // Before the bridge: while it exists, the crash sweep counts the chains and the hold as in use.
    ['removing firewall chains and the ip_forward hold', ({ privilege }) => closeFirewall(privilege, state)],
    ...(state.addressBlock ? [['removing the bridges of our networks', removeNetworkBridges] as Step] : []),
    ...(state.bridge ? [[`removing bridge ${state.bridge}`, removeBridge] as Step] : []),
    ...pathsToRemove(state).map((path): Step => [`removing ${path}`, (teardown) => removePath(teardown, path)]),
    ['removing the cert-dir we made', removeCertDirWeMade],
  ];
}

/**
 * The tree as it is before anything is stopped: a child whose parent dies first (a wrapper's child,
 * a container whose shim died) no longer descends from anything of ours when we look again.
 */
async function listTreeBefore(teardown: Teardown): Promise<void> {
  teardown.treeBefore = processesOf(await listProcesses(), teardown.marker);
}

/** A pid is ours only while its command line still names our instance: pids get reused. */
async function isOurs(pid: number | undefined, marker: string): Promise<boolean> {
  return pid !== undefined && (await isAlive(pid)) && ((await commandLineOf(pid))?.includes(marker) ?? false);
}

async function stopDockerd({ state, privilege, marker, report, logger, options }: Teardown): Promise<void> {
  const candidates = [state.pid, state.pidFile ? await readPid(state.pidFile) : undefined, state.spawnedPid];
  let pid: number | undefined;
  for (const candidate of candidates) {
    if (await isOurs(candidate, marker)) {
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
}

async function stopContainerd({ state, privilege, marker }: Teardown): Promise<void> {
  const pid = state.containerdPid;
  if (!pid || !(await isOurs(pid, marker))) return;
  await signalProcesses(privilege, [pid], 'TERM');
  // What does not stop in time is killed with the other leftovers just after.
  await waitForExit(pid, 5000);
}

/** After a crash or a SIGKILL, containerd, its shims and the containers live on. */
async function killLeftovers({ privilege, marker, report, logger, treeBefore }: Teardown): Promise<void> {
  const all = await listProcesses();
  const self = ancestorsOf(all);
  // Same pid and same command line as before: still that process, not a reused pid.
  const survivors = all.filter((info) =>
    treeBefore.some((before) => before.pid === info.pid && before.cmdline === info.cmdline),
  );
  const leftovers = [
    ...new Map([...processesOf(all, marker), ...survivors].map((info) => [info.pid, info])).values(),
  ].filter((info) => !self.has(info.pid));
  if (leftovers.length === 0) return;
  await killProcesses(privilege, leftovers);
  report.processesKilled = leftovers.length;
  logger.info(
    `Stopped ${leftovers.length} process(es) left behind by dockerd: ${leftovers.map((info) => info.pid).join(', ')}`,
  );
}

async function unmount({ state, privilege, report }: Teardown): Promise<void> {
  const roots = [state.execRoot, state.dataRoot, state.workDir].filter((path): path is string => Boolean(path));
  for (const point of await mountsUnder(roots)) {
    await unmountPoint(privilege, point);
    report.mountsRemoved += 1;
  }
}

/** What dockerd keeps after it stops: the br-* bridges of the networks it created, with their routes. */
async function removeNetworkBridges({ state, privilege, logger }: Teardown): Promise<void> {
  const removed = await removeUserBridges(privilege, state.addressBlock!);
  if (removed.length > 0) logger.debug(`Removed the bridges of this daemon's networks: ${removed.join(', ')}`);
}

async function removeBridge({ state, privilege, report }: Teardown): Promise<void> {
  report.bridgeRemoved = await deleteBridge(privilege, state.bridge!);
}

/** A given cert-dir keeps everything but our server/ and client/; our own goes whole. */
function pathsToRemove(state: DockerdState): string[] {
  const paths: string[] = [];
  if (state.certDir && state.certDirWasGiven) paths.push(join(state.certDir, 'server'), join(state.certDir, 'client'));
  else if (state.certDir) paths.push(state.certDir);
  if (state.execRoot) paths.push(state.execRoot);
  paths.push(state.workDir);
  return paths;
}

async function removePath({ privilege, report }: Teardown, path: string): Promise<void> {
  if (!(await fs.lstat(path).catch(() => undefined))) return;
  // dockerd made parts of these as root; without root ourselves, remove them with sudo.
  if (privilege.viaSudo) await removeAsRoot(privilege, path);
  else await fs.rm(path, { recursive: true, force: true });
  report.pathsRemoved.push(path);
}

/** A cert-dir made for us goes too, if it is empty: nothing else was put there. */
async function removeCertDirWeMade({ state }: Teardown): Promise<void> {
  if (state.certDir && state.certDirWasGiven && !state.certDirExisted) {
    await fs.rmdir(state.certDir).catch(() => undefined);
  }
}

function finish({ state, report }: Teardown): DockerdTeardownReport {
  report.summary = `dockerd ${report.daemon}; ${report.processesKilled} leftover process(es) stopped; ${report.mountsRemoved} mount(s) and ${report.bridgeRemoved ? 'the' : 'no'} bridge removed; ${report.pathsRemoved.length} path(s) removed.`;
  if (report.daemon === 'not running' && state.pid) report.stoppedEarly = `dockerd (pid ${state.pid})`;
  return report;
}
