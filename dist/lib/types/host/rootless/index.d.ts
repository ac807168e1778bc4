import type { RootlessFinding } from './finding.js';
import { type RootlessProbe } from './probe.js';
export type { RootlessFinding } from './finding.js';
export type { PathFacts, RootlessProbe, RunOutcome, UserIdentity } from './probe.js';
export { systemProbe } from './probe.js';
export { type NetworkDriver, chooseNetworkDriver } from './programs.js';
export { NEEDED_IDS, parseSubordinateRanges, rangesOf, subordinateCount } from './ids.js';
export { profileText } from './apparmor.js';
/**
 * Every precondition of a rootless daemon, in a fixed order: not-root, uidmap, subordinate-ids,
 * dev-net-tun, user-namespaces, apparmor-userns, rootlesskit, network-driver. Each is found on its
 * own, so that one run names everything to fix. Nothing on the machine is changed.
 */
export declare function rootlessFindings(probe?: RootlessProbe): Promise<RootlessFinding[]>;
/**
 * The check a rootless start makes before it makes anything: one DockerTlsError naming every
 * precondition that fails (the message) and every fix (the hint); the findings when all hold.
 */
export declare function checkRootlessPreconditions(probe?: RootlessProbe): Promise<RootlessFinding[]>;
