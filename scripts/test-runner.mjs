// `npm run test:runner`: the runner look-alike suite (runner-vm/; README, "Runner look-alike
// suite"). Installs the OS packages it needs when they are missing (root), builds dist/ from the
// sources (the guest runs the bundles as the runner does), then runs runner-vm/host/test-runner.ts.
// Arguments go through: --variant 24.04|26.04, --only PATTERN, --parallel. `--no-build` skips
// rebuilding dist/ when it is current (.ci/run has checked it with check-dist and built it for npm test).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureNpmPackages } from './ensure-deps.mjs';

const root = resolve(import.meta.dirname, '..');
/** Debian packages and a command each provides. */
const TOOLS = {
  'qemu-system-x86': 'qemu-system-x86_64',
  mmdebstrap: 'mmdebstrap',
  e2fsprogs: 'debugfs',
};

function missingPackages() {
  return Object.entries(TOOLS)
    .filter(([, command]) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status !== 0)
    .map(([pkg]) => pkg);
}

ensureNpmPackages();
const missing = missingPackages();
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`npm run test:runner needs ${missing.join(', ')}: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(2);
  }
  console.error(`[setup] installing ${missing.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
if (process.getuid?.() !== 0) {
  console.error('npm run test:runner builds the guest image as root (mmdebstrap): run it as root.');
  process.exit(2);
}
const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const suiteArgs = args.filter((arg) => arg !== '--no-build');
const suite = spawn(process.execPath, ['--import', 'tsx', 'runner-vm/host/test-runner.ts', ...suiteArgs], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => suite.kill(signal));
suite.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
