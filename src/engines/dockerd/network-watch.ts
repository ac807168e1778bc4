import type { EngineEvent, NetworkInfo } from '../../host/engine-api/types.js';
import {
  type FirewallSpec,
  type IptablesCommand,
  deletionOf,
  networkRules,
} from '../../host/network/firewall-rules.js';
import { type HostNetwork, formatCidr, overlaps, parseCidr } from '../../host/network/ipv4.js';
import { type DaemonNetwork, bridgeNetworks, outsideOurRules } from './network-bridges.js';

// Our dockerd runs with iptables off, and our chains let through the `br-*` bridges of our block
// (host/network/firewall-rules.ts). A network with a subnet of the user's choosing (`--subnet`,
// compose's `ipam`) or a bridge name of its own lies outside those rules: where FORWARD drops (as on
// GitHub-hosted runners) its containers reach neither each other nor anything else. The network
// watch follows our dockerd's network events and opens each such network in our chains, by its
// exact bridge and subnets, while it exists. It ends with the event stream, when dockerd stops.

/** The lines the watch logs for a network it opened and closed again; post reads them (networksOpened). */
const OPENED = 'opened';
const CLOSED = 'closed';

/** What the watch works with: the daemon's API, the firewall, the machine, and its log. */
export interface NetworkWatchPorts {
  /** The daemon's network events until it stops; `onOpen` once it listens. */
  events(onEvent: (event: EngineEvent) => void, onOpen: () => void): Promise<void>;
  networks(): Promise<NetworkInfo[]>;
  inspect(id: string): Promise<NetworkInfo | undefined>;
  /** Runs the commands at once (one restore); throws when they are refused. */
  apply(commands: IptablesCommand[]): Promise<void>;
  /** The machine's IPv4 networks (addresses and routes), each with its device. */
  hostNetworks(): Promise<HostNetwork[]>;
  /** Whether `bridge` is a bridge made after our own (so our dockerd made it). */
  madeAfterOurs(bridge: string): Promise<boolean>;
  log(line: string): void;
}

export interface NetworkWatchSpec {
  firewall: FirewallSpec;
  /** Our raw chain is in: each subnet gets its anti-spoofing rule there too. */
  antiSpoof: boolean;
}

/**
 * Why `network` is not opened, or undefined when it may be: a bridge our dockerd did not make (an
 * existing device given as its bridge name: the runner's docker0, say) or a subnet that overlaps a
 * network of the machine would open traffic that is not ours.
 */
export function reasonNotToOpen(
  network: DaemonNetwork,
  hostNetworks: HostNetwork[],
  madeAfterOurs: boolean,
): string | undefined {
  if (!madeAfterOurs) return `its bridge ${network.bridge} was not made by this daemon`;
  if (network.subnets.length === 0) return 'it has no IPv4 subnet';
  for (const subnet of network.subnets) {
    const net = parseCidr(subnet)!;
    const clash = hostNetworks.find((host) => host.device !== network.bridge && overlaps(host.net, net));
    if (clash) return `its subnet ${subnet} overlaps ${formatCidr(clash.net)} on ${clash.device ?? '?'}`;
  }
  return undefined;
}

/** A network's IPv4 subnets, written as formatCidr writes them (IPv6 ones are left out: no ip6tables). */
function withIpv4Subnets(network: DaemonNetwork): DaemonNetwork {
  const subnets = network.subnets.map(parseCidr).flatMap((net) => (net ? [formatCidr(net)] : []));
  return { ...network, subnets };
}

/**
 * Opens each network outside our rules that exists or is created, closes it when it is destroyed,
 * and resolves when the daemon's event stream ends. One network at a time, in the order of events.
 */
export async function watchNetworks(spec: NetworkWatchSpec, ports: NetworkWatchPorts): Promise<void> {
  const opened = new Map<string, { name: string; bridge: string; commands: IptablesCommand[] }>();
  let queue = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: Error) => ports.log(`error: ${error.message}`));
  };
  const open = async (info: NetworkInfo | undefined) => {
    if (!info || opened.has(info.Id)) return;
    const network = bridgeNetworks([info]).map(withIpv4Subnets)[0];
    const { block, bridge } = spec.firewall;
    if (!network || outsideOurRules([network], block, bridge).length === 0) return;
    const why = reasonNotToOpen(network, await ports.hostNetworks(), await ports.madeAfterOurs(network.bridge));
    if (why) return ports.log(`left ${network.name} closed: ${why}`);
    try {
      const commands = networkRules(spec.firewall, network, spec.antiSpoof);
      await ports.apply(commands);
      opened.set(info.Id, { name: network.name, bridge: network.bridge, commands });
      ports.log(`${OPENED} ${network.name} ${network.bridge} ${network.subnets.join(' ')}`);
    } catch (error) {
      ports.log(`error: could not open ${network.name}: ${(error as Error).message}`);
    }
  };
  const close = async (id: string) => {
    const network = opened.get(id);
    if (!network) return;
    opened.delete(id);
    await ports.apply(deletionOf(network.commands));
    ports.log(`${CLOSED} ${network.name} ${network.bridge}`);
  };
  const onEvent = (event: EngineEvent) =>
    enqueue(async () =>
      event.Action === 'create' ? open(await ports.inspect(event.Actor.ID)) : close(event.Actor.ID),
    );
  // The networks made before the stream listened: listed once it does, so that none is missed.
  const onOpen = () =>
    enqueue(async () => {
      for (const info of await ports.networks()) await open(info);
    });
  await ports.events(onEvent, onOpen);
  await queue;
}

/** The bridges a watch's log says are open: opened, and not closed since. */
export function networksOpened(log: string): string[] {
  const open = new Set<string>();
  for (const [, what, bridge] of log.matchAll(new RegExp(`^(${OPENED}|${CLOSED}) \\S+ (\\S+)`, 'gm'))) {
    if (what === OPENED) open.add(bridge);
    else open.delete(bridge);
  }
  return [...open];
}
