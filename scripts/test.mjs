// `npm test`: installs what is missing, then runs every test file with Node's test runner.
// Pass file paths to run only those: npm test -- __tests__/pki.test.ts
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureNpmPackages, ensureSystemPackages } from './ensure-deps.mjs';

const root = resolve(import.meta.dirname, '..');
ensureNpmPackages();
ensureSystemPackages({ forTests: true });
// The tests run the bundles as the runner does: build them from the current sources first.
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const chosen = process.argv.slice(2);
// The unit tests (fast, no root, no Docker) first, then the end-to-end ones.
const testFiles = (dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(dir, name));
const files = chosen.length ? chosen : [...testFiles('__tests__/unit'), ...testFiles('__tests__')];
// One file at a time: the daemon tests share the machine's network and process table.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
