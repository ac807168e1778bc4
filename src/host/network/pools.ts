import { DockerTlsError } from '../../core/errors.js';
import { INSTANCE_PREFIX } from '../../core/naming.js';
import { type HostNetwork, type Ipv4Net, formatAddress, formatCidr, overlaps, parseCidr, subnetAt } from './ipv4.js';

/**
 * Address pools of our own. Each instance gets one block (a /20): its bridge takes the first /24 of
 * it, and `default-address-pools` hands the other fifteen /24s to the networks its dockerd creates
 * (`docker network create`, compose's `<project>_default`, testcontainers' networks). Because the
 * bridge lies inside the block, the routes and addresses of another instance's bridge fall inside
 * that instance's block, and one overlap check against the host's networks keeps two instances
 * apart as well as away from the host's own networks. Fifteen networks at once is more than a CI
 * job holds (Docker's own defaults give 31 to the whole machine); a /24 keeps the 254 addresses per
 * network that users expect.
 *
 * Blocks are taken from ranges nobody hands out by default: 10.213.0.0/16 (outside Docker's pools,
 * the 10.1.0.0/16 of GitHub's Azure runners, Kubernetes' 10.42/10.43/10.96-111/10.244 and
 * Podman's 10.88) and, when a VPN or a corporate route covers that, 198.18.0.0/15 (reserved for
 * benchmarks, RFC 2544: never on the internet and rarely on a LAN).
 */
export const BLOCK_BITS = 20;
export const NETWORK_BITS = 24;
export const OUR_RANGES: readonly string[] = ['10.213.0.0/16', '198.18.0.0/15'];

/** Docker's default `default-address-pools`, which the runner's own daemon draws from. */
export const DOCKER_DEFAULT_POOLS: readonly string[] = [
  ...Array.from({ length: 15 }, (_, index) => `172.${17 + index}.0.0/16`),
  '192.168.0.0/16',
];

export interface AddressPool {
  base: string;
  size: number;
}

export interface AddressPlan {
  /** Everything this instance uses, e.g. 10.213.48.0/20. */
  block: string;
  /** The bridge's subnet, the first /24 of the block, e.g. 10.213.48.0/24. */
  bridgeSubnet: string;
  /** The bridge's gateway address, e.g. 10.213.48.1. */
  gateway: string;
  /** The gateway with its prefix, as `ip addr add` takes it, e.g. 10.213.48.1/24. */
  gatewayCidr: string;
  /** The value of `default-address-pools` in daemon.json: the block minus the bridge's subnet. */
  defaultAddressPools: AddressPool[];
}

export interface PlanOptions {
  /** Ranges to cut blocks from, in order of preference; OUR_RANGES by default. */
  ranges?: readonly string[];
  /** Blocks to skip, e.g. one found contested after creating the bridge (see foreignOccupants). */
  exclude?: readonly string[];
}

/** The block minus its first /24, as pools of /24 networks: the buddies /24, /23, /22, /21. */
function poolsAfterBridge(block: Ipv4Net): AddressPool[] {
  const pools: AddressPool[] = [];
  for (let bits = NETWORK_BITS; bits > BLOCK_BITS; bits -= 1) {
    pools.push({ base: formatCidr(subnetAt(block, bits, 1)), size: NETWORK_BITS });
  }
  return pools;
}

export function planForBlock(block: Ipv4Net): AddressPlan {
  const bridge = subnetAt(block, NETWORK_BITS, 0);
  const gateway = formatAddress(bridge.base + 1);
  return {
    block: formatCidr(block),
    bridgeSubnet: formatCidr(bridge),
    gateway,
    gatewayCidr: `${gateway}/${NETWORK_BITS}`,
    defaultAddressPools: poolsAfterBridge(block),
  };
}

function mustParse(cidr: string): Ipv4Net {
  const net = parseCidr(cidr);
  if (!net) throw new Error(`Not an IPv4 network: ${cidr}`);
  return net;
}

/** Candidate blocks in order: each range from a point derived from the id, so that two instances
 * planning at the same moment rarely even try the same block. */
function candidates(instanceId: string, ranges: readonly string[]): Ipv4Net[] {
  const start = parseInt(instanceId.slice(0, 4), 16) || 0;
  return ranges.flatMap((cidr) => {
    const range = mustParse(cidr);
    const count = 2 ** Math.max(0, BLOCK_BITS - range.bits);
    return Array.from({ length: count }, (_, step) => subnetAt(range, BLOCK_BITS, (start + step) % count));
  });
}

/**
 * Picks a block for `instanceId` that overlaps none of `hostNetworks` (the host's routes in every
 * table and its addresses: readHostNetworks) and none of Docker's default pools.
 */
export function planAddresses(instanceId: string, hostNetworks: HostNetwork[], options: PlanOptions = {}): AddressPlan {
  const ranges = options.ranges ?? OUR_RANGES;
  const taken = [
    ...hostNetworks.map((host) => host.net),
    ...DOCKER_DEFAULT_POOLS.map(mustParse),
    ...(options.exclude ?? []).map(mustParse),
  ];
  const block = candidates(instanceId, ranges).find((candidate) => !taken.some((net) => overlaps(net, candidate)));
  if (block) return planForBlock(block);
  throw exhausted(ranges, hostNetworks);
}

function exhausted(ranges: readonly string[], hostNetworks: HostNetwork[]): DockerTlsError {
  const occupants = hostNetworks
    .filter((host) => ranges.some((range) => overlaps(host.net, mustParse(range))))
    .map((host) => `${formatCidr(host.net)}${host.device ? ` on ${host.device}` : ''}`);
  const unique = [...new Set(occupants)];
  const shown = unique.slice(0, 8).join(', ') + (unique.length > 8 ? `, and ${unique.length - 8} more` : '');
  return new DockerTlsError(
    `No free /${BLOCK_BITS} block is left for the daemon's networks in ${ranges.join(' or ')}: ` +
      `the host's routes and addresses occupy them${shown ? ` (${shown})` : ''}.`,
    'Remove the networks there that are leftovers (`ip link delete <bridge>`, `ip route del <network>`; ' +
      `bridges ${INSTANCE_PREFIX}* and br-* of a dead daemon), or disconnect the VPN that routes these ranges.`,
  );
}

/**
 * Networks inside the plan's block that are not on `ownBridge`: another instance that planned at the
 * same moment took the same block. Check after creating the bridge; when this is not empty, delete
 * the bridge and plan again with the block in `exclude`.
 */
export function foreignOccupants(plan: AddressPlan, hostNetworks: HostNetwork[], ownBridge: string): HostNetwork[] {
  const block = mustParse(plan.block);
  return hostNetworks.filter((host) => overlaps(host.net, block) && host.device !== ownBridge);
}
