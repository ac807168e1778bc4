// A dockerd started by hand, as the manual recipe does: the same kind of daemon.json as the
// action's (TLS files, unix + tcp hosts, its own data-root, exec-root, pidfile and bridge), and
// nothing else: no readiness probe over mTLS, no refusal proof, no state. Used as the baseline.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, promises as fs } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { buildDaemonJson } from '../src/daemon/daemon-json.js';
import { findDockerd } from '../src/daemon/dockerd-binary.js';
import { mountsUnder } from '../src/daemon/mounts.js';
import { createBridge, deleteBridge } from '../src/network/bridge.js';
import { readHostNetworks } from '../src/network/ipv4.js';
import { planAddresses } from '../src/network/pools.js';
import { reservePort } from '../src/network/ports.js';
import { AS_ROOT, runAsRoot } from '../src/daemon/privilege.js';
import { isAlive, listProcesses, processesOf } from '../src/daemon/processes.js';
import { UP_OPTION_NAMES } from '../src/cli/option-names.js';
import { throwIfAborted } from './abort.js';
import { sleep } from './stats.js';

/** The server side of a certificate set, wherever a recipe put it. */
export interface ServerTlsFiles {
  ca: string;
  cert: string;
  key: string;
}

export interface BareDaemon {
  /** Part of every name and path, `dtlsb-<hex>`: not the action's `dtls-<hex>`, so its tests never count it as a leak. */
  marker: string;
  workDir: string;
  execRoot: string;
  socket: string;
  port: number;
  bridge: string;
  log: string;
  config: string;
  child?: ChildProcess;
  exited?: Promise<void>;
}

/** Every bare daemon made and not yet removed: removed at exit whatever happened. */
const live = new Set<BareDaemon>();
/** The marker of every bare daemon this run made, to check at the end that none left anything. */
export const bareMarkers: string[] = [];

/** Writes daemon.json and creates the bridge (as the action does: a bridge of its own in a free block). */
export async function prepareBareDaemon(parent: string, tls: ServerTlsFiles): Promise<BareDaemon> {
  throwIfAborted();
  const id = randomBytes(4).toString('hex');
  const marker = `dtlsb-${id}`;
  const workDir = join(parent, marker);
  const addresses = planAddresses(id, await readHostNetworks(AS_ROOT));
  const plan = { name: marker, gatewayCidr: addresses.gatewayCidr, subnet: addresses.bridgeSubnet };
  const daemon: BareDaemon = {
    marker,
    workDir,
    execRoot: join('/run', marker),
    socket: join(workDir, 'docker.sock'),
    port: await reservePort('127.0.0.1', 0, UP_OPTION_NAMES),
    bridge: plan.name,
    log: join(workDir, 'docker.log'),
    config: join(workDir, 'daemon.json'),
  };
  live.add(daemon);
  bareMarkers.push(marker);
  await fs.mkdir(workDir, { recursive: true, mode: 0o700 });
  await createBridge(AS_ROOT, plan);
  const json = buildDaemonJson({
    serverTls: tls,
    socketPath: daemon.socket,
    tcpHost: '127.0.0.1',
    port: daemon.port,
    dataRoot: join(workDir, 'data'),
    execRoot: daemon.execRoot,
    pidFile: join(workDir, 'docker.pid'),
    bridge: daemon.bridge,
    marker,
    userConfig: {},
  });
  await fs.writeFile(daemon.config, JSON.stringify(json, null, 2) + '\n', { mode: 0o600 });
  return daemon;
}

/** Spawns dockerd; returns performance.now() taken just before the spawn. */
export async function spawnBareDaemon(daemon: BareDaemon): Promise<number> {
  const dockerd = await findDockerd();
  throwIfAborted();
  if (!live.has(daemon)) throw new Error(`${daemon.marker} was already removed`);
  const fd = openSync(daemon.log, 'a', 0o600);
  try {
    const spawnedAt = performance.now();
    const child = spawn(dockerd, ['--config-file', daemon.config], { stdio: ['ignore', fd, fd] });
    daemon.child = child;
    daemon.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.once('error', () => undefined);
    return spawnedAt;
  } finally {
    closeSync(fd);
  }
}

/** One plain-HTTP `GET /_ping` on a unix socket, no keep-alive; true on 200. */
export function unixPing(socketPath: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode === 200));
      res.on('error', () => resolve(false));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end();
  });
}

