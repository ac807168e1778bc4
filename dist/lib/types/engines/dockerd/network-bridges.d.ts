import { EngineClient } from '../../host/engine-api/client.js';
import type { NetworkInfo } from '../../host/engine-api/types.js';
import type { DockerdState } from './state.js';
/** A bridge network of our daemon: its bridge device and its IPv4 subnets. */
export interface DaemonNetwork {
    name: string;
    bridge: string;
    subnets: string[];
}
/** How dockerd names the bridge of a network it creates: br- and the first 12 hex digits of its id. */
export declare const DOCKERD_BRIDGE: RegExp;
/** The bridge networks of a GET /networks answer, with the device each one's bridge is. */
export declare function bridgeNetworks(list: NetworkInfo[]): DaemonNetwork[];
/**
 * The networks our firewall lets no traffic through for: our chains accept what comes from our own
 * bridge or a `br-<12 hex>` one, with a source in our block (host/network/firewall-rules.ts). A
 * network with an IPv4 subnet outside the block, or a bridge name of its own, is not one of them.
 */
export declare function outsideOurRules(networks: DaemonNetwork[], block: string, ownBridge?: string): DaemonNetwork[];
/**
 * What the post step says of such networks that the network watch did not open (network-watch.ts):
 * what went wrong in the job, why, and how to avoid it.
 */
export declare function outsideOurRulesWarning(networks: DaemonNetwork[], block: string, watchSaid?: string[]): string;
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
export declare function reachOurDaemon(daemon: OurDaemon, timeoutMs: number): Promise<EngineClient | undefined>;
/** The bridge networks of our running dockerd; undefined when it does not answer. */
export declare function askDaemonNetworks(state: DockerdState, timeoutMs?: number): Promise<DaemonNetwork[] | undefined>;
/**
 * Of `bridges`, those that are still bridges and were made after `own`, our own bridge: interface
 * indexes only grow, so a device of the machine's that a network of ours merely took as its bridge
 * (an existing name given as its bridge name) is never among them.
 */
export declare function bridgesMadeAfter(bridges: string[], own: string): Promise<string[]>;
