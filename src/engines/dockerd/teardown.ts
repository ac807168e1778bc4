import * as io from '@actions/io';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { markerOf } from '../../core/naming.js';
import type { StopOptions, StopReport } from '../engine.js';
import type { Logger } from '../../core/logger.js';
import { claimBridge, deleteBridge } from '../../host/network/bridge.js';
import { removeShimSockets, removeTrustKey } from './leftover-files.js';
import { mountsUnder, unmountPoint } from '../../host/mounts.js';
import { removeCgroupsOf } from '../../host/cgroups.js';
import { closeFirewall, removeUserBridges } from './networking.js';
import { AS_ROOT, VIA_SUDO, removeAsRoot, runAsRoot } from '../../host/privilege.js';
import type { DockerdState } from './state.js';
import {
  type DaemonNetwork,
  askDaemonNetworks,
  bridgesMadeAfter,
  outsideOurRules,
  outsideOurRulesWarning,
} from './network-bridges.js';
import { networkWatchReport } from './network-watch-process.js';
import {
  type DaemonOutcome,
  type ProcessTeardown,
  killLeftovers,
  listTreeBefore,
  stopContainerd,
  stopDockerd,
  stopNetworkWatch,
} from './teardown-processes.js';

export interface DockerdTeardownReport extends StopReport {
  daemon: DaemonOutcome;
  processesKilled: number;
  mountsRemoved: number;
  bridgeRemoved: boolean;
  pathsRemoved: string[];
}

/** One teardown under way: what it works on and what it has done so far. */
interface Teardown extends ProcessTeardown {
  marker: string;
  report: DockerdTeardownReport;
  /** The bridge networks dockerd named before it stopped; undefined when it did not answer. */
  networks?: DaemonNetwork[];
}

type Step = [what: string, body: (teardown: Teardown) => Promise<void>];

/**
 * Undoes whatever `state` lists, in reverse order of creation: the daemon (SIGTERM, then SIGKILL
 * after a deadline), any process left from it (containerd, shims, containers), mounts, the firewall,
 * the bridges, and what dockerd made as root (its data-root and exec-root). The work directory
 * around them is the lifecycle's to remove. Idempotent, and it never throws: a problem becomes a
 * warning and the rest goes on.
 */