/** Polls `/_ping` on the unix socket every `intervalMs` until a 200; returns performance.now() then. */
export async function waitForUnixPing(daemon: BareDaemon, timeoutMs = 60_000, intervalMs = 5): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let exited = false;
  void daemon.exited?.then(() => (exited = true));
  while (performance.now() < deadline && !exited) {
    if (await unixPing(daemon.socket)) return performance.now();
    await sleep(intervalMs);
  }
  const log = await fs.readFile(daemon.log, 'utf8').catch(() => '');
  throw new Error(
    `bare dockerd ${exited ? 'exited' : 'did not answer /_ping'} (${daemon.marker}); log tail:\n${log.split('\n').slice(-10).join('\n')}`,
  );
}

/** Kill and wait: SIGTERM, then the child's exit. Returns milliseconds from the signal to the exit. */
export async function killAndWait(daemon: BareDaemon, timeoutMs = 30_000): Promise<number> {
  const child = daemon.child;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) throw new Error('bare dockerd not running');
  const start = performance.now();
  child.kill('SIGTERM');
  const timedOut = await Promise.race([daemon.exited!.then(() => false), sleep(timeoutMs).then(() => true)]);
  if (timedOut) throw new Error(`bare dockerd did not exit within ${timeoutMs} ms of SIGTERM`);
  return performance.now() - start;
}

/** Removes everything of a bare daemon: processes, mounts, bridge, directories. Never throws. */
export async function removeBareDaemon(daemon: BareDaemon): Promise<string[]> {
  const problems: string[] = [];
  const attempt = async (what: string, body: () => Promise<unknown>) => {
    try {
      await body();
    } catch (error) {
      problems.push(`${what}: ${(error as Error).message}`);
    }
  };
  await attempt('stopping dockerd', async () => {
    const child = daemon.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const exited = await Promise.race([daemon.exited!.then(() => true), sleep(15_000).then(() => false)]);
    if (!exited) {
      child.kill('SIGKILL');
      await Promise.race([daemon.exited, sleep(5000)]);
    }
  });
  await attempt('stopping leftovers', async () => {
    const leftovers = processesOf(await listProcesses(), daemon.marker).filter((info) => info.pid !== process.pid);
    for (const info of leftovers) {
      try {
        process.kill(info.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    for (const info of leftovers) {
      for (let i = 0; i < 200 && (await isAlive(info.pid)); i += 1) await sleep(25);
    }
  });
  await attempt('unmounting', async () => {
    for (const point of await mountsUnder([daemon.execRoot, daemon.workDir])) {
      await runAsRoot(AS_ROOT, 'umount', [point]).catch(() => runAsRoot(AS_ROOT, 'umount', ['-l', point]));
    }
  });
  await attempt(`removing bridge ${daemon.bridge}`, () => deleteBridge(AS_ROOT, daemon.bridge));
  for (const path of [daemon.execRoot, daemon.workDir]) {
    await attempt(`removing ${path}`, () => fs.rm(path, { recursive: true, force: true }));
  }
  live.delete(daemon);
  return problems;
}

/**
 * What is left of the given markers (`dtlsb-…` or the action's `dtls-…`): processes, mounts, bridges,
 * exec-roots. Empty when everything was cleaned up.
 */
export async function leftoversOf(markers: string[]): Promise<string[]> {
  if (markers.length === 0) return [];
  const found: string[] = [];
  const processes = await listProcesses();
  const mounts = await mountsUnder(markers.map((marker) => join('/run', marker)));
  const links = (await runAsRoot(AS_ROOT, 'ip', ['-o', 'link', 'show'])).stdout;
  for (const marker of markers) {
    for (const info of processesOf(processes, marker)) found.push(`process ${info.pid} ${info.cmdline.slice(0, 120)}`);
    if (new RegExp(`^\\d+: ${marker}[:@]`, 'm').test(links)) found.push(`bridge ${marker}`);
    if (await fs.stat(join('/run', marker)).catch(() => undefined)) found.push(`directory /run/${marker}`);
  }
  found.push(...mounts.map((point) => `mount ${point}`));
  return found;
}

/** Removes every bare daemon still listed; for the bench's finally and its signal handlers. */
export async function removeAllBareDaemons(): Promise<string[]> {
  const problems: string[] = [];
  for (const daemon of [...live]) problems.push(...(await removeBareDaemon(daemon)));
  return problems;
}
