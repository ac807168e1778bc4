import { type FileIdentity } from '../../host/files.js';
import { type Privilege } from '../../host/privilege.js';
/**
 * Files our daemon leaves outside its own directories. dockerd 20.10 writes its trust key to
 * /etc/docker/key.json when there is none (making /etc/docker too); containerd's shims listen on
 * sockets in /run/containerd/s, whatever the state directory, and a shim that is killed leaves its
 * socket there. Only what our instance made is removed: the key by the device and inode it had once
 * our daemon ran, the sockets by the name our own shims' arguments give.
 */
export declare const TRUST_KEY = "/etc/docker/key.json";
export declare const SHIM_SOCKET_DIR = "/run/containerd/s";
export interface TrustKeyRecord {
    /** The key as our daemon wrote it; absent when it was there before. */
    trustKey?: FileIdentity;
    /** /etc/docker did not exist before our daemon made it. */
    trustKeyDirMade?: boolean;
}
export interface TrustKeyBefore {
    existed: boolean;
    dirExisted: boolean;
}
export declare function trustKeyBefore(path?: string): Promise<TrustKeyBefore>;
/** Once our daemon runs: the key it wrote, if there was none before. */
export declare function trustKeyWritten(before: TrustKeyBefore, path?: string): Promise<TrustKeyRecord>;
/** Removes the key our daemon wrote, while it is still that file, and /etc/docker if we made it and it is empty. */
export declare function removeTrustKey(privilege: Privilege, record: TrustKeyRecord, path?: string): Promise<string[]>;
/**
 * The socket a containerd shim listens on, from its arguments: containerd names it after the
 * SHA-256 of `<containerd address>/<namespace>/<id>` in /run/containerd/s.
 */
export declare function shimSocketOf(argv: readonly string[], dir?: string): string | undefined;
/** Removes the sockets of our shims (gone by now, given by their arguments) still there; returns those removed. */
export declare function removeShimSockets(privilege: Privilege, shims: (readonly string[])[], dir?: string): Promise<string[]>;
