// The CLI's cache of compiled code: in the user's own cache directory, and only while no one else
// can write there (compiled code from such a directory would run as the user).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

const root = resolve(import.meta.dirname, '..', '..');
const skip = typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function' && 'Node < 22.1';
const base = mkdtempSync(join(tmpdir(), 'dtls-compile-cache-'));
after(() => rmSync(base, { recursive: true, force: true }));

/** The cache directory Node uses after enableOwnCompileCache, in a process whose cache home is `home`. */
function cacheDirWith(home: string): string {
  const script = `import { enableOwnCompileCache } from './src/adapters/cli/compile-cache.ts';
enableOwnCompileCache();
const { getCompileCacheDir } = await import('node:module');
console.log(getCompileCacheDir?.() ?? '');`;
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: home };
  delete env.NODE_DISABLE_COMPILE_CACHE;
  delete env.NODE_COMPILE_CACHE;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    env,
    encoding: 'utf8',
  }).trim();
}

test('on: in docker-tls/compile under the cache home, made private', { skip }, () => {
  const home = join(base, 'fresh');
  const dir = join(home, 'docker-tls', 'compile');
  assert.ok(cacheDirWith(home).startsWith(`${dir}/`), `under ${dir}`);
  assert.equal(statSync(dir).mode & 0o777, 0o700);
});

test('off: the directory is open to others', { skip }, () => {
  const home = join(base, 'open');
  mkdirSync(join(home, 'docker-tls', 'compile'), { recursive: true });
  chmodSync(join(home, 'docker-tls', 'compile'), 0o777);
  assert.equal(cacheDirWith(home), '');
});

test("off: the directory is another user's", { skip: skip || (process.getuid?.() !== 0 && 'needs root') }, () => {
  const home = join(base, 'other');
  mkdirSync(join(home, 'docker-tls', 'compile'), { recursive: true, mode: 0o700 });
  chownSync(join(home, 'docker-tls', 'compile'), 65534, 65534);
  assert.equal(cacheDirWith(home), '');
});
