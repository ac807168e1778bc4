import type { InstanceState } from './state.js';
/**
 * Undoes what main did to a user-given cert-dir, and nothing else: server/ and client/ only while
 * they are still the directories main made (same device and inode: not a directory or symlink put
 * there since), the directories made for it (innermost first, only when empty), and the mode of a
 * directory that existed before. Returns what it removed and the warnings met.
 */
export declare function cleanUpGivenCertDir(state: InstanceState): Promise<{
    removed: string[];
    warnings: string[];
}>;
