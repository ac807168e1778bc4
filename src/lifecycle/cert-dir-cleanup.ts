import { constants, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { isSameFile } from '../safe-fs.js';
import type { InstanceState } from './state.js';

/**
 * Undoes what main did to a user-given cert-dir, and nothing else: server/ and client/ only while
 * they are still the directories main made (same device and inode: not a directory or symlink put
 * there since), the directories made for it (innermost first, only when empty), and the mode of a
 * directory that existed before. Returns what it removed and the warnings met.
 */
export async function cleanUpGivenCertDir(state: InstanceState): Promise<{ removed: string[]; warnings: string[] }> {
  const removed: string[] = [];
  const warnings: string[] = [];
  if (!state.certDir || !state.certDirWasGiven) return { removed, warnings };
  const identities = state.certDirIdentities ?? {};
  for (const path of [join(state.certDir, 'server'), join(state.certDir, 'client')]) {
    if (!(await fs.lstat(path).catch(() => undefined))) continue;
    if (identities[path] && (await isSameFile(path, identities[path]))) {
      await fs.rm(path, { recursive: true, force: true });
      removed.push(path);
    } else {
      warnings.push(`${path} was left alone: it is not the directory the main step made there`);
    }
  }
  for (const dir of [...(state.certDirCreated ?? [])].reverse()) {
    if (!identities[dir] || !(await isSameFile(dir, identities[dir]))) continue;
    // Only when empty: what someone else put there since is theirs.
    if (
      await fs.rmdir(dir).then(
        () => true,
        () => false,
      )
    )
      removed.push(dir);
  }
  if (state.certDirMode !== undefined) await restoreMode(state.certDir, state.certDirMode);
  return { removed, warnings };
}

/** chmod on the directory opened without following a symlink: a swapped path is not followed. */
async function restoreMode(dir: string, mode: number): Promise<void> {
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
