import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { contextMarker, markerOf } from '../../core/naming.js';
import { removeContextsMarked } from '../../host/docker-context.js';
import { nothingNames } from '../../host/instance-presence.js';
import type { Logger } from '../../core/logger.js';
import { claimBridge, deleteBridge, instancesWithBridges, ownerOf } from '../../host/network/bridge.js';
import { sweepFirewalls } from '../../host/network/firewall.js';
import type { FirewallSurvey } from '../../host/network/iptables.js';
import { sweepIpForward } from '../../host/network/ip-forward.js';
import { readHostNetworks } from '../../host/network/ipv4.js';
import { removeShimSockets } from './leftover-files.js';
import { blockOfBridge, removeUserBridges } from './networking.js';
import { mountsOfInstance, unmountPoint } from '../../host/mounts.js';
import { removeCgroupsOf } from '../../host/cgroups.js';
import { EXEC_ROOT_PARENTS } from './paths.js';
import { type Privilege, removeAsRoot } from '../../host/privilege.js';
import { type InstanceIdentity, isInstanceDaemon, processesOfInstance } from './process-selection.js';
import {
  type ProcessInfo,
  isAlive,
  killProcesses,
  listProcesses,
  pidNamespace,
  startTimeOf,
} from '../../host/processes.js';

// Leftovers of earlier runs that ended without their post step (a self-hosted runner killed mid-job,
// a machine that lost power): containerd, shims and containers of a dead dockerd, their mounts, the
// bridge and the exec-root. Each bridge carries an owner label (the process that made it or is
// tearing it down); an instance is swept only when it provably belongs to no live process:
//  - its bridge has our label, written in this pid namespace, naming a process that is gone, and
//  - no live process runs dockerd (or sudo or a wrapper in front of it) with its daemon.json.
// A bridge without our label (made by hand, by an older version, or in the instant between its
// creation and its labelling) is left alone. The work directory under the dead run's RUNNER_TEMP is
// left to the runner, which empties RUNNER_TEMP for each job.
// Firewall chains (DTLS-<id>-*) and ip_forward holds belong to a dead instance when its bridge is
// gone and no process names it: a live instance makes its bridge before them and removes it after.

/** Why the instance `id` may not be swept; undefined when it provably belongs to nobody. */
async function reasonToKeep(id: string, processes: ProcessInfo[]): Promise<string | undefined> {
  const owner = await ownerOf(markerOf(id));
  if (!owner) return 'it carries no owner label of ours';
  if (owner.pidNamespace !== (await pidNamespace())) return 'its owner ran in another pid namespace';
  if ((await isAlive(owner.pid)) && (await startTimeOf(owner.pid)) === owner.start) {
    return `its owner (pid ${owner.pid}) runs`;
  }
  if (processes.some((info) => isInstanceDaemon(info.argv, identityOf(id)))) return 'its dockerd runs';
  return undefined;
}

/**
 * Removes what crashed runs left and logs each instance it removed. Never throws: a problem is logged
 * and the new run goes on, as leftovers never stop it (they have other names, ports and subnets).
 * Bridges and processes first, awaited: planning needs the subnets they free. The firewall chains and
 * ip_forward holds of dead instances are swept each time the caller calls `firewall` (the start
 * calls it once, before its own chains go in); its promise never rejects, and resolves with the
 * firewall's survey where the sweep changed nothing in it.
 */
export async function sweepStaleInstances(
  privilege: Privilege,
  logger: Logger,
): Promise<{ swept: string[]; firewall: () => Promise<FirewallSurvey | undefined> }> {
  const swept: string[] = [];
  try {
    const ids = await instancesWithBridges();
    // Listed only when a leftover needs it: reading every process's command line is tens of
    // milliseconds of this thread's work, on the way to the daemon's start, and most starts find none.
    let listing: Promise<ProcessInfo[]> | undefined;
    const processes = () => (listing ??= listProcesses());
    for (const id of ids) {
      const keep = await reasonToKeep(id, await processes());
      if (keep) {
        logger.debug(`Left ${markerOf(id)} alone: ${keep}.`);
        continue;
      }
      // Its docker context too, when the crashed run was this user's (contexts live in the user's store).
      const done = [await sweepInstance(privilege, id), ...(await removeContextsMarked(contextMarker(id)))].join(', ');
      swept.push(markerOf(id));
      logger.info(`Removed leftovers of an earlier run (${markerOf(id)}), whose dockerd and owner are gone: ${done}.`);
    }
    const cmdlines = async () => (await processes()).map((info) => info.cmdline);
    const firewall = () =>
      sweepFirewallLeftovers(privilege, logger, swept, cmdlines).catch((error: Error) => {
        logger.warning(`Could not check for firewall leftovers of earlier runs: ${error.message}`);
        return undefined;
      });
    return { swept, firewall };
  } catch (error) {
    logger.warning(`Could not check for leftovers of earlier runs: ${(error as Error).message}`);
  }
  return { swept, firewall: () => Promise.resolve(undefined) };
}

