import type { RootlessFinding } from './finding.js';
import type { RootlessProbe } from './probe.js';
export declare const TUN_DEVICE = "/dev/net/tun";
export declare const MAX_USER_NAMESPACES = "/proc/sys/user/max_user_namespaces";
/** Debian's and older Ubuntu's kernels only: absent elsewhere, where nothing switches them off. */
export declare const USERNS_CLONE = "/proc/sys/kernel/unprivileged_userns_clone";
/**
 * slirp4netns and pasta open /dev/net/tun inside the namespace, where their root is this user on
 * the machine: the device must be readable and writable by everyone (Ubuntu makes it 0666; some
 * distributions leave it 0600).
 */
export declare function tunFinding(probe: RootlessProbe): Promise<RootlessFinding>;
/** How the namespace probe went, or why it was not tried. */
export type UsernsTrial = {
    tried: true;
    ok: boolean;
    said: string;
} | {
    tried: false;
    why: string;
};
/**
 * The proof: util-linux's unshare makes a user namespace with this user as its root and runs
 * `true` in it; the namespace ends with it. Only tried where the sysctls allow namespaces and no
 * AppArmor restriction applies (under one, unshare has no profile and fails whatever rootlesskit's
 * profile allows), and never as root (root may always).
 */
export declare function tryUserNamespace(probe: RootlessProbe): Promise<UsernsTrial>;
/**
 * Unprivileged user namespaces allowed by the sysctls, then proven by `trial` when it is given
 * (the caller decides whether the proof may be tried; see tryUserNamespace).
 */
export declare function userNamespacesFinding(probe: RootlessProbe, trial: (probe: RootlessProbe) => Promise<UsernsTrial>): Promise<RootlessFinding>;
