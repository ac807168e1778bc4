/**
 * Every program we run as root (dockerd, containerd, ip, iptables, umount, kill, rm, sh, sudo
 * itself) by an absolute path found in trusted directories only, and with a PATH of trusted
 * directories: a user-writable directory early in PATH (~/.local/bin on hosted runners) must not
 * choose what runs as root. For the tools we run as root the system directories come after PATH,
 * as sudo's secure_path would give them to a user whose PATH lacks /usr/sbin; the engine (dockerd,
 * containerd) is looked up in PATH alone, which chooses the engine to run.
 */
export declare const SYSTEM_DIRS: string[];
/** The absolute path of `name` in a trusted directory; a DockerTlsError naming what was passed over. */
export declare function trustedCommand(name: string, options?: {
    inPathOnly?: boolean;
}): Promise<string>;
/** PATH for what runs as root: the directories of PATH that only root can change, then the system's. */
export declare function trustedSearchPath(): Promise<string>;
