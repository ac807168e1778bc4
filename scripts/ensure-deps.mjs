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

/** Debian package per command the tests run; installed only when the command is missing. */
const PACKAGES = {
  dockerd: 'docker.io',
  containerd: 'containerd',
  curl: 'curl',
  openssl: 'openssl',
  ip: 'iproute2',
  busybox: 'busybox-static',
  iptables: 'iptables',
  sudo: 'sudo',
};

export function ensureSystemPackages({ forTests }) {
  const wanted = forTests ? Object.keys(PACKAGES) : ['dockerd', 'containerd', 'ip', 'busybox'];
  const missing = wanted.filter((command) => !has(command)).map((command) => PACKAGES[command]);
  if (forTests && !pythonDockerPresent()) missing.push('python3-docker');
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

function pythonDockerPresent() {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import docker'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
