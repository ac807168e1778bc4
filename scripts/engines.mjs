// The engines the daemon-facing tests run against, and the one place that reads which one a test
// process is meant to use (DOCKER_TLS_TEST_ENGINE):
//   system  the machine's own dockerd and containerd, as found on PATH (Debian 12: 20.10 and 1.6);
//   sid     Debian unstable's (28.x and 2.x), fetched by scripts/fetch-engine.sh and put first on
//           PATH, so that the bundles, the docker CLI and everything they start use it. runc stays
//           the machine's.
import { execFileSync } from 'node:child_process';
import { delimiter, join, resolve } from 'node:path';
import { accessSync, constants } from 'node:fs';

export const ENGINE_VARIABLE = 'DOCKER_TLS_TEST_ENGINE';
export const ENGINES = ['sid', 'system'];
const FETCH_SCRIPT = resolve(import.meta.dirname, 'fetch-engine.sh');

/** The engine a test process is meant to use: `system` unless the variable says otherwise. */
export function engineOf(env = process.env) {
  const name = env[ENGINE_VARIABLE] || 'sid';
  if (!ENGINES.includes(name)) throw new Error(`${ENGINE_VARIABLE}=${name}: expected one of ${ENGINES.join(', ')}`);
  return name;
}

let sidBin;
/** The sid engine's bin directory; fetches it first when the cache lacks it (root and network needed). */
export function sidBinDir() {
  sidBin ??= execFileSync('bash', [FETCH_SCRIPT, '--print-bin'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  return sidBin;
}

/** PATH without any sid engine directory (a parent shell may have put one there). */
function systemPath(path) {
  return path
    .split(delimiter)
    .filter((dir) => dir && !/\/engines\/sid\/bin\/?$/.test(dir) && dir !== sidBin)
    .join(delimiter);
}

/** The environment for a test process of `name`: the variable set, and PATH to match. */
export function engineEnv(name, env = process.env) {
  const base = systemPath(env.PATH ?? '');
  const path = name === 'sid' ? `${sidBinDir()}${delimiter}${base}` : base;
  return { ...env, [ENGINE_VARIABLE]: name, PATH: path };
}

function firstOnPath(command, path) {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {
      // not in this directory
    }
  }
  throw new Error(`${command} is not on PATH (${path})`);
}

/**
 * What a daemon of engine `name` must report in its /version: asked of the engine's own binaries,
 * found independently of the PATH a test runs with, so a wrong PATH cannot pass for the right engine.
 */
export function expectedVersions(name, env = process.env) {
  const path = name === 'sid' ? sidBinDir() : systemPath(env.PATH ?? '');
  const dockerd = firstOnPath('dockerd', path);
  const containerd = firstOnPath('containerd', path);
  // "Docker version 28.5.2+dfsg4, build 3ef3c07" and "containerd <module> 2.1.9+unknown <commit>"
  const engine = /version ([^,\s]+)/.exec(execFileSync(dockerd, ['--version'], { encoding: 'utf8' }))?.[1];
  const containerdVersion = execFileSync(containerd, ['--version'], { encoding: 'utf8' }).trim().split(/\s+/)[2];
  if (!engine || !containerdVersion) throw new Error(`cannot read the versions of ${dockerd} and ${containerd}`);
  return { engine, containerd: containerdVersion.replace(/^v/, ''), dockerd, containerdPath: containerd };
}