/**
 * Chains and ip_forward holds of instances swept now, or of ones whose bridge and processes are gone;
 * the firewall's survey where no chain was removed.
 */
async function sweepFirewallLeftovers(
  privilege: Privilege,
  logger: Logger,
  swept: string[],
  cmdlines: () => Promise<string[]>,
): Promise<FirewallSurvey | undefined> {
  const bridges = new Set(await instancesWithBridges());
  const isDead = async (id: string) => swept.includes(markerOf(id)) || nothingNames(id, bridges, cmdlines);
  const [chains, holds] = await Promise.all([sweepFirewalls(privilege, isDead), sweepIpForward(privilege, isDead)]);
  for (const id of chains.swept) logger.info(`Removed the firewall chains of an earlier run (${markerOf(id)}).`);
  for (const id of holds) logger.info(`Released the ip_forward hold of an earlier run (${markerOf(id)}).`);
  return chains.survey;
}

/** Whether the promise resolves: each removal is best effort, and a concurrent sweep may win. */
function succeeds(promise: Promise<unknown>): Promise<boolean> {
  return promise.then(
    () => true,
    () => false,
  );
}

/** A crashed instance as the sweep knows it: by its id alone (its work directory was elsewhere). */
function identityOf(id: string): InstanceIdentity {
  const marker = markerOf(id);
  return { marker, execRoots: EXEC_ROOT_PARENTS.map((parent) => join(parent, marker)) };
}

async function sweepInstance(privilege: Privilege, id: string): Promise<string> {
  const marker = markerOf(id);
  const done: string[] = [];
  // Claimed first, so that a sweep running at the same time elsewhere leaves it to us.
  await claimBridge(privilege, marker).catch(() => undefined);
  // Never this process or an ancestor of it, whatever its arguments.
  const processes = processesOfInstance(await listProcesses(), identityOf(id));
  if (processes.length > 0) {
    await killProcesses(privilege, processes);
    const sockets = await removeShimSockets(
      privilege,
      processes.map((info) => info.argv),
    ).catch(() => []);
    if (sockets.length > 0) done.push(`${sockets.length} shim socket(s) removed`);
    const names = processes.map((info) => info.cmdline.split(' ')[0]).join(', ');
    done.push(`${processes.length} process(es) stopped (${names})`);
  }
  // Its mounts: under its exec-root, or under a data-root in a work directory of its name.
  let unmounted = 0;
  for (const point of await mountsOfInstance(marker, EXEC_ROOT_PARENTS)) {
    if (await succeeds(unmountPoint(privilege, point))) unmounted += 1;
  }
  if (unmounted > 0) done.push(`${unmounted} mount(s) removed`);
  const cgroups = await removeCgroupsOf(privilege, marker).catch(() => []);
  if (cgroups.length > 0) done.push(`${cgroups.length} cgroup(s) removed`);
  const block = blockOfBridge(await readHostNetworks(privilege), marker);
  const userBridges = block ? await removeUserBridges(privilege, block).catch(() => []) : [];
  if (userBridges.length > 0) done.push(`network bridge(s) ${userBridges.join(', ')} removed`);
  if (await deleteBridge(privilege, marker).catch(() => false)) done.push(`bridge ${marker} removed`);
  for (const execRoot of EXEC_ROOT_PARENTS.map((parent) => join(parent, marker))) {
    if ((await succeeds(fs.lstat(execRoot))) && (await succeeds(removeAsRoot(privilege, execRoot)))) {
      done.push(`${execRoot} removed`);
    }
  }
  return done.join(', ') || 'nothing left to remove';
}
