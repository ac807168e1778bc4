import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { SecureContext } from 'node:tls';
import { constants, promises as fs, openSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DaemonOptions } from '../config.js';
import { DockerTlsError } from '../errors.js';
import {
  type CertificatePaths,
  checkCertificateDir,
  makePrivateDir,
  writeCertificateSet,
  writeFileAtomic,
} from '../files.js';
import type { Logger } from '../logger.js';
import { type CertificateSet, createCertificateSet } from '../pki/index.js';
import { buildDaemonJson, dockerdFlags, tcpUrl } from './daemon-json.js';
import { diagnoseDaemonLog, lastLines } from './diagnose.js';
import { containerdConfig, containerdPaths, waitForContainerd } from './containerd.js';
import { findContainerd, findDockerd } from './dockerd-binary.js';
import { createBridge, planBridge } from './network.js';
import { reservePort } from './ports.js';
import { type Privilege, detectPrivilege } from './privilege.js';
import { clientAddress, clientContext, pingOnce, probePlainHttp, probeWithoutClientCert } from './probe.js';
import { readPid } from './processes.js';
import { type InstanceState, markerOf } from './state.js';
import { sweepStaleInstances } from './sweep.js';

export interface StartedDaemon {
  state: InstanceState;
  certs: CertificatePaths;
  set: CertificateSet;
  /** DOCKER_HOST for clients: the bind address, or loopback when bound to every interface. */
  dockerHost: string;
  port: number;
  /** Milliseconds from spawning dockerd to its first mTLS answer. */
  readyAfterMs: number;
}

export interface StartContext {
  /** Parent of our work directory: RUNNER_TEMP in the action, the OS temp dir in the CLI. */
  tempDir: string;
  logger: Logger;
  /** Called with the state each time main has made something more; post undoes what it lists. */
  record: (state: InstanceState) => void;
  privilege?: Privilege;
  /** Aborts the start (a signal to main): it stops at the next step, with what it made recorded. */
  signal?: AbortSignal;
}

const PROBE_TIMEOUT_MS = 2000;

/**
 * Certificates, then a dockerd of our own with --tlsverify, ready and proven to refuse clients
 * without a certificate. On failure it throws; what it made is in the last recorded state.
 */
