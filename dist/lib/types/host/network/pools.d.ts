import { type HostNetwork, type Ipv4Net } from './ipv4.js';
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
export declare const BLOCK_BITS = 20;
export declare const NETWORK_BITS = 24;
export declare const OUR_RANGES: readonly string[];
/** Docker's default `default-address-pools`, which the runner's own daemon draws from. */
export declare const DOCKER_DEFAULT_POOLS: readonly string[];
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
export declare function planForBlock(block: Ipv4Net): AddressPlan;
/**
 * Picks a block for `instanceId` that overlaps none of `hostNetworks` (the host's routes in every
 * table and its addresses: readHostNetworks) and none of Docker's default pools.
 */
export declare function planAddresses(instanceId: string, hostNetworks: HostNetwork[], options?: PlanOptions): AddressPlan;
/**
 * Networks inside the plan's block that are not on `ownBridge`: another instance that planned at the
 * same moment took the same block. Check after creating the bridge; when this is not empty, delete
 * the bridge and plan again with the block in `exclude`.
 */
export declare function foreignOccupants(plan: AddressPlan, hostNetworks: HostNetwork[], ownBridge: string): HostNetwork[];
