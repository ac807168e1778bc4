import { type CommandResult } from './run.js';
export type { CommandResult } from './run.js';
/** How to run something as root: directly when we are root, through passwordless sudo otherwise. */
export interface Privilege {
    /** Prefix for a command that must run as root, e.g. [] or ['sudo', '-n']. */
    prefix: string[];
    viaSudo: boolean;
    /**
     * `env` by its trusted path, through sudo: a daemon gets its environment from `sudo env -i …`, and
     * a bare `env` would be found in the user's PATH by a sudo without secure_path.
     */
    env?: string;
    /**
     * Where a program run as root is: trustedCommand (root-owned directories only) unless given.
     * Only code sets it (unit tests with fake programs); nothing a user types reaches it.
     */
    locate?: (name: string) => Promise<string>;
}
export declare const AS_ROOT: Privilege;
/** The process's own rights, with nothing in front: a rootless daemon's, run and stopped as its user. */
export declare const AS_THIS_USER: Privilege;
export declare const VIA_SUDO: Privilege;
/**
 * Root as this process, or through passwordless sudo. Where neither is there, the error's hint says
 * how to get root and, when given, `withoutRoot`: what this user can run instead.
 */
export declare function detectPrivilege(withoutRoot?: string): Promise<Privilege>;
/**
 * Runs a command as root and returns its output; rejects with its stderr in the message. Every
 * program by its trusted absolute path (sudo, `timeout` and the command), with a PATH of trusted
 * directories for what they run in turn.
 */
export declare function runAsRoot(privilege: Privilege, command: string, args: string[], timeoutMs?: number, input?: string): Promise<CommandResult>;
/**
 * Whether what runs as root would run as this very process would: nothing in front of it (sudo, or
 * a test's `ip netns exec`, whose /proc is another network namespace's) and no stand-in programs
 * (`locate`). Then a file can be read here instead of by a process.
 */
export declare function rootIsThisProcess(privilege: Privilege): boolean;
/** A file only root may read: read here when root is this process (no process to spawn), by `cat` otherwise. */
export declare function readAsRoot(privilege: Privilege, path: string): Promise<string>;
/** rm -rf as root, never crossing into another file system (a mount left behind is not ours to empty). */
export declare function removeAsRoot(privilege: Privilege, path: string): Promise<void>;
/**
 * Every program we run as root (dockerd, containerd, ip, iptables, umount, kill, rm, sh, sudo
 * itself) by an absolute path found in trusted directories only, and with a PATH of trusted
 * directories: a user-writable directory early in PATH (~/.local/bin on hosted runners) must not
 * choose what runs as root. For the tools we run as root the system directories come after PATH,
 * as sudo's secure_path would give them to a user whose PATH lacks /usr/sbin; the engine (dockerd,
 * containerd) is looked up in PATH alone, which chooses the engine to run.
 */
export declare const SYSTEM_DIRS: string[];
/** Where a program is looked for: PATH, then (unless told otherwise) the system's directories. */
export declare function searchPath(withSystemDirs?: boolean): string;
/** The absolute path of `name` in a trusted directory; a DockerTlsError naming what was passed over. */
export declare function trustedCommand(name: string, options?: {
    inPathOnly?: boolean;
}): Promise<string>;
/**
 * PATH for what runs as root: the directories of PATH that only root can change, then the system's.
 * Worked out once per PATH, as trustedCommand finds each program once: every command run as root
 * asks for it, and each time took a stat of every directory above every entry of PATH: 28 ms of the
 * main thread's 345 ms of work between the checks and the daemon's answer, in a profiled main step.
 */
export declare function trustedSearchPath(): Promise<string>;
