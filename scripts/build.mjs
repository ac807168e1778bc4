// Bundles each entry point with ncc into dist/<name>/index.js (ESM, one file each, no source maps so
// the committed output is stable). `node scripts/build.mjs --out DIR` builds elsewhere (check-dist).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRIES = { main: 'src/action/main.ts', post: 'src/action/post.ts', cli: 'src/cli/index.ts' };

const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
rmSync(outRoot, { recursive: true, force: true });
for (const [name, entry] of Object.entries(ENTRIES)) {
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', join(outRoot, name), '--quiet', '--license', 'licenses.txt', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  );
}
