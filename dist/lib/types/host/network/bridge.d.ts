import { type Privilege } from '../privilege.js';
import { type HostNetwork } from './ipv4.js';
/** The bridge an instance gets: its name and its address. */
export interface BridgePlan {
    name: string;
    /** Gateway address with prefix, as `ip addr add` takes it, e.g. 10.213.7.1/24. */
    gatewayCidr: string;
    subnet: string;
}
export interface BridgeOwner {
    pid: number;
    /** Start time of the process in clock ticks since boot: with the pid, it names one process for good. */
    start: string;
    pidNamespace: string;
}
export declare function formatOwnerLabel(owner: BridgeOwner): string;
export declare function parseOwnerLabel(alias: string): BridgeOwner | undefined;
/** The owner a bridge's alias names, if it carries our label. */
export declare function ownerOf(bridge: string): Promise<BridgeOwner | undefined>;
/** Marks the bridge as this process's: a sweep elsewhere then leaves it alone while we work on it. */
export declare function claimBridge(privilege: Privilege, name: string): Promise<void>;
/**
 * Creates the bridge and reads the host's networks as they are with it, in one `ip -batch`
 * instead of six processes: each spawn costs milliseconds on the way to ready. A rival that took
 * the same block meanwhile shows in what it returns.
 */
export declare function createBridge(privilege: Privilege, plan: BridgePlan): Promise<HostNetwork[]>;
/** The ids of the instances whose bridges exist on this machine. */
export declare function instancesWithBridges(): Promise<string[]>;
export declare function bridgeExists(privilege: Privilege, name: string): Promise<boolean>;
/** Deletes the bridge; true when it was there, false when it was already gone. */
export declare function deleteBridge(privilege: Privilege, name: string): Promise<boolean>;
