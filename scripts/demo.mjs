// `npm run demo`: the action's main job on this machine, as a GitHub runner would run it.
// Installs what is missing first (npm packages; Docker engine and busybox from the OS packages).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureNpmPackages, ensureSystemPackages } from './ensure-deps.mjs';
import { runnerNode } from './node24.mjs';

const root = resolve(import.meta.dirname, '..');
ensureNpmPackages();
ensureSystemPackages({ forTests: false });
const result = spawnSync(runnerNode(), ['--import', 'tsx', 'scripts/demo.ts'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
