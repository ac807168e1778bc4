// `npm run soak`: many up/down cycles of the action with leak accounting after each one
// (__tests__/soak/cycles.ts). Default 50 cycles; `npm run soak -- --cycles 5` or SOAK_CYCLES=5 for
// a short run (CI). `--no-build` skips rebuilding dist/ when it is current.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureNpmPackages, ensureSystemPackages } from './ensure-deps.mjs';
import { runnerNode } from './node24.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--cycles');
const cycles = at >= 0 ? args[at + 1] : (process.env.SOAK_CYCLES ?? '50');
if (!/^[1-9]\d*$/.test(cycles ?? '')) {
  console.error(`soak: --cycles wants a positive whole number, not ${JSON.stringify(cycles)}`);
  process.exit(2);
}

ensureNpmPackages();
ensureSystemPackages({ forTests: true });
if (!args.includes('--no-build')) {
  // The cycles run the bundles as the runner does: build them from the current sources first.
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const result = spawnSync(runnerNode(), ['--import', 'tsx', '__tests__/soak/cycles.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DTLS_SOAK_CYCLES: cycles },
});
process.exit(result.status ?? 1);
