/**
 * Programs we run as root (dockerd, containerd, ip, iptables) are looked up only where no other
 * user could have put them: a regular file that, like every directory above it, is owned by root
 * and writable by nobody else (a sticky directory such as /tmp does not let others replace what
 * root made in it). A user-writable directory early in PATH (~/.local/bin on hosted runners)
 * would otherwise let any process of that user choose what runs as root.
 */
export interface FileFacts {
    uid: number;
    mode: number;
    isFile: boolean;
    isDirectory: boolean;
}
export interface TrustedLookup {
    path: string | undefined;
    /** Facts of a path after following symlinks; undefined when it does not exist. */
    stat: (path: string) => Promise<FileFacts | undefined>;
    realpath: (path: string) => Promise<string>;
}
export declare const systemLookup: TrustedLookup;
/** Why `file` may not be trusted, or undefined when it may. `file` is a resolved path. */
export declare function distrustOf(file: string, lookup: TrustedLookup): Promise<string | undefined>;
/** Why `start` or a directory above it may be changed by another user than root. */
export declare function distrustOfDirectories(start: string, lookup: TrustedLookup): Promise<string | undefined>;
export interface Found {
    /**
     * The first trusted candidate in PATH order, as found: a symlink stays one, since multi-call
     * programs (iptables -> xtables-nft-multi) tell what to do by the name they were started as.
     */
    path?: string;
    /** Candidates passed over, with the reason: for the error message when none is trusted. */
    skipped: string[];
}
export declare function findTrustedExecutable(name: string, lookup?: TrustedLookup): Promise<Found>;
