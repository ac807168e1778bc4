import type { Logger } from '../../core/logger.js';
import type { FirewallSurvey } from '../../host/network/iptables.js';
import { type Privilege } from '../../host/privilege.js';
/**
 * Removes what crashed runs left and logs each instance it removed. Never throws: a problem is logged
 * and the new run goes on, as leftovers never stop it (they have other names, ports and subnets).
 * Bridges and processes first, awaited: planning needs the subnets they free. The firewall chains and
 * ip_forward holds of dead instances are swept each time the caller calls `firewall` (the start
 * calls it once, before its own chains go in); its promise never rejects, and resolves with the
 * firewall's survey where the sweep changed nothing in it.
 */
export declare function sweepStaleInstances(privilege: Privilege, logger: Logger): Promise<{
    swept: string[];
    firewall: () => Promise<FirewallSurvey | undefined>;
}>;
