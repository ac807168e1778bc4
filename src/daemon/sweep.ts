import { promises as fs } from 'node:fs';
import type { Logger } from '../logger.js';
import { mountsNamed, unmount } from './mounts.js';
import { type Privilege, runAsRoot } from './privilege.js';
import { isAlive, listProcesses, processesOf, signalProcesses, statFields, waitForExit } from './processes.js';
import { markerOf } from './state.js';

/**
 * Leftovers of earlier runs that ended without their post step (a self-hosted runner killed mid-job,
 * a machine that lost power): containerd, shims and containers of a dead dockerd, their mounts, the
 * bridge and the exec-root in /run. Each bridge carries an owner label (the process that made it or
 * is tearing it down); an instance is swept only when it provably belongs to no live process:
 *  - its bridge has our label, written in this pid namespace, naming a process that is gone, and
 *  - no live process runs dockerd (or sudo or a wrapper in front of it) with its daemon.json.
 * A bridge without our label (made by hand, by an older version, or in the instant between its
 * creation and its labelling) is left alone. The work directory under the dead run's RUNNER_TEMP is
 * left to the runner, which empties RUNNER_TEMP for each job.
 */

const LABEL = /^docker-tls-action owner pid=(\d+) start=(\d+) pidns=(\S+)$/;
const BRIDGE = /^dtls-([0-9a-f]{8})$/;

/** Start time of a process in clock ticks since boot: with the pid, it names one process for good. */
async function startTimeOf(pid: number): Promise<string | undefined> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat === undefined ? undefined : statFields(stat)[19];
}

async function pidNamespace(): Promise<string> {
  return fs.readlink('/proc/self/ns/pid').catch(() => 'unknown');
}

/** The label naming this process as the owner of a bridge. */
export async function ownerLabel(): Promise<string> {
  return `docker-tls-action owner pid=${process.pid} start=${await startTimeOf(process.pid)} pidns=${await pidNamespace()}`;
}

/** Marks the bridge as this process's: a sweep elsewhere then leaves it alone while we work on it. */
export async function claimBridge(privilege: Privilege, name: string): Promise<void> {
  await runAsRoot(privilege, 'ip', ['link', 'set', 'dev', name, 'alias', await ownerLabel()]);
}

/** Why the instance behind `bridge` may not be swept; undefined when it provably belongs to nobody. */
async function reasonToKeep(bridge: string, id: string, cmdlines: string[]): Promise<string | undefined> {
  const alias = (await fs.readFile(`/sys/class/net/${bridge}/ifalias`, 'utf8').catch(() => '')).trim();
  const label = LABEL.exec(alias);
  if (!label) return 'it carries no owner label of ours';
  const [, pid, start, pidns] = label;
  if (pidns !== (await pidNamespace())) return 'its owner ran in another pid namespace';
  if ((await isAlive(Number(pid))) && (await startTimeOf(Number(pid))) === start) return `its owner (pid ${pid}) runs`;
  if (cmdlines.some((cmdline) => cmdline.includes(`${markerOf(id)}/daemon.json`))) return 'its dockerd runs';
  return undefined;
}

/**
 * Removes what crashed runs left and logs each instance it removed. Never throws: a problem is logged
 * and the new run goes on, as leftovers never stop it (they have other names, ports and subnets).
 */
export async function sweepStaleInstances(privilege: Privilege, logger: Logger): Promise<string[]> {
  const swept: string[] = [];
  try {
    const bridges = (await fs.readdir('/sys/class/net').catch(() => [] as string[])).filter((name) =>
      BRIDGE.test(name),
    );
    if (bridges.length === 0) return swept;
    const all = await listProcesses();
    const cmdlines = all.map((info) => info.cmdline);
    for (const bridge of bridges) {
      const id = BRIDGE.exec(bridge)![1];
      const keep = await reasonToKeep(bridge, id, cmdlines);
      if (keep) {
        logger.debug(`Left ${bridge} alone: ${keep}.`);
        continue;
      }
      const done = await sweepInstance(privilege, id);
      swept.push(markerOf(id));
      logger.info(`Removed leftovers of an earlier run (${markerOf(id)}), whose dockerd and owner are gone: ${done}.`);
    }
  } catch (error) {
    logger.warning(`Could not check for leftovers of earlier runs: ${(error as Error).message}`);
  }
  return swept;
}

/** Whether the promise resolves: each removal is best effort, and a concurrent sweep may win. */
function succeeds(promise: Promise<unknown>): Promise<boolean> {
  return promise.then(
    () => true,
    () => false,
  );
}

async function sweepInstance(privilege: Privilege, id: string): Promise<string> {
  const marker = markerOf(id);
  const done: string[] = [];
  // Claimed first, so that a sweep running at the same time elsewhere leaves it to us.
  await claimBridge(privilege, marker).catch(() => undefined);
  const processes = processesOf(await listProcesses(), marker);
  if (processes.length > 0) {
    await signalProcesses(
      privilege,
      processes.map((info) => info.pid),
      'KILL',
    );
    await Promise.all(processes.map((info) => waitForExit(info.pid, 5000)));
    const names = processes.map((info) => info.cmdline.split(' ')[0]).join(', ');
    done.push(`${processes.length} process(es) stopped (${names})`);
  }
  // Its mounts, wherever its data-root was: every path with a component named after it.
  let unmounted = 0;
  for (const point of await mountsNamed(marker)) {
    if (await succeeds(unmount(privilege, point))) unmounted += 1;
  }
  if (unmounted > 0) done.push(`${unmounted} mount(s) removed`);
  if (await succeeds(runAsRoot(privilege, 'ip', ['link', 'delete', 'dev', marker])))
    done.push(`bridge ${marker} removed`);
  const execRoot = `/run/${marker}`;
  if (
    (await succeeds(fs.lstat(execRoot))) &&
    (await succeeds(runAsRoot(privilege, 'rm', ['-rf', '--one-file-system', execRoot])))
  ) {
    done.push(`${execRoot} removed`);
  }
  return done.join(', ') || 'nothing left to remove';
}
