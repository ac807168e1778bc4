import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { PRIVATE_DIR_MODE } from '../files.js';
import { markerOf, newInstanceId } from '../instance-name.js';

/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
export async function makeWorkDir(tempDir: string, newId = newInstanceId): Promise<{ id: string; workDir: string }> {
  await fs.mkdir(tempDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  for (let attempt = 1; ; attempt += 1) {
    const id = newId();
    const workDir = join(tempDir, markerOf(id));
    try {
      await fs.mkdir(workDir, { mode: PRIVATE_DIR_MODE });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 10) continue;
      throw error;
    }
    await fs.chmod(workDir, PRIVATE_DIR_MODE);
    return { id, workDir };
  }
}
