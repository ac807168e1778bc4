// A dockerd started by hand, as the manual recipe does: the action's own daemon.json (buildDaemonJson:
// TLS files, unix + tcp hosts, its own data-root, exec-root, pidfile, containerd namespace, and a
// bridge of its own or none), and nothing else: no readiness probe over mTLS, no refusal proof. The
// bench's baseline and the tests' own dockerd; removed with the dockerd engine's teardown.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, promises as fs } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { buildDaemonJson, dockerdFlags } from '../src/engines/dockerd/daemon-json.js';
import { findDockerd } from '../src/engines/dockerd/binaries.js';
import { dockerdPaths } from '../src/engines/dockerd/paths.js';
import { AS_ROOT } from '../src/host/privilege.js';
import { type DockerdState } from '../src/engines/dockerd/state.js';
import { teardownInstance } from '../src/lifecycle/teardown.js';
import { markerOf, newInstanceId } from '../src/core/naming.js';
import { silentLogger } from '../src/core/logger.js';
import { createBridge } from '../src/host/network/bridge.js';
import { readHostNetworks } from '../src/host/network/ipv4.js';
import { type AddressPlan, planAddresses } from '../src/host/network/pools.js';
import { waitUntil } from '../src/core/wait.js';
import { freePort } from './ports.js';

/** The server side of a certificate set, wherever a recipe put it. */
export interface ServerTlsFiles {
  ca: string;
  cert: string;
  key: string;
}

export interface BareDaemon {
  id: string;
  /** `dtls-<id>`: in every path and in the command lines, so the leak accounting sees it. */
  marker: string;
  host: string;
  port: number;
  socket: string;
  log: string;
  config: string;
  /** What teardown removes, as the action records it. */
  state: DockerdState;
  child?: ChildProcess;
  exited?: Promise<void>;
}

/** Every bare daemon made and not yet removed: removed at exit whatever happened. */
const live = new Set<BareDaemon>();
/** The id of every bare daemon this process made, to check at the end that none left anything. */
export const bareIds: string[] = [];

/**
 * Writes daemon.json and, with `bridge`, creates a bridge of its own on a free /24 as the action does
 * (without, dockerd runs with "bridge": "none"). `tls` gives the server's files, or a function that
 * writes them into the work directory.
 */
export async function prepareBareDaemon(
  parent: string,
  tls: ServerTlsFiles | ((workDir: string) => ServerTlsFiles),
  options: { bridge: boolean } = { bridge: true },
): Promise<BareDaemon> {
  const id = newInstanceId();
  const marker = markerOf(id);
  const workDir = join(parent, marker);
  const paths = await dockerdPaths(workDir, marker);
  const state: DockerdState = { version: 1, mode: 'dockerd', id, workDir, ...paths };
  const daemon: BareDaemon = {
    ...{ id, marker, host: '127.0.0.1', port: await freePort('127.0.0.1') },
    ...{ socket: paths.socket, log: paths.logFile, config: paths.config, state },
  };
  live.add(daemon);
  bareIds.push(id);
  await fs.mkdir(workDir, { recursive: true, mode: 0o700 });
  const serverTls = typeof tls === 'function' ? tls(workDir) : tls;
  let plan: AddressPlan | undefined;
  if (options.bridge) {
    // As the engine does: a block of our address pools, its first /24 for the bridge.
    plan = planAddresses(id, await readHostNetworks(AS_ROOT));
    Object.assign(state, { bridge: marker, addressBlock: plan.block });
    await createBridge(AS_ROOT, { name: marker, gatewayCidr: plan.gatewayCidr, subnet: plan.bridgeSubnet });
  }
  const json = buildDaemonJson({
    ...{ serverTls, socketPath: paths.socket, listen: { bindHost: daemon.host, port: daemon.port } },
    ...{ dataRoot: paths.dataRoot, execRoot: paths.execRoot, pidFile: paths.pidFile },
    ...{ bridge: state.bridge ?? 'none', addressPools: plan?.defaultAddressPools, marker, userConfig: {} },
  });
  await fs.writeFile(daemon.config, JSON.stringify(json, null, 2) + '\n', { mode: 0o600 });
  return daemon;
}

/** Spawns dockerd; returns performance.now() taken just before the spawn. */
export async function spawnBareDaemon(daemon: BareDaemon): Promise<number> {
  const dockerd = await findDockerd();
  if (!live.has(daemon)) throw new Error(`${daemon.marker} was already removed`);
  const fd = openSync(daemon.log, 'a', 0o600);
  try {
    const spawnedAt = performance.now();
    const args = ['--config-file', daemon.config, ...dockerdFlags(daemon.marker)];
    const child = spawn(dockerd, args, { stdio: ['ignore', fd, fd] });
    daemon.child = child;
    daemon.state.spawnedPid = child.pid;
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

/** Polls until `answers` says the daemon is up; returns performance.now() then. Fails when it exits. */
export async function waitForBareDaemon(
  daemon: BareDaemon,
  answers: () => Promise<boolean> = () => unixPing(daemon.socket),
  timeoutMs = 60_000,
  intervalMs = 5,
): Promise<number> {
  let exited = false;
  void daemon.exited?.then(() => (exited = true));
  const readyAt = await waitUntil(async () => (exited ? -1 : (await answers()) ? performance.now() : undefined), {
    timeoutMs,
    intervalMs,
  });
  if (readyAt !== undefined && readyAt >= 0) return readyAt;
  const log = await fs.readFile(daemon.log, 'utf8').catch(() => '');
  throw new Error(
    `bare dockerd ${exited ? 'exited' : 'did not answer /_ping'} (${daemon.marker}); log tail:\n${log.split('\n').slice(-10).join('\n')}`,
  );
}

/** SIGTERM, then the child's exit. Returns milliseconds from the signal to the exit. */
export async function killAndWait(daemon: BareDaemon, timeoutMs = 30_000): Promise<number> {
  const child = daemon.child;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) throw new Error('bare dockerd not running');
  const start = performance.now();
  child.kill('SIGTERM');
  const timer = new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref());
  const timedOut = await Promise.race([daemon.exited!.then(() => false), timer]);
  if (timedOut) throw new Error(`bare dockerd did not exit within ${timeoutMs} ms of SIGTERM`);
  return performance.now() - start;
}

/** Removes everything of a bare daemon with the lifecycle's teardown of mode dockerd; returns its warnings. */
export async function removeBareDaemon(daemon: BareDaemon): Promise<string[]> {
  const report = await teardownInstance(daemon.state, silentLogger, { stopTimeoutMs: 15_000 });
  live.delete(daemon);
  return report.warnings;
}

/** Removes every bare daemon still listed; for a finally or a signal handler. */
export async function removeAllBareDaemons(): Promise<string[]> {
  const problems: string[] = [];
  for (const daemon of [...live]) problems.push(...(await removeBareDaemon(daemon)));
  return problems;
}
