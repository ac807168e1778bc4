/** A file or directory for the container: path inside it (absolute), mode, and content for files. */
export interface ArchiveEntry {
    path: string;
    mode: number;
    content?: string;
}
/**
 * A POSIX tar of `entries`, owned by root, for the Engine API's `PUT /containers/{id}/archive`:
 * it puts files into a container before it starts without a bind mount, whose source the outer
 * engine would look for on its own host (from a job container, that path is not ours).
 */
export declare function tarArchive(entries: readonly ArchiveEntry[]): Buffer;
