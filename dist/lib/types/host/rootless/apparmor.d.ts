import type { RootlessFinding } from './finding.js';
import type { RootlessProbe } from './probe.js';
/**
 * Ubuntu 24.04 turns on kernel.apparmor_restrict_unprivileged_userns: a program may make a user
 * namespace with capabilities in it only when an AppArmor profile attached to its path allows
 * `userns`. Ubuntu's apparmor package ships such a profile for /usr/bin/rootlesskit (the path of
 * the rootlesskit and docker-ce-rootless-extras packages); a rootlesskit elsewhere needs its own.
 */
export declare const RESTRICT_SYSCTL = "/proc/sys/kernel/apparmor_restrict_unprivileged_userns";
export declare const PROFILE_DIR = "/etc/apparmor.d";
/** Where the packages install rootlesskit: the path to look for when it is not installed yet. */
export declare const PACKAGED_ROOTLESSKIT = "/usr/bin/rootlesskit";
/**
 * The file in /etc/apparmor.d whose profile attaches to `path` and allows `userns`, or undefined.
 * It reads the files, as the apparmor service loads them at boot; whether the running kernel has
 * loaded one written since cannot be told without root, so the fix says to reload.
 */
export declare function userNamespaceProfile(probe: RootlessProbe, path: string): Promise<string | undefined>;
/**
 * The profile to install for rootlesskit at `path`: unconfined, with user namespaces allowed. It
 * is named after its file, so that one for another path does not replace Ubuntu's `rootlesskit`.
 */
export declare function profileText(path: string): string;
/** AppArmor's naming of a profile file after the program's path: /usr/bin/x → usr.bin.x. */
export declare function profileFileName(path: string): string;
/** kernel.apparmor_restrict_unprivileged_userns as set; undefined on kernels without it. */
export declare function appArmorRestriction(probe: RootlessProbe): Promise<string | undefined>;
export declare const restricts: (restriction: string | undefined) => boolean;
/** No AppArmor restriction on user namespaces, or a profile that lifts it for rootlesskit. */
export declare function appArmorFinding(probe: RootlessProbe, restrict: string | undefined, rootlesskit: string | undefined): Promise<RootlessFinding>;
