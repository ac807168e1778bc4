// Bundles each entry point with ncc into dist/<name>/index.js (ESM, minified: it loads
// about 10 ms sooner, and the runner loads it on every job; no source maps so
// the committed output is stable). `node scripts/build.mjs --out DIR` builds elsewhere (check-dist).
// Each bundle is built beside its target and renamed into place, so a running test never sees a
// half-written dist/. dist/cli holds chunks besides index.js: ncc splits each verb the CLI imports
// on demand (src/adapters/cli/run.ts), so `docker-tls certs` never loads the daemon code. dist/lib is the
// library entry (package.json "exports"), with tsc's declarations in dist/lib/types.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRIES = {
  main: 'src/adapters/action/main.ts',
  post: 'src/adapters/action/post.ts',
  cli: 'src/adapters/cli/index.ts',
  lib: 'src/index.ts',
  // The thread a start makes its certificates on (src/lifecycle/certificate-thread.ts finds it at
  // dist/worker/index.js from any bundle).
  worker: 'src/lifecycle/certificate-worker.ts',
};

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

// The library entry's types beside its bundle: `import { startDaemon } from 'docker-tls-action'`.
execFileSync('npx', ['tsc', '-p', 'tsconfig.lib.json', '--outDir', join(outRoot, 'lib', 'types')], {
  stdio: 'inherit',
});
