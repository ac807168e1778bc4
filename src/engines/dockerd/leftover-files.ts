import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { type FileIdentity, identityOf, isSameFile } from '../../host/files.js';
import { argumentOf } from './process-selection.js';
import { type Privilege, runAsRoot } from '../../host/privilege.js';

/**
 * Files our daemon leaves outside its own directories. dockerd 20.10 writes its trust key to
 * /etc/docker/key.json when there is none (making /etc/docker too); containerd's shims listen on
 * sockets in /run/containerd/s, whatever the state directory, and a shim that is killed leaves its
 * socket there. Only what our instance made is removed: the key by the device and inode it had once
 * our daemon ran, the sockets by the name our own shims' arguments give.
 */
export const TRUST_KEY = '/etc/docker/key.json';
export const SHIM_SOCKET_DIR = '/run/containerd/s';

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

export async function trustKeyBefore(path = TRUST_KEY): Promise<TrustKeyBefore> {
  const [key, dir] = await Promise.all([identityOf(path), identityOf(dirname(path))]);
  return { existed: key !== undefined, dirExisted: dir !== undefined };
}

/** Once our daemon runs: the key it wrote, if there was none before. */
export async function trustKeyWritten(before: TrustKeyBefore, path = TRUST_KEY): Promise<TrustKeyRecord> {
  if (before.existed) return {};
  const identity = await identityOf(path);
  return identity ? { trustKey: identity, trustKeyDirMade: !before.dirExisted } : {};
}

/** Removes the key our daemon wrote, while it is still that file, and /etc/docker if we made it and it is empty. */
export async function removeTrustKey(
  privilege: Privilege,
  record: TrustKeyRecord,
  path = TRUST_KEY,
): Promise<string[]> {
  if (!record.trustKey || !(await isSameFile(path, record.trustKey))) return [];
  await removeFile(privilege, path);
  const removed = [path];
  if (record.trustKeyDirMade && (await rmdirAsRoot(privilege, dirname(path)))) removed.push(dirname(path));
  return removed;
}

/**
 * The socket a containerd shim listens on, from its arguments: containerd names it after the
 * SHA-256 of `<containerd address>/<namespace>/<id>` in /run/containerd/s.
 */
export function shimSocketOf(argv: readonly string[], dir = SHIM_SOCKET_DIR): string | undefined {
  const [address, namespace, id] = ['-address', '-namespace', '-id'].map((flag) => argumentOf(argv, flag));
  if (!address || !namespace || !id) return undefined;
  return join(
    dir,
    createHash('sha256')
      .update(join(address, namespace, id))
      .digest('hex'),
  );
}

/** Removes the sockets of our shims (gone by now, given by their arguments) still there; returns those removed. */
export async function removeShimSockets(
  privilege: Privilege,
  shims: (readonly string[])[],
  dir = SHIM_SOCKET_DIR,
): Promise<string[]> {
  const removed: string[] = [];
  for (const socket of new Set(shims.map((argv) => shimSocketOf(argv, dir)))) {
    if (!socket || !(await fs.lstat(socket).catch(() => undefined))?.isSocket()) continue;
    await removeFile(privilege, socket);
    removed.push(socket);
  }
  return removed;
}

async function removeFile(privilege: Privilege, path: string): Promise<void> {
  if (privilege.viaSudo) await runAsRoot(privilege, 'rm', ['-f', path]);
  else await fs.rm(path, { force: true });
}

async function rmdirAsRoot(privilege: Privilege, dir: string): Promise<boolean> {
  const removing = privilege.viaSudo ? runAsRoot(privilege, 'rmdir', [dir]) : fs.rmdir(dir);
  return removing.then(
    () => true,
    () => false,
  );
}
