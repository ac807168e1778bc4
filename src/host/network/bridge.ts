import { promises as fs } from 'node:fs';
import { type Privilege, runAsRoot } from '../privilege.js';
import { pidNamespace, startTimeOf } from '../processes.js';
import { idOfMarker } from '../../core/naming.js';
import { HOST_NETWORK_QUERIES, type HostNetwork, parseHostNetworks } from './ipv4.js';

// Our daemon gets a bridge of its own, so that the runner's docker0 (and the daemon behind it) is
// never touched. Its name is the instance's marker; its subnet comes from our address pools
// (pools.ts); an alias names the process that owns it, so that the crash sweep can tell a bridge in
// use from a leftover. Creation, ownership, listing and deletion of our bridges are here.

/** The bridge an instance gets: its name and its address. */
export interface BridgePlan {
  name: string;
  /** Gateway address with prefix, as `ip addr add` takes it, e.g. 10.213.7.1/24. */
  gatewayCidr: string;
  subnet: string;
}

const OWNER_LABEL = /^docker-tls-action owner pid=(\d+) start=(\d+) pidns=(\S+)$/;

export interface BridgeOwner {
  pid: number;
  /** Start time of the process in clock ticks since boot: with the pid, it names one process for good. */
  start: string;
  pidNamespace: string;
}

export function formatOwnerLabel(owner: BridgeOwner): string {
  return `docker-tls-action owner pid=${owner.pid} start=${owner.start} pidns=${owner.pidNamespace}`;
}

export function parseOwnerLabel(alias: string): BridgeOwner | undefined {
  const match = OWNER_LABEL.exec(alias.trim());
  return match ? { pid: Number(match[1]), start: match[2], pidNamespace: match[3] } : undefined;
}

/** The label naming this process as the owner of a bridge. */
async function ownerLabel(): Promise<string> {
  return formatOwnerLabel({
    pid: process.pid,
    start: (await startTimeOf(process.pid)) ?? '',
    pidNamespace: await pidNamespace(),
  });
}

/** The owner a bridge's alias names, if it carries our label. */
export async function ownerOf(bridge: string): Promise<BridgeOwner | undefined> {
  return parseOwnerLabel(await fs.readFile(`/sys/class/net/${bridge}/ifalias`, 'utf8').catch(() => ''));
}

/** Marks the bridge as this process's: a sweep elsewhere then leaves it alone while we work on it. */
export async function claimBridge(privilege: Privilege, name: string): Promise<void> {
  await runAsRoot(privilege, 'ip', ['link', 'set', 'dev', name, 'alias', await ownerLabel()]);
}

/**
 * Creates the bridge and reads the host's networks as they are with it, in one `ip -batch`
 * instead of six processes: each spawn costs milliseconds on the way to ready. A rival that took
 * the same block meanwhile shows in what it returns.
 */
export async function createBridge(privilege: Privilege, plan: BridgePlan): Promise<HostNetwork[]> {
  const commands = [
    `link add name ${plan.name} type bridge`,
    // Names this process as its owner, so that a sweep for crashed runs' leftovers never takes it.
    `link set dev ${plan.name} alias "${await ownerLabel()}"`,
    `addr add ${plan.gatewayCidr} dev ${plan.name}`,
    `link set ${plan.name} up`,
    // Only reached when every command above succeeded: the batch stops at the first failure.
    ...HOST_NETWORK_QUERIES,
  ];
  const { stdout } = await runAsRoot(privilege, 'ip', ['-4', '-o', '-batch', '-'], 30_000, commands.join('\n') + '\n');
  return parseHostNetworks(stdout);
}

/** The ids of the instances whose bridges exist on this machine. */
export async function instancesWithBridges(): Promise<string[]> {
  const links = await fs.readdir('/sys/class/net').catch(() => [] as string[]);
  return links.map(idOfMarker).filter((id): id is string => id !== undefined);
}

export async function bridgeExists(privilege: Privilege, name: string): Promise<boolean> {
  try {
    await runAsRoot(privilege, 'ip', ['link', 'show', 'dev', name]);
    return true;
  } catch {
    return false;
  }
}

/** Deletes the bridge; true when it was there, false when it was already gone. */
export async function deleteBridge(privilege: Privilege, name: string): Promise<boolean> {
  if (!(await bridgeExists(privilege, name))) return false;
  await runAsRoot(privilege, 'ip', ['link', 'delete', 'dev', name]);
  return true;
}
