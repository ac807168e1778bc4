import { promises as fs } from 'node:fs';
import { DockerTlsError } from '../errors.js';
import { type Privilege, runAsRoot } from '../daemon/privilege.js';
import { pidNamespace, startTimeOf } from '../daemon/processes.js';
import { idOfMarker, markerOf } from '../instance-name.js';

// Our daemon gets a bridge of its own, so that the runner's docker0 (and the daemon behind it) is
// never touched. Its name is the instance's marker; its subnet collides with no route or address the
// host already has; an alias names the process that owns it, so that the crash sweep can tell a
// bridge in use from a leftover. Everything about our bridges is here: naming, planning, creation,
// ownership and deletion.

/** The bridge an instance gets: its name and its address. */
export interface BridgePlan {
  name: string;
  /** Gateway address with prefix, as `ip addr add` takes it, e.g. 10.213.7.1/24. */
  gatewayCidr: string;
  subnet: string;
}

/** An IPv4 network: its base address as a number, and the prefix length. */
interface Ipv4Net {
  base: number;
  bits: number;
}

function toInt(address: string): number {
  return address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function parseNet(cidr: string): Ipv4Net | undefined {
  const match = /^(\d+\.\d+\.\d+\.\d+)(?:\/(\d+))?$/.exec(cidr);
  if (!match) return undefined;
  const bits = match[2] === undefined ? 32 : Number(match[2]);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (toInt(match[1]) & mask) >>> 0, bits };
}

function overlaps(a: Ipv4Net, b: Ipv4Net): boolean {
  const bits = Math.min(a.bits, b.bits);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (a.base & mask) >>> 0 === (b.base & mask) >>> 0;
}

/** `ip route` lines may start with a route type before the destination. */
const ROUTE_TYPES = new Set([
  'local',
  'broadcast',
  'unicast',
  'multicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'anycast',
]);

/**
 * Every IPv4 network in the output of `ip -4 -o -batch` with `route show table all` and `addr show`:
 * route lines start with their destination, address lines (one per line with -o) with "N: ifname"
 * and hold "inet a.b.c.d/n".
 */
export function hostNetworksIn(ipOutput: string): Ipv4Net[] {
  const nets: Ipv4Net[] = [];
  for (const line of ipOutput.split('\n')) {
    const words = line.trim().split(/\s+/);
    const destination = ROUTE_TYPES.has(words[0]) ? words[1] : words[0];
    const net = destination && destination !== 'default' ? parseNet(destination) : undefined;
    if (net && net.bits > 0) nets.push(net);
  }
  for (const match of ipOutput.matchAll(/inet (\d+\.\d+\.\d+\.\d+\/\d+)/g)) {
    const net = parseNet(match[1]);
    if (net) nets.push(net);
  }
  return nets;
}

/** Every IPv4 network the host knows: its routes (all tables) and its interface addresses. */
async function hostNetworks(privilege: Privilege): Promise<Ipv4Net[]> {
  // One process for both lists.
  const input = 'route show table all\naddr show\n';
  const { stdout } = await runAsRoot(privilege, 'ip', ['-4', '-o', '-batch', '-'], 30_000, input);
  return hostNetworksIn(stdout);
}

/**
 * A free /24 from 10.213.0.0/16 (a range Docker's default pools do not use), starting at a point
 * derived from the instance id so that two instances on one runner rarely even try the same one.
 * Undefined when every /24 there is taken.
 */
export function chooseSubnet(instanceId: string, taken: Ipv4Net[]): Omit<BridgePlan, 'name'> | undefined {
  const start = parseInt(instanceId.slice(0, 4), 16) % 256;
  for (let step = 0; step < 256; step += 1) {
    const third = (start + step) % 256;
    const candidate = { base: toInt(`10.213.${third}.0`), bits: 24 };
    if (!taken.some((net) => overlaps(net, candidate))) {
      return { gatewayCidr: `10.213.${third}.1/24`, subnet: `10.213.${third}.0/24` };
    }
  }
  return undefined;
}

export async function planBridge(
  privilege: Privilege,
  instanceId: string,
  daemonConfigOption: string,
): Promise<BridgePlan> {
  const subnet = chooseSubnet(instanceId, await hostNetworks(privilege));
  if (subnet) return { name: markerOf(instanceId), ...subnet };
  throw new DockerTlsError(
    'No free /24 subnet is left in 10.213.0.0/16 for the daemon bridge.',
    `Remove stale bridges (ip link show type bridge) or set "bip" in ${daemonConfigOption}.`,
  );
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

/** One `ip -batch` instead of four processes: each spawn costs milliseconds on the way to ready. */
export async function createBridge(privilege: Privilege, plan: BridgePlan): Promise<void> {
  const commands = [
    `link add name ${plan.name} type bridge`,
    // Names this process as its owner, so that a sweep for crashed runs' leftovers never takes it.
    `link set dev ${plan.name} alias "${await ownerLabel()}"`,
    `addr add ${plan.gatewayCidr} dev ${plan.name}`,
    `link set ${plan.name} up`,
  ];
  await runAsRoot(privilege, 'ip', ['-batch', '-'], 30_000, commands.join('\n') + '\n');
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
