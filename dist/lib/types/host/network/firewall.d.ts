import { type Privilege } from '../privilege.js';
import { type FirewallSpec, type IptablesCommand } from './firewall-rules.js';
import { type FirewallSurvey, type IptablesBackend } from './iptables.js';
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
/** Rules into (or out of) our chains, all at once: one restore, refused whole. */
export declare function changeRules(privilege: Privilege, backend: IptablesBackend, commands: IptablesCommand[]): Promise<import("../run.js").CommandResult>;
/**
 * Installs our chains and hooks (replacing any of this instance's from an earlier attempt). Never
 * throws for a firewall that cannot be changed: the result then carries the warning for the log, and
 * the daemon can start with containers that have no network beyond this machine. `survey`: the
 * sweep's, when nothing changed since (see chooseBackend).
 */
export declare function applyFirewall(privilege: Privilege, spec: FirewallSpec, survey?: FirewallSurvey): Promise<FirewallResult>;
/**
 * Unhooks and deletes this instance's chains, and only those; chains already gone are fine.
 * Returns how many chains were removed. Without `backend` (none recorded), it looks in both.
 */
export declare function removeFirewall(privilege: Privilege, id: string, backend?: IptablesBackend): Promise<number>;
/** Instance ids that have chains of ours in any table of any backend the survey saved. */
export declare function instancesWithChains(survey: FirewallSurvey): string[];
/**
 * For the crash sweep: removes the chains of every instance `isDead` says is gone (the sweep's own
 * test: no owner, no dockerd) and returns their ids. Chains of live instances stay. The survey it
 * read comes back too while it still shows the firewall as it is: when there was nothing to remove.
 */
export declare function sweepFirewalls(privilege: Privilege, isDead: (id: string) => boolean | Promise<boolean>): Promise<{
    swept: string[];
    survey?: FirewallSurvey;
}>;