export async function startDaemon(options: DaemonOptions, context: StartContext): Promise<StartedDaemon> {
  const { logger } = context;
  // Milliseconds since this process started, in the debug log: where the time to ready goes.
  const mark = (what: string) => logger.debug(`[${Math.round(performance.now())} ms] ${what}`);
  mark('starting');
  const privilege = context.privilege ?? (await detectPrivilege());
  const [dockerd, containerd] = await Promise.all([findDockerd(), findContainerd()]);
  if (options.certDir) await checkUsableCertificateDir(options.certDir);
  const port = await reservePort(options.host, options.port);
  mark('checks done');

  const id = randomBytes(4).toString('hex');
  const marker = markerOf(id);
  const workDir = join(context.tempDir, marker);
  let state: InstanceState = { version: 1, id, workDir, viaSudo: privilege.viaSudo };
  const record = (more: Partial<InstanceState>) => {
    state = { ...state, ...more };
    context.record(state);
    context.signal?.throwIfAborted();
  };
  record({});
  await makePrivateDir(workDir);

  // exec-root holds containerd's sockets, whose paths must stay under the 108-byte limit of
  // sun_path: a short path in /run (or /tmp) rather than one under a deep RUNNER_TEMP.
  const execRoot = join((await isDir('/run')) ? '/run' : '/tmp', marker);
  const paths = {
    execRoot,
    dataRoot: join(workDir, 'data'),
    pidFile: join(workDir, 'docker.pid'),
    logFile: join(workDir, 'docker.log'),
    socket: join(workDir, 'docker.sock'),
    config: join(workDir, 'daemon.json'),
  };
  const ctd = containerdPaths(workDir, execRoot);
  record({ execRoot: paths.execRoot, dataRoot: paths.dataRoot, containerdLogFile: ctd.logFile });

  // containerd boots while the certificates and the bridge are made: it needs neither.
  await writeFileAtomic(ctd.config, containerdConfig(paths.dataRoot, execRoot, ctd.socket), 0o600);
  const containerdChild = spawnDetached([...privilege.prefix, containerd, '--config', ctd.config], ctd.logFile);
  let containerdExit: string | undefined;
  containerdChild.once('exit', (code, signal) => {
    containerdExit = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  });
  record({ containerdPid: containerdChild.pid });
  mark('containerd spawned');

  const certDir = options.certDir ?? join(workDir, 'certs');
  record({
    certDir,
    certDirWasGiven: options.certDir !== undefined,
    certDirExisted: options.certDir !== undefined && (await isDir(options.certDir)),
  });
  const makeCertificates = async () => {
    const set = await createCertificateSet(options);
    const written = { set, certs: await writeCertificateSet(certDir, set) };
    mark('certificates written');
    return written;
  };
  const makeBridge = async () => {
    // Before planning: subnets held by crashed runs' bridges are free again.
    await sweepStaleInstances(privilege, logger);
    const plan = await planBridge(privilege, id);
    record({ bridge: plan.name });
    await createBridge(privilege, plan);
    mark('bridge created');
    return plan;
  };
  const [{ set, certs }, bridge] = await Promise.all([makeCertificates(), makeBridge()]);
  record({ expiresAt: set.notAfter.toISOString() });
  logger.info(`Certificates (${set.keyAlgorithm}, valid until ${set.notAfter.toISOString()}) in ${certDir}`);
  logger.debug(`Bridge ${bridge.name} on ${bridge.subnet}`);

  await waitForContainerd(
    ctd.socket,
    options.startupTimeoutMs,
    () => containerdExit,
    async () => lastLines(await fs.readFile(ctd.logFile, 'utf8').catch(() => ''), 15),
    context.signal,
  );
  containerdChild.unref();
  mark('containerd listens');

  const daemonJson = buildDaemonJson({
    certs,
    socketPath: paths.socket,
    tcpHost: options.host,
    port,
    dataRoot: paths.dataRoot,
    execRoot: paths.execRoot,
    pidFile: paths.pidFile,
    bridge: bridge.name,
    containerdSocket: ctd.socket,
    marker,
    userConfig: options.daemonConfig,
  });
  await writeFileAtomic(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
  record({ pidFile: paths.pidFile, logFile: paths.logFile, socket: paths.socket });

  const spawnedAt = performance.now();
  const child = spawnDetached(
    [...privilege.prefix, dockerd, '--config-file', paths.config, ...dockerdFlags(marker)],
    paths.logFile,
  );
  record({ spawnedPid: child.pid });
  mark('dockerd spawned');
  logger.info(`dockerd started (pid ${child.pid}), log: ${paths.logFile}`);

  const host = clientAddress(options.host);
  const tls = clientContext({ ca: set.caCertPem, cert: set.client.certPem, key: set.client.keyPem });
  await waitUntilReady(child, host, port, tls, options.startupTimeoutMs, paths.logFile, context.signal);
  const readyAfterMs = performance.now() - spawnedAt;
  logger.info(`dockerd answers mTLS /_ping on ${tcpUrl(host, port)} after ${Math.round(readyAfterMs)} ms`);
  record({ pid: await readPid(paths.pidFile), dockerHost: tcpUrl(host, port) });

  await proveRefusals(host, port, set.caCertPem, logger);
  mark('refusals proven');
  child.unref();
  return { state, certs, set, dockerHost: tcpUrl(host, port), port, readyAfterMs };
}

/**
 * cert-dir must be a new or empty directory this process can write: checked before anything is made,
 * so a read-only mount or a file in the way is one clear error instead of a half-made set-up.
 */
async function checkUsableCertificateDir(dir: string): Promise<void> {
  await checkCertificateDir(dir, false).catch((error: unknown) => {
    if (error instanceof DockerTlsError) throw error;
    throw unusableCertificateDir(dir, error);
  });
  // The directory, or the nearest part of its path that exists: it will be created below that.
  let existing = dir;
  while (!(await fs.lstat(existing).catch(() => undefined)) && dirname(existing) !== existing) {
    existing = dirname(existing);
  }
  try {
    if (!(await fs.stat(existing)).isDirectory()) {
      throw Object.assign(new Error(`${existing} is not a directory`), { code: 'ENOTDIR' });
    }
    await fs.access(existing, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw unusableCertificateDir(dir, error);
  }
}

function unusableCertificateDir(dir: string, error: unknown): DockerTlsError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOTDIR'
      ? 'a file is in the way (not a directory)'
      : code === 'EROFS'
        ? 'it is on a read-only file system'
        : code === 'EACCES' || code === 'EPERM'
          ? 'this user may not write there (permission denied)'
          : (error as Error).message;
  return new DockerTlsError(
    `The cert-dir ${dir} cannot be used: ${reason}.`,
    'Point cert-dir at a new or empty directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.',
    { badInput: true, cause: error },
  );
}

async function isDir(path: string): Promise<boolean> {
  return (await fs.stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Detached with its own process group, output to the log: it outlives this step's process. */
function spawnDetached(command: string[], logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a', 0o600);
  try {
    const [file, ...args] = command;
    const child = spawn(file, args, { detached: true, stdio: ['ignore', fd, fd] });
    if (child.pid === undefined) throw new DockerTlsError(`Could not start ${file}.`);
    return child;
  } finally {
    closeSync(fd);
  }
}

async function waitUntilReady(
  child: ChildProcess,
  host: string,
  port: number,
  tls: SecureContext,
  timeoutMs: number,
  logFile: string,
  signal?: AbortSignal,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let exited: string | undefined;
  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    exited = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  };
  child.once('exit', onExit);
  let interval = 5;
  let lastError = '';
  try {
    while (performance.now() < deadline) {
      signal?.throwIfAborted();
      if (exited) break;
      try {
        const remaining = Math.max(1, deadline - performance.now());
        const { status, body } = await pingOnce(host, port, tls, Math.min(PROBE_TIMEOUT_MS, remaining));
        if (status === 200) return;
        lastError = `HTTP ${status} ${body.slice(0, 200)}`;
      } catch (error) {
        lastError = (error as Error).message;
      }
      if (exited) break;
      signal?.throwIfAborted();
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(interval, Math.max(0, deadline - performance.now()))),
      );
      // dockerd is usually ready within 100-300 ms: polling finely costs little and answers sooner.
      interval = Math.min(interval * 1.5, 20);
    }
  } finally {
    child.off('exit', onExit);
  }
  const log = await fs.readFile(logFile, 'utf8').catch(() => '');
  const cause = diagnoseDaemonLog(log);
  const what = exited
    ? `dockerd ${exited} before it was ready`
    : `dockerd did not answer an mTLS /_ping within ${timeoutMs} ms (last: ${lastError})`;
  throw new DockerTlsError(
    `${what}.${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${logFile}):\n${lastLines(log, 15) || '(empty)'}`,
    exited ? undefined : 'A slow runner may need a longer startup-timeout; the log above shows how far dockerd got.',
  );
}

/** The point of the exercise: the port must refuse anyone without a certificate from our CA. */
async function proveRefusals(host: string, port: number, ca: string, logger: Logger): Promise<void> {
  const [noCert, plain] = await Promise.all([
    probeWithoutClientCert(host, port, ca, PROBE_TIMEOUT_MS * 2),
    probePlainHttp(host, port, PROBE_TIMEOUT_MS * 2),
  ]);
  if (!noCert.refused || !plain.refused) {
    throw new DockerTlsError(
      `The daemon on port ${port} answered a client it must refuse: ${!noCert.refused ? `TLS without a client certificate ${noCert.detail}` : `plain HTTP ${plain.detail}`}.`,
      'Something else may be listening on this port, or the daemon configuration disables tlsverify. The job was stopped so nothing runs against an open Docker API.',
    );
  }
  logger.info(`Refused as it must: TLS without a client certificate (${noCert.detail}); plain HTTP (${plain.detail}).`);
}
