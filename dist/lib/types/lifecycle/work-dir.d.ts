import { newInstanceId } from '../instance-name.js';
/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
export declare function makeWorkDir(tempDir: string, newId?: typeof newInstanceId): Promise<{
    id: string;
    workDir: string;
}>;
