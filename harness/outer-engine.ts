// The "runner's daemon" of the dind tests: Debian's dockerd on a private unix socket, with its own
// data-root, exec-root, pidfile and containerd namespace, so tests never touch the machine's
// /var/run/docker.sock that other test sessions may share. No iptables (other sessions' firewall
// tests own the machine's chains), and no default bridge unless asked for (then on a bridge of its
// own, never docker0); containers join user networks, and published ports reach them through
// docker-proxy.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { unixApi } from './unix-api.js';
import { execFileAsync } from './docker.js';

export interface OuterEngine {
  /** dtls-<8 hex>: in every path and command line of this engine. */
  marker: string;
  socketPath: string;
  /** unix:///…/docker.sock */
  endpoint: string;
  /** An environment for the docker CLI that talks to this engine only. */
  env: NodeJS.ProcessEnv;
  logFile: string;
  pid: number;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface OuterEngineOptions {
  /**
   * A private pool (e.g. 10.231.0.0/16) for its user networks, and a FORWARD rule accepting traffic
   * within it while the engine runs: with br_netfilter on and a runner's DROP policy, containers on
   * one user network reach each other only so (the runner's Docker adds such rules; this engine
   * runs without iptables so as to leave the machine's chains alone).
   */
  addressPool?: string;
  /**
   * A default `bridge` network, as a runner's daemon has, on a bridge of the harness's own with this
   * gateway address (e.g. 10.238.255.1/24); without it, containers must join a user network.
   */
  defaultBridge?: string;
  /**
   * A directory to put first on the engine's PATH: its dockerd, containerd and docker-proxy are
   * used (e.g. Debian unstable's Docker 28, a runner's engine, whichever engine the tests run).
   */
  binDir?: string;
}

/** The FORWARD rule that lets containers of the pool talk to each other, tagged with the marker. */
function forwardRule(pool: string, marker: string): string[] {
  return ['FORWARD', '-s', pool, '-d', pool, '-m', 'comment', '--comment', marker, '-j', 'ACCEPT'];
}

export async function startOuterEngine(timeoutMs = 60_000, options: OuterEngineOptions = {}): Promise<OuterEngine> {
  const marker = `dtls-${randomBytes(4).toString('hex')}`;
  const workDir = join(tmpdir(), marker);
  const execRoot = join('/run', marker);
  mkdirSync(workDir, { recursive: true, mode: 0o700 });
  const socketPath = join(workDir, 'docker.sock');
  // Not named dtls-…: the project's sweeps and the leak checks read those names as instances.
  const bridge = `ob-${marker.slice('dtls-'.length)}`;
  const logFile = join(workDir, 'dockerd.log');
  const configFile = join(workDir, 'daemon.json');
  // An empty config of our own: the machine's /etc/docker/daemon.json is not ours to inherit.
  writeFileSync(configFile, '{}\n', { mode: 0o600 });
  const args = [
    `--config-file=${configFile}`,
    `--host=unix://${socketPath}`,
    `--data-root=${join(workDir, 'data')}`,
    `--exec-root=${execRoot}`,
    `--pidfile=${join(workDir, 'docker.pid')}`,
    `--containerd-namespace=${marker}`,
    `--containerd-plugins-namespace=${marker}-plugins`,
    `--bridge=${options.defaultBridge ? bridge : 'none'}`,
    '--iptables=false',
    '--ip6tables=false',
    '--ip-masq=false',
    '--shutdown-timeout=3',
    ...(options.addressPool ? [`--default-address-pool=base=${options.addressPool},size=24`] : []),
  ];
  if (options.addressPool) await execFileAsync('iptables', ['-I', ...forwardRule(options.addressPool, marker)]);
  if (options.defaultBridge) await makeBridge(bridge, options.defaultBridge);
  const fd = openSync(logFile, 'a', 0o600);
  let child: ChildProcess;
  try {
    const path = options.binDir ? `${options.binDir}${delimiter}${process.env.PATH ?? ''}` : process.env.PATH;
    child = spawn('dockerd', args, { stdio: ['ignore', fd, fd], env: { ...process.env, PATH: path } });
  } finally {
    closeSync(fd);
  }
  let exited = false;
  child.once('exit', () => (exited = true));
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: `unix://${socketPath}` };
  delete env.DOCKER_TLS_VERIFY;
  delete env.DOCKER_CERT_PATH;
  delete env.DOCKER_CONTEXT;

  const stop = async () => {
    if (!exited) {
      await removeLeftovers(socketPath).catch(() => undefined);
      child.kill('SIGTERM');
      const deadline = Date.now() + 20_000;
      while (!exited && Date.now() < deadline) await sleep(50);
      if (!exited) child.kill('SIGKILL');
      while (!exited) await sleep(50);
    }
    if (options.addressPool) {
      await execFileAsync('iptables', ['-D', ...forwardRule(options.addressPool, marker)]).catch(() => undefined);
    }
    if (options.defaultBridge) await execFileAsync('ip', ['link', 'delete', bridge]).catch(() => undefined);
    await unmountUnder([workDir, execRoot]);
    rmSync(execRoot, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while ((await unixApi(socketPath, 'GET', '/_ping', 1000).catch(() => ({ status: 0 }))).status !== 200) {
    if (exited || Date.now() > deadline) {
      const log = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`the outer dockerd did not start:\n${log.slice(-3000)}`);
    }
    await sleep(50);
  }
  return { marker, socketPath, endpoint: `unix://${socketPath}`, env, logFile, pid: child.pid!, stop };
}

async function makeBridge(name: string, gateway: string): Promise<void> {
  await execFileAsync('ip', ['link', 'add', 'name', name, 'type', 'bridge']);
  await execFileAsync('ip', ['address', 'add', gateway, 'dev', name]);
  await execFileAsync('ip', ['link', 'set', name, 'up']);
}

/**
 * Containers still running and user networks: dockerd stops neither the one quickly nor removes
 * the other's bridge when it exits.
 */
async function removeLeftovers(socketPath: string): Promise<void> {
  const containers = (await unixApi(socketPath, 'GET', '/containers/json?all=1')).body as Array<{ Id: string }>;
  for (const { Id } of containers) await unixApi(socketPath, 'DELETE', `/containers/${Id}?force=1&v=1`, 30_000);
  const networks = (await unixApi(socketPath, 'GET', '/networks')).body as Array<{ Id: string; Name: string }>;
  for (const network of networks.filter((n) => !['bridge', 'host', 'none'].includes(n.Name))) {
    await unixApi(socketPath, 'DELETE', `/networks/${network.Id}`);
  }
}

/** Mounts a killed daemon may leave (overlays, shm, netns), deepest first. */
async function unmountUnder(roots: string[]): Promise<void> {
  const points = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((point) => point && roots.some((root) => point === root || point.startsWith(`${root}/`)))
    .sort((a, b) => b.length - a.length);
  for (const point of points) await execFileAsync('umount', ['-l', point]).catch(() => undefined);
}
