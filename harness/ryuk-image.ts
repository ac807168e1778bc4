import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileAsync } from './docker.js';

/** The image testcontainers-node 11 starts as its reaper (reaper/reaper.js, REAPER_IMAGE). */
export const RYUK_IMAGE = 'testcontainers/ryuk:0.14.0';

/**
 * Builds the stand-in under Ryuk's exact name in the daemon `env` points at: this machine's node
 * with the libraries it links, and ryuk-stand-in.mjs as its command. Nothing is pulled.
 */
export async function importRyukStandIn(env: NodeJS.ProcessEnv): Promise<void> {
  const rootfs = mkdtempSync(join(tmpdir(), 'dtls-ryuk-rootfs-'));
  try {
    const node = (await execFileAsync('readlink', ['-f', process.execPath])).stdout.trim();
    const { stdout } = await execFileAsync('ldd', [node]);
    const libraries = [...stdout.matchAll(/(\/\S+\.so[^\s]*)/g)].map((match) => match[1]);
    for (const file of [node, ...libraries]) {
      const real = (await execFileAsync('readlink', ['-f', file])).stdout.trim();
      mkdirSync(join(rootfs, dirname(file)), { recursive: true });
      copyFileSync(real, join(rootfs, file));
    }
    mkdirSync(join(rootfs, 'tmp'));
    copyFileSync(join(import.meta.dirname, 'ryuk-stand-in.mjs'), join(rootfs, 'ryuk.mjs'));
    await execFileAsync(
      'sh',
      ['-c', `tar -C "${rootfs}" -c . | docker import -c 'CMD ["${node}", "/ryuk.mjs"]' - ${RYUK_IMAGE}`],
      { env, timeout: 180_000 },
    );
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}
