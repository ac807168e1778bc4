import { type Privilege } from '../privilege.js';
import { type FirewallSpec } from './firewall-rules.js';
import { type IptablesBackend } from './iptables.js';
export type FirewallResult = {
    applied: true;
    backend: IptablesBackend;
    chains: string[];
    warnings: string[];
} | {
    applied: false;
    warning: string;
    hint: string;
};
/**
 * Installs our chains and hooks (replacing any of this instance's from an earlier attempt). Never
 * throws for a firewall that cannot be changed: the result then carries the warning for the log, and
 * the daemon can start with containers that have no network beyond this machine.
 */
export declare function applyFirewall(privilege: Privilege, spec: FirewallSpec): Promise<FirewallResult>;
/**
 * Unhooks and deletes this instance's chains, and only those; chains already gone are fine.
 * Returns how many chains were removed. Without `backend` (none recorded), it looks in both.
 */
export declare function removeFirewall(privilege: Privilege, id: string, backend?: IptablesBackend): Promise<number>;
/**
 * Instance ids that have chains of ours in any table of any working backend: one save each, and a
 * backend that does not work saves nothing (no listing first to find out: one process less).
 */
export declare function instancesWithChains(privilege: Privilege): Promise<string[]>;
/**
 * For the crash sweep: removes the chains of every instance `isDead` says is gone (the sweep's own
 * test: no owner, no dockerd) and returns their ids. Chains of live instances stay.
 */
export declare function sweepFirewalls(privilege: Privilege, isDead: (id: string) => boolean | Promise<boolean>): Promise<string[]>;
