import type { RootlessFinding } from './finding.js';
import { type RootlessProbe, type UserIdentity } from './probe.js';
export declare const SUBUID_FILE = "/etc/subuid";
export declare const SUBGID_FILE = "/etc/subgid";
/**
 * Images hold files of uids and gids up to 65535 (nobody is 65534): the namespace must map them
 * all, and beyond id 0 (the user itself) every id comes from the subordinate ranges.
 */
export declare const NEEDED_IDS = 65536;
export interface SubordinateRange {
    owner: string;
    start: number;
    count: number;
}
/** Every well-formed `owner:start:count` line; comments, blank and malformed lines are skipped. */
export declare function parseSubordinateRanges(text: string): SubordinateRange[];
/** The ranges of `user`: shadow's newuidmap takes a line naming the user or its numeric uid. */
export declare function rangesOf(ranges: readonly SubordinateRange[], user: UserIdentity): SubordinateRange[];
/**
 * How many ids the user's ranges give. rootlesskit maps each range after the one before, so that
 * together they make one run of ids in the namespace: what counts is their sum.
 */
export declare function subordinateCount(ranges: readonly SubordinateRange[]): number;
/** A range no line of either file uses yet: the fix must not share another user's ids with this one. */
export declare function freeRange(all: readonly SubordinateRange[]): string;
/** Subordinate uids and gids for this user, at least NEEDED_IDS of each. */
export declare function subordinateIdsFinding(probe: RootlessProbe, user: UserIdentity): Promise<RootlessFinding>;