export async function stopDockerdInstance(
  state: DockerdState,
  logger: Logger,
  options: StopOptions = {},
): Promise<DockerdTeardownReport> {
  const teardown: Teardown = {
    state,
    logger,
    options,
    privilege: state.viaSudo ? VIA_SUDO : AS_ROOT,
    marker: markerOf(state.id),
    identity: {
      marker: markerOf(state.id),
      workDir: state.workDir,
      execRoots: state.execRoot ? [state.execRoot] : [],
    },
    report: {
      summary: '',
      warnings: [],
      daemonDied: false,
      nothingFound: false,
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
  for (const [what, body] of stepsFor(state)) {
    try {
      await body(teardown);
    } catch (error) {
      teardown.report.warnings.push(`${what}: ${(error as Error).message}`);
    }
  }
  return finish(teardown);
}

function stepsFor(state: DockerdState): Step[] {
  return [
    ['listing processes', listTreeBefore],
    ...(state.addressBlock ? [['asking dockerd for its networks', listNetworks] as Step] : []),
    ['stopping the network watch', stopNetworkWatch],
    ['stopping dockerd', stopDockerd],
    ['stopping containerd', stopContainerd],
    ['stopping processes left by dockerd', killLeftovers],
    ['removing sockets of our containerd shims', removeOurShimSockets],
    ...(state.trustKey ? [['removing the trust key dockerd wrote', removeOurTrustKey] as Step] : []),
    ['unmounting', unmount],
    ['removing the cgroups of our containers', removeOurCgroups],
    // Before the bridge: while it exists, the crash sweep counts the chains and the hold as in use.
    ['removing firewall chains and the ip_forward hold', ({ privilege }) => closeFirewall(privilege, state)],
    ...(state.addressBlock ? [['removing the bridges of our networks', removeNetworkBridges] as Step] : []),
    ...(state.bridge ? [[`removing bridge ${state.bridge}`, removeBridge] as Step] : []),
    ...pathsToRemove(state).map((path): Step => [`removing ${path}`, (teardown) => removePath(teardown, path)]),
  ];
}

/**
 * A shim killed (here or in a crash before) leaves its socket in /run/containerd/s. Ours are named
 * by our shims' arguments, and by the containers in our data-root (when this user can list it).
 */
async function removeOurShimSockets({ state, privilege, identity, report, treeBefore }: Teardown): Promise<void> {
  const ids = state.dataRoot ? await fs.readdir(join(state.dataRoot, 'containers')).catch(() => []) : [];
  const address = identity.execRoots.map((root) => join(root, 'containerd', 'containerd.sock'))[0];
  const fromContainers = address
    ? ids.flatMap((id) =>
        [identity.marker, `${identity.marker}-plugins`].map((namespace) => [
          ...['-namespace', namespace, '-id', id, '-address', address],
        ]),
      )
    : [];
  const shims = [...treeBefore.map((info) => info.argv), ...fromContainers];
  report.pathsRemoved.push(...(await removeShimSockets(privilege, shims)));
}

async function removeOurTrustKey({ state, privilege, report }: Teardown): Promise<void> {
  report.pathsRemoved.push(...(await removeTrustKey(privilege, state)));
}

async function unmount({ state, privilege, report }: Teardown): Promise<void> {
  const roots = [state.execRoot, state.dataRoot, state.workDir].filter((path): path is string => Boolean(path));
  for (const point of await mountsUnder(roots)) {
    await unmountPoint(privilege, point);
    report.mountsRemoved += 1;
  }
}

/** The cgroup parent of our own, empty once the processes are gone (host/cgroups.ts). */
async function removeOurCgroups({ privilege, marker, logger }: Teardown): Promise<void> {
  const removed = await removeCgroupsOf(privilege, marker);
  if (removed.length > 0) logger.debug(`Removed the cgroups of this daemon's containers: ${removed.join(', ')}`);
}

/**
 * The networks our dockerd made, while it still answers: their bridges are removed after it stops,
 * whatever their subnet or name; those outside our rules that the network watch did not open are
 * named, with what the watch logged.
 */
async function listNetworks(teardown: Teardown): Promise<void> {
  const { state, logger } = teardown;
  teardown.networks = await askDaemonNetworks(state);
  const watch = await networkWatchReport(state.workDir);
  const outside = outsideOurRules(teardown.networks ?? [], state.addressBlock!, state.bridge).filter(
    (network) => !watch.opened.includes(network.bridge),
  );
  if (outside.length > 0) logger.warning(outsideOurRulesWarning(outside, state.addressBlock!, watch.problems));
}

/**
 * What dockerd keeps after it stops: the bridges of the networks it created, with their routes. The
 * br-* bridges in our block, and every bridge dockerd named before it stopped that was made after
 * our own (one of a subnet outside the block, or with a name of its own).
 */
async function removeNetworkBridges({ state, privilege, logger, networks }: Teardown): Promise<void> {
  const removed = await removeUserBridges(privilege, state.addressBlock!, state.bridge);
  const named = (networks ?? []).map((network) => network.bridge).filter((bridge) => !removed.includes(bridge));
  for (const bridge of state.bridge ? await bridgesMadeAfter(named, state.bridge) : []) {
    await runAsRoot(privilege, 'ip', ['link', 'delete', 'dev', bridge]);
    removed.push(bridge);
  }
  if (removed.length > 0) logger.debug(`Removed the bridges of this daemon's networks: ${removed.join(', ')}`);
}

async function removeBridge({ state, privilege, report }: Teardown): Promise<void> {
  report.bridgeRemoved = await deleteBridge(privilege, state.bridge!);
}

/** What dockerd and containerd made as root: the data-root (in the work directory) and the exec-root. */
function pathsToRemove(state: DockerdState): string[] {
  return [state.dataRoot, state.execRoot].filter((path): path is string => path !== undefined);
}

async function removePath({ privilege, report }: Teardown, path: string): Promise<void> {
  if (!(await fs.lstat(path).catch(() => undefined))) return;
  // dockerd made parts of these as root; without root ourselves, remove them with sudo.
  if (privilege.viaSudo) await removeAsRoot(privilege, path);
  else await io.rmRF(path);
  report.pathsRemoved.push(path);
}

function finish({ state, report }: Teardown): DockerdTeardownReport {
  const started = state.spawnedPid !== undefined || state.pid !== undefined;
  report.daemonDied = started && report.daemon === 'not running';
  report.summary = `dockerd ${report.daemon}; ${report.processesKilled} leftover process(es) stopped; ${report.mountsRemoved} mount(s) and ${report.bridgeRemoved ? 'the' : 'no'} bridge removed; ${report.pathsRemoved.length} path(s) removed`;
  report.nothingFound =
    report.daemon === 'not running' &&
    report.processesKilled === 0 &&
    report.mountsRemoved === 0 &&
    !report.bridgeRemoved &&
    report.pathsRemoved.length === 0;
  if (report.daemon === 'not running' && state.pid && !report.nothingFound) {
    report.stoppedEarly = `dockerd (pid ${state.pid})`;
  }
  return report;
}
