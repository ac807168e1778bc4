import type { EngineRun } from '../engine.js';
import type { FirewallSurvey, IptablesBackend } from '../../host/network/iptables.js';
import { type FirewallSpec } from '../../host/network/firewall-rules.js';
import { type HostNetwork } from '../../host/network/ipv4.js';
import { type AddressPlan } from '../../host/network/pools.js';
import { type Privilege } from '../../host/privilege.js';
import type { DockerdState } from './state.js';
type Run = EngineRun<DockerdState>;
/** Plans a block, creates our bridge on it, and plans again if another instance took the block too. */
export declare function createOurBridge(run: Run, privilege: Privilege): Promise<AddressPlan>;
/**
 * Our chains, then ip_forward when containers go out; a firewall that cannot be changed is a warning.
 * `survey`: the crash sweep's, when it changed nothing (the backend is chosen from it).
 */
export declare function openFirewall(run: Run, privilege: Privilege, plan: AddressPlan, survey?: FirewallSurvey): Promise<OpenFirewall | undefined>;
/** Our chains as they went in: what the network watch adds its networks' rules to. */
export interface OpenFirewall {
    spec: FirewallSpec;
    backend: IptablesBackend;
    /** Our raw chain is in (the kernel has the rpfilter match). */
    antiSpoof: boolean;
}
/** Undoes openFirewall: our chains and hooks, then our hold of ip_forward. */
export declare function closeFirewall(privilege: Privilege, state: DockerdState): Promise<void>;
/** The block a bridge of ours lies in, from its address: our bridge takes the first /24 of its block. */
export declare function blockOfBridge(hostNetworks: HostNetwork[], bridge: string): string | undefined;
/**
 * The bridges (br-<network id>) of the networks our dockerd created: dockerd keeps them, with their
 * addresses and routes, after it stops. Only bridges named as dockerd names them (br- and 12 hex
 * digits of the network's id) whose networks lie inside our block are ours; and when our own bridge
 * still stands, the block must be the one it lies in (`bridge`), not merely what a state says.
 */
export declare function removeUserBridges(privilege: Privilege, block: string, bridge?: string): Promise<string[]>;
export {};
