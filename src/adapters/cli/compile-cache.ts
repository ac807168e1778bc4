import { mkdirSync, statSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Turns on Node's on-disk cache of compiled code for this process, so that a second `docker-tls`
 * run does not compile the certificate library's bundle again (measured: about 35 ms of a `certs`
 * run's CPU). The cache lives in this user's own cache directory, never in a shared /tmp, and is
 * used only while that directory is this user's and closed to others: compiled code from a
 * directory someone else can write would run as ours. Any problem leaves the cache off.
 */
export function enableOwnCompileCache(): void {
  // Node 22.1 and later (the types this project builds with are Node 20's).
  const { enableCompileCache } = module as unknown as { enableCompileCache?: (dir: string) => unknown };
  if (typeof enableCompileCache !== 'function' || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  try {
    const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    const dir = join(base, 'docker-tls', 'compile');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    if (stat.uid !== process.getuid?.() || (stat.mode & 0o077) !== 0) return;
    enableCompileCache(dir);
  } catch {
    // No home, a read-only one, an old Node: the run goes on without the cache.
  }
}
