// Bundles each entry point with ncc's API into dist/<name>/index.js (ESM, minified: it loads
// about 10 ms sooner, and the runner loads it on every job; no source maps so
// the committed output is stable). `node scripts/build.mjs --out DIR` builds elsewhere (check-dist).
// Each bundle is built beside its target and renamed into place, so a running test never sees a
// half-written dist/. dist/cli holds chunks besides index.js: ncc splits each verb the CLI imports
// on demand (src/adapters/cli/run.ts), so `docker-tls certs` never loads the daemon code. dist/lib is the
// library entry (package.json "exports"), with tsc's declarations in dist/lib/types.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ncc = createRequire(import.meta.url)('@vercel/ncc');

export const ENTRIES = {
  main: 'src/adapters/action/main.ts',
  post: 'src/adapters/action/post.ts',
  cli: 'src/adapters/cli/index.ts',
  lib: 'src/index.ts',
  // The thread a start makes its certificates on (src/lifecycle/certificate-thread.ts finds it at
  // dist/worker/index.js from any bundle).
  worker: 'src/lifecycle/certificate-worker.ts',
  // The process that opens our dockerd's networks with a subnet or a bridge name of their own
  // (src/engines/dockerd/network-watch-process.ts finds it at dist/network-watch/index.js).
  'network-watch': 'src/engines/dockerd/network-watch-main.ts',
};

const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
mkdirSync(outRoot, { recursive: true });
for (const [name, entry] of Object.entries(ENTRIES)) {
  const staging = join(outRoot, `.${name}-${process.pid}`);
  const target = join(outRoot, name);
  try {
    await bundle(entry, staging);
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

/**
 * ncc's API, as its CLI calls it, plus what the CLI cannot say: resolve packages by their ES module
 * build first ("module"), then "main". ncc's default is "main" alone, the CommonJS builds, which the
 * bundler cannot trim: the X.509 library and its ASN.1 packages then load in 46 ms instead of 31
 * (medians of 11 cold loads, Node 24), on the path to dockerd's start.
 */
async function bundle(entry, outDir) {
  const { code, assets } = await ncc(resolve(entry), {
    minify: true,
    license: 'licenses.txt',
    target: 'es2022',
    quiet: true,
    mainFields: ['module', 'main'],
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.js'), code, { mode: code.startsWith('#!') ? 0o755 : 0o644 });
  for (const [file, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), asset.source, { mode: asset.permissions });
  }
}

// The library entry's types beside its bundle: `import { startDaemon } from 'docker-tls-action'`.
execFileSync('npx', ['tsc', '-p', 'tsconfig.lib.json', '--outDir', join(outRoot, 'lib', 'types')], {
  stdio: 'inherit',
});
