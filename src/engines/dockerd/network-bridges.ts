import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { parseEngineEndpoint } from '../../core/options/engine-endpoint.js';
import { EngineClient, endpointWithCertPath } from '../../host/engine-api/client.js';
import type { NetworkInfo } from '../../host/engine-api/types.js';
import { contains, parseCidr } from '../../host/network/ipv4.js';
import type { DockerdState } from './state.js';

// The networks our dockerd made, asked of the daemon itself before it stops. dockerd keeps their
// bridges, addresses and routes after it stops; and a network may have a subnet of the user's
// choosing (`--subnet`, compose's `ipam`) or a bridge name of its own, which neither our address
// block nor dockerd's `br-` names find afterwards.

/** A bridge network of our daemon: its bridge device and its IPv4 subnets. */
export interface DaemonNetwork {
  name: string;
  bridge: string;
  subnets: string[];
}

/** Where a bridge network's own bridge name is, among its driver options. */
const BRIDGE_NAME_OPTION = 'com.docker.network.bridge.name';

/** How dockerd names the bridge of a network it creates: br- and the first 12 hex digits of its id. */
export const DOCKERD_BRIDGE = /^br-[0-9a-f]{12}$/;

/** The bridge networks of a GET /networks answer, with the device each one's bridge is. */
export function bridgeNetworks(list: NetworkInfo[]): DaemonNetwork[] {
  return list
    .filter((network) => network.Driver === 'bridge')
    .map((network) => ({
      name: network.Name,
      bridge: network.Options?.[BRIDGE_NAME_OPTION] || `br-${network.Id.slice(0, 12)}`,
      subnets: (network.IPAM?.Config ?? []).map((config) => config.Subnet ?? '').filter(Boolean),
    }));
}

/**
 * The networks our firewall lets no traffic through for: our chains accept what comes from our own
 * bridge or a `br-<12 hex>` one, with a source in our block (host/network/firewall-rules.ts). A
 * network with an IPv4 subnet outside the block, or a bridge name of its own, is not one of them.
 */
export function outsideOurRules(networks: DaemonNetwork[], block: string, ownBridge?: string): DaemonNetwork[] {
  const ours = parseCidr(block);
  if (!ours) return [];
  return networks.filter((network) => {
    if (network.bridge === ownBridge) return false;
    const outside = network.subnets.map(parseCidr).some((net) => net !== undefined && !contains(ours, net));
    return outside || !DOCKERD_BRIDGE.test(network.bridge);
  });
}

/**
 * What the post step says of such networks that the network watch did not open (network-watch.ts):
 * what went wrong in the job, why, and how to avoid it.
 */
export function outsideOurRulesWarning(networks: DaemonNetwork[], block: string, watchSaid: string[] = []): string {
  const each = networks.map((network) => `${network.name} (${[...network.subnets, network.bridge].join(', ')})`);
  const why = watchSaid.length > 0 ? ` The network watch logged: ${watchSaid.join('; ')}.` : '';
  return (
    `The network(s) ${each.join('; ')} lay outside this daemon's firewall rules, which let through the ` +
    `br-* bridges of its address block ${block} and the networks the network watch opened: where the ` +
    'FORWARD policy is DROP (as on GitHub-hosted runners) their containers reached neither each other nor ' +
    `other networks.${why} The watch opens a network whose bridge this daemon made and whose subnet ` +
    "overlaps none of the machine's networks: give a network a bridge name no device of the machine has " +
    'and a subnet of its own that is free, or leave both to the daemon.'
  );
}

/** Where our dockerd may be reached: its unix socket, its mTLS address and the client's files. */
export interface OurDaemon {
  socket?: string;
  dockerHost?: string;
  /** DOCKER_CERT_PATH: ca.pem, cert.pem, key.pem. */
  certPath?: string;
}

/**
 * A client of our running dockerd that it answers: through its unix socket, else (a user outside
 * its socket's group) through its mTLS endpoint with the client's files. Undefined when neither does.
 */
export async function reachOurDaemon(daemon: OurDaemon, timeoutMs: number): Promise<EngineClient | undefined> {
  const { socket, dockerHost, certPath } = daemon;
  const endpoints = [
    ...(socket ? [() => parseEngineEndpoint(`unix://${socket}`)] : []),
    ...(dockerHost && certPath ? [() => endpointWithCertPath(dockerHost, certPath)] : []),
  ];
  for (const endpoint of endpoints) {
    try {
      const client = new EngineClient(await endpoint(), timeoutMs);
      await client.ping();
      return client;
    } catch {
      // Not this way (no access to the socket, a daemon that stopped): the next, if any.
    }
  }
  return undefined;
}

/** The bridge networks of our running dockerd; undefined when it does not answer. */
export async function askDaemonNetworks(state: DockerdState, timeoutMs = 3000): Promise<DaemonNetwork[] | undefined> {
  const where = { socket: state.socket, dockerHost: state.dockerHost, certPath: state.environment?.DOCKER_CERT_PATH };
  const client = await reachOurDaemon(where, timeoutMs);
  return client?.networks().then(bridgeNetworks, () => undefined);
}

async function ifindexOf(device: string): Promise<number | undefined> {
  const text = await fs.readFile(join('/sys/class/net', device, 'ifindex'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number(text.trim());
}

/**
 * Of `bridges`, those that are still bridges and were made after `own`, our own bridge: interface
 * indexes only grow, so a device of the machine's that a network of ours merely took as its bridge
 * (an existing name given as its bridge name) is never among them.
 */
export async function bridgesMadeAfter(bridges: string[], own: string): Promise<string[]> {
  const ownIndex = await ifindexOf(own);
  if (ownIndex === undefined) return [];
  const made: string[] = [];
  for (const bridge of new Set(bridges)) {
    if (bridge === own || !(await fs.stat(join('/sys/class/net', bridge, 'bridge')).catch(() => undefined))) continue;
    if (((await ifindexOf(bridge)) ?? 0) > ownIndex) made.push(bridge);
  }
  return made;
}
