import { randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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

const NO_FOLLOW_CREATE = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | constants.O_NOFOLLOW;
const GROUP_OR_OTHER_WRITE = 0o022;
const STICKY = 0o1000;

/**
 * Writes under a temporary name created exclusively and without following symlinks, sets the mode
 * on the open file (umask and a swapped path cannot change it), then renames into place: readers
 * never see half a file, and a symlink planted at the temporary name makes the write fail.
 */
export async function writeFileAtomic(path: string, data: string, mode: number): Promise<FileIdentity> {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temporary, NO_FOLLOW_CREATE, mode);
  try {
    await handle.chmod(mode);
    await handle.writeFile(data);
    const { dev, ino } = await handle.stat();
    await handle.close();
    await fs.rename(temporary, path);
    return { dev, ino };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Creates `path` (and missing parents) with exactly `mode`, set on the directory opened without
 * following symlinks. Returns the directories it created, outermost first, so that only those are
 * removed again.
 */
export async function makeDirNoFollow(path: string, mode: number): Promise<string[]> {
  const missing: string[] = [];
  for (let dir = resolve(path); !(await lstatOf(dir)); dir = dirname(dir)) missing.unshift(dir);
  for (const dir of missing) await fs.mkdir(dir, { mode });
  const handle = await fs.open(path, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
  try {
    await handle.chmod(mode);
  } finally {
    await handle.close();
  }
  return missing;
}

export async function identityOf(path: string): Promise<FileIdentity | undefined> {
  const stat = await lstatOf(path);
  return stat && { dev: stat.dev, ino: stat.ino };
}

/** Whether `path` is still the file or directory `identity` names (never through a symlink). */
export async function isSameFile(path: string, identity: FileIdentity): Promise<boolean> {
  const now = await identityOf(path);
  return now !== undefined && now.dev === identity.dev && now.ino === identity.ino;
}

/**
 * The first component of `path` (itself or a directory above it) that another user could replace
 * or redirect: owned by a user other than root and `uid`, or writable by group or others without
 * the sticky bit. Components that do not exist yet are skipped: they will be created by us.
 */
export async function untrustedComponentOf(
  path: string,
  uid: number,
): Promise<{ path: string; reason: string } | undefined> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const stat = await lstatOf(dir);
    if (stat?.isSymbolicLink() && stat.uid !== 0 && stat.uid !== uid) {
      return { path: dir, reason: `it is a symlink owned by uid ${stat.uid}` };
    }
    const facts = stat?.isSymbolicLink() ? await fs.stat(dir).catch(() => undefined) : stat;
    if (facts && facts.uid !== 0 && facts.uid !== uid) {
      return { path: dir, reason: `it is owned by another user (uid ${facts.uid})` };
    }
    if (facts && facts.mode & GROUP_OR_OTHER_WRITE && !(facts.mode & STICKY)) {
      return { path: dir, reason: 'other users may write it (no sticky bit)' };
    }
    if (dir === dirname(dir)) return undefined;
  }
}

async function lstatOf(path: string) {
  return fs.lstat(path).catch(() => undefined);
}

export const PRIVATE_DIR_MODE = 0o700;
export const KEY_MODE = 0o600;
export const CERT_MODE = 0o644;

/**
 * Creates a directory with exactly 0700, whatever the umask, the parents as needed, never through
 * a symlink; returns the directories it created, outermost first.
 */
export async function makePrivateDir(path: string): Promise<string[]> {
  return makeDirNoFollow(path, PRIVATE_DIR_MODE);
}

/** chmod on the directory opened without following a symlink: a path swapped for a link is left alone. */
export async function chmodDirNoFollow(dir: string, mode: number): Promise<void> {
  const handle = await fs
    .open(dir, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW)
    .catch(() => undefined);
  if (!handle) return;
  try {
    await handle.chmod(mode);
  } finally {
    await handle.close();
  }
}
