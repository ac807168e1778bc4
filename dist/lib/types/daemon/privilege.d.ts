/** How to run something as root: directly when we are root, through passwordless sudo otherwise. */
export interface Privilege {
    /** Prefix for a command that must run as root, e.g. [] or ['sudo', '-n']. */
    prefix: string[];
    viaSudo: boolean;
    /**
     * Where a program run as root is: trustedCommand (root-owned directories only) unless given.
     * Only code sets it (unit tests with fake programs); nothing a user types reaches it.
     */
    locate?: (name: string) => Promise<string>;
}
export declare const AS_ROOT: Privilege;
export declare const VIA_SUDO: Privilege;
export declare function detectPrivilege(): Promise<Privilege>;
export interface CommandResult {
    stdout: string;
    stderr: string;
}
/** Runs a command as root and returns its output; rejects with stderr in the message. */
export declare function runAsRoot(privilege: Privilege, command: string, args: string[], timeoutMs?: number, input?: string): Promise<CommandResult>;
/** rm -rf as root, never crossing into another file system (a mount left behind is not ours to empty). */
export declare function removeAsRoot(privilege: Privilege, path: string): Promise<void>;
