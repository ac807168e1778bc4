// Bundles each entry point with ncc into dist/<name>/index.js (ESM, one file each, minified: it loads
// about 10 ms sooner, and the runner loads it on every job; no source maps so
// the committed output is stable). `node scripts/build.mjs --out DIR` builds elsewhere (check-dist).
// Each bundle is built beside its target and renamed into place, so a running test never sees a
// half-written dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRIES = { main: 'src/action/main.ts', post: 'src/action/post.ts', cli: 'src/cli/index.ts' };

const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
mkdirSync(outRoot, { recursive: true });
for (const [name, entry] of Object.entries(ENTRIES)) {
  const staging = join(outRoot, `.${name}-${process.pid}`);
  const target = join(outRoot, name);
  try {
    execFileSync(
      'npx',
      ['ncc', 'build', entry, '-o', staging, '--quiet', '--minify', '--license', 'licenses.txt', '--target', 'es2022'],
      {
        stdio: 'inherit',
      },
    );
    const old = join(outRoot, `.${name}-${process.pid}-old`);
    rmSync(old, { recursive: true, force: true });
    try {
      renameSync(target, old);
    } catch {
      // no earlier build
    }
    renameSync(staging, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
