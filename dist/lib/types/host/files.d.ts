/**
 * File operations for paths another user might reach: the action runs as root (or through sudo)
 * next to other users on self-hosted runners and laptops. Nothing here follows a symlink it did not
 * expect, and what is removed later is first checked to be what was made.
 */
/** A file's identity: a path replaced in between (by a symlink or another directory) has another. */
export interface FileIdentity {
    dev: number;
    ino: number;
}
/**
 * Writes under a temporary name created exclusively and without following symlinks, sets the mode
 * on the open file (umask and a swapped path cannot change it), then renames into place: readers
 * never see half a file, and a symlink planted at the temporary name makes the write fail.
 */
export declare function writeFileAtomic(path: string, data: string, mode: number): Promise<FileIdentity>;
/**
 * Creates `path` (and missing parents) with exactly `mode`, set on the directory opened without
 * following symlinks. Returns the directories it created, outermost first, so that only those are
 * removed again.
 */
export declare function makeDirNoFollow(path: string, mode: number): Promise<string[]>;
export declare function identityOf(path: string): Promise<FileIdentity | undefined>;
/** Whether `path` is still the file or directory `identity` names (never through a symlink). */
export declare function isSameFile(path: string, identity: FileIdentity): Promise<boolean>;
/**
 * The first component of `path` (itself or a directory above it) that another user could replace
 * or redirect: owned by a user other than root and `uid`, or writable by group or others without
 * the sticky bit. Components that do not exist yet are skipped: they will be created by us.
 */
export declare function untrustedComponentOf(path: string, uid: number): Promise<{
    path: string;
    reason: string;
} | undefined>;
export declare const PRIVATE_DIR_MODE = 448;
export declare const KEY_MODE = 384;
export declare const CERT_MODE = 420;
/**
 * Creates a directory with exactly 0700, whatever the umask, the parents as needed, never through
 * a symlink; returns the directories it created, outermost first.
 */
export declare function makePrivateDir(path: string): Promise<string[]>;
/** chmod on the directory opened without following a symlink: a path swapped for a link is left alone. */
export declare function chmodDirNoFollow(dir: string, mode: number): Promise<void>;
