// Makes a fresh Linux machine ready for `npm test` and `npm run demo`: npm packages, and the Docker
// engine plus the clients the tests use from the OS packages when they are missing (root only).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function has(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

export function ensureNpmPackages() {
  if (existsSync(join(root, 'node_modules', '.package-lock.json'))) return;
  console.error('[setup] installing npm packages (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

function dpkgInstalled(name) {
  try {
    execFileSync('dpkg', ['-s', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function pythonDockerPresent() {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import docker'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Debian package, how to tell it is there, and whether the demo needs it (the tests need all). */
const REQUIREMENTS = [
  { pkg: 'docker.io', present: () => has('dockerd'), demo: true },
  { pkg: 'containerd', present: () => has('containerd'), demo: true },
  { pkg: 'iproute2', present: () => has('ip'), demo: true },
  // Static: it is the only program in the test image, with no libc beside it.
  { pkg: 'busybox-static', present: () => dpkgInstalled('busybox-static'), demo: true },
  { pkg: 'curl', present: () => has('curl'), demo: true },
  { pkg: 'openssl', present: () => has('openssl') },
  { pkg: 'iptables', present: () => has('iptables') },
  { pkg: 'sudo', present: () => has('sudo') },
  { pkg: 'python3-docker', present: pythonDockerPresent },
];

/** Installs the missing packages (only those: a machine with Docker's own packages keeps them). */
export function ensureSystemPackages({ forTests }) {
  const missing = REQUIREMENTS.filter((item) => (forTests || item.demo) && !item.present()).map((item) => item.pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Missing ${missing.join(', ')}; install them (sudo apt-get install -y ${missing.join(' ')}) or run as root.`,
    );
  }
  if (!has('apt-get')) throw new Error(`Missing ${missing.join(', ')} and no apt-get to install them with.`);
  console.error(`[setup] installing ${missing.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...new Set(missing)], {
    stdio: 'inherit',
    env,
  });
}
