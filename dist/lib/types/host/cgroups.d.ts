import { type Privilege } from './privilege.js';
/** The mount points of the cgroup hierarchies (v1's one per controller set, v2's unified one). */
export declare function cgroupMountsIn(mountinfo: string): string[];
/**
 * Which cgroup driver a dockerd with `userConfig` uses here: `systemd` when asked for, or by
 * default on cgroup v2 with systemd running (as on a GitHub runner); otherwise `cgroupfs`.
 */
export declare function cgroupDriverOf(userConfig: Record<string, unknown>): 'systemd' | 'cgroupfs';
/**
 * The cgroup parent of an instance's containers under the cgroupfs driver: a directory of its
 * own at the top of every hierarchy, so that what its containers leave is found and removed by
 * name, and never mixed with the runner daemon's `docker/`. Under the systemd driver, systemd
 * owns the containers' scopes and removes them with the containers: none is set.
 */
export declare function cgroupParentOf(marker: string, driver: 'systemd' | 'cgroupfs'): string | undefined;
/** The directories of `marker`'s cgroup parent in every hierarchy, deepest first. */
export declare function cgroupDirsOf(marker: string): Promise<string[]>;
/**
 * Removes `marker`'s cgroups (once its processes are gone, each is empty): rmdir, deepest first,
 * in one call. Returns the directories removed.
 */
export declare function removeCgroupsOf(privilege: Privilege, marker: string): Promise<string[]>;
