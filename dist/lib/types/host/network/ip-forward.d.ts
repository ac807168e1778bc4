import { type Privilege } from '../privilege.js';
/**
 * net.ipv4.ip_forward is one switch for the whole machine, shared by every instance of ours (two in
 * one job, or a crashed one) and by the runner's own dockerd. So it is reference-counted in a record
 * of our own: the value seen before the first holder, and one holder file per instance. The first
 * holder records the value and turns forwarding on; the last one to leave writes the recorded value
 * back. When that value was 1 (the runner's dockerd needs it), forwarding is never turned off.
 *
 * The record lives under /run: root's, and a tmpfs, so it vanishes on reboot exactly when the
 * kernel's value does. It is changed as root (through sudo when we are not root), so each update is
 * one small shell script under flock(1): the lock is the kernel's and dies with its process, so a
 * crash can never leave a stale lock behind. A crash can leave a holder behind; sweepIpForward
 * drops the holders of dead instances (releasing them as they would have).
 */
export interface ForwardingPaths {
    /** The record's directory (0700): `before`, `holders/<id>`, `lock`. */
    dir: string;
    /** The switch itself; tests point it at a file of their own. */
    sysctl: string;
}
export declare const DEFAULT_FORWARDING_PATHS: ForwardingPaths;
export interface ForwardingRecord {
    /** The switch after the update, e.g. "1". */
    value: string;
    /** The value to restore when the last holder leaves; absent when nobody holds it. */
    before?: string;
    holders: string[];
}
export declare function parseForwardingRecord(output: string): ForwardingRecord;
/** Turns forwarding on for instance `id`, recording the earlier value when it is the first holder. */
export declare function holdIpForward(privilege: Privilege, id: string, paths?: ForwardingPaths): Promise<ForwardingRecord>;
/** Drops instance `id`'s hold; the last holder restores the recorded value. Idempotent. */
export declare function releaseIpForward(privilege: Privilege, id: string, paths?: ForwardingPaths): Promise<ForwardingRecord>;
export declare function readIpForwardRecord(privilege: Privilege, paths?: ForwardingPaths): Promise<ForwardingRecord>;
/** For the crash sweep: releases the hold of every instance `isDead` says is gone; returns their ids. */
export declare function sweepIpForward(privilege: Privilege, isDead: (id: string) => boolean | Promise<boolean>, paths?: ForwardingPaths): Promise<string[]>;
