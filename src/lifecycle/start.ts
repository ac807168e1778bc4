import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { DaemonOptions } from '../config.js';
import { spelled } from '../option-names.js';
import { type CertificatePaths, type CheckedCertificateDir, checkUsableCertificateDir } from '../cert-dir.js';
import { PRIVATE_DIR_MODE, writeCertificateSetRecorded, writeDaemonTlsFiles } from '../files.js';
import { markerOf, newInstanceId } from '../instance-name.js';
import type { Logger } from '../logger.js';
import { reservePort } from '../network/ports.js';
import { type CertificateSet, createCertificateSet } from '../pki/index.js';
import type { SubjectAltName } from '../san.js';
import { bindAddressSans } from './bind-names.js';
import type { CertificatesMade, Engine, EngineRun, LaunchedDaemon } from './engine.js';
import { clientAddress, tcpUrl } from '../network/endpoint.js';
import { clientContext, waitUntilReady } from './readiness.js';
import { proveRefusals } from './refusal.js';
import type { InstanceState } from './state.js';

export interface StartedInstance {
  state: InstanceState;
  certs: CertificatePaths;
  certificateSet: CertificateSet;
  /** DOCKER_HOST for clients: the bind address, or loopback when bound to every interface. */
  dockerHost: string;
  port: number;
  /** Milliseconds from launching the daemon to its first mTLS answer. */
  readyAfterMs: number;
  /** The daemon's pid and log, when the engine has them. */
  pid?: number;
  logFile?: string;
  /** The daemon's unix socket on this machine, when the engine has one. */
  socket?: string;
  /** The docker context made for it (lifecycle/docker-context-step.ts), if any. */
  dockerContext?: string;
  /** The dind container's id, in dind mode. */
  containerId?: string;
}

export interface StartContext {
  /** Parent of our work directory: RUNNER_TEMP in the action, the OS temp dir in the CLI. */
  tempDir: string;
  logger: Logger;
  /** Keeps the state each time the start has made something more; post undoes what it lists. */
  saveState: (state: InstanceState) => void;
  /** Aborts the start (a signal to main): it stops at the next step, with what it made recorded. */
  signal?: AbortSignal;
  /**
   * Work that needs only where clients will connect and their files (a docker context): it runs
   * while the daemon comes up, off the path to its first answer. The start settles it before it
   * ends either way, so that a roll-back finds in the state whatever it made.
   */
  whileStarting?: (client: ClientToBe) => Promise<Partial<Pick<StartedInstance, 'dockerContext'>>>;
}

/** Known once the daemon is launched, before it answers. */
export interface ClientToBe {
  id: string;
  dockerHost: string;
  certs: CertificatePaths;
  /** Records what the work made, in the same state as the rest of the start. */
  saveProgress: (more: Partial<InstanceState>) => void;
  signal?: AbortSignal;
}

/**
 * Certificates, then the engine's daemon on them, ready over mTLS and proven to refuse clients
 * without a certificate. On failure it throws; what it made is in the last saved state.
 */
export async function startInstance(
  options: DaemonOptions,
  engine: Engine,
  context: StartContext,
): Promise<StartedInstance> {
  const logPhase = (what: string) => context.logger.debug(`[${Math.round(performance.now())} ms] ${what}`);
  logPhase('starting');
  const launcher = await engine.check(options);
  const givenCertDir = options.certDir
    ? await checkUsableCertificateDir(options.certDir, options.names.certDir)
    : undefined;
  const port = await reservePort(options.host, options.port, options.names);
  logPhase('checks done');

  const run = await beginInstance(engine, options, context, { host: options.host, port, givenCertDir }, logPhase);
  const daemon = await launcher.launch(run);
  try {
    return await answerAndProve(daemon, run, options, context, port, logPhase);
  } catch (error) {
    await daemon.settled?.();
    throw error;
  }
}

/** Waits for the launched daemon's mTLS answer, proves it refuses strangers, and builds the result. */
async function answerAndProve(
  daemon: LaunchedDaemon,
  run: InstanceRun,
  options: DaemonOptions,
  context: StartContext,
  port: number,
  logPhase: (what: string) => void,
): Promise<StartedInstance> {
  const certificates = await run.certificates();
  const host = daemon.clientEndpoint?.host ?? clientAddress(options.host);
  const clientPort = daemon.clientEndpoint?.port ?? port;
  const dockerHost = tcpUrl(host, clientPort);
  const { certificateSet } = certificates;
  const alongside = beside(
    context.whileStarting?.({
      id: run.id,
      dockerHost,
      certs: certificates.certs,
      saveProgress: run.saveProgress,
      signal: context.signal,
    }),
  );
  try {
    const readyAfterMs = await answer(daemon, options, context, { host, port: clientPort, certificateSet });
    const details = await daemon.ready();
    run.saveProgress({ dockerHost });
    await proveRefusals(host, clientPort, certificateSet, context.logger);
    const more = await alongside.join();
    logPhase('refusals proven');
    return { state: run.state(), ...certificates, dockerHost, port: clientPort, readyAfterMs, ...details, ...more };
  } catch (error) {
    await alongside.join().catch(() => undefined);
    throw error;
  }
}

/** Waits for the daemon's first mTLS answer; the milliseconds from its launch. */
async function answer(
  daemon: LaunchedDaemon,
  options: DaemonOptions,
  context: StartContext,
  client: { host: string; port: number; certificateSet: CertificateSet },
): Promise<number> {
  const { host, port, certificateSet } = client;
  await waitUntilReady({
    daemon,
    host,
    port,
    tls: clientContext({
      ca: certificateSet.caCertPem,
      cert: certificateSet.client.certPem,
      key: certificateSet.client.keyPem,
    }),
    timeoutMs: options.startupTimeoutMs,
    timeoutOption: spelled(options.names, 'startupTimeout'),
    sansOption: spelled(options.names, 'sans'),
    signal: context.signal,
  });
  const readyAfterMs = performance.now() - daemon.launchedAt;
  context.logger.info(
    `${daemon.name} answers mTLS /_ping on ${tcpUrl(host, port)} after ${Math.round(readyAfterMs)} ms`,
  );
  return readyAfterMs;
}

/** Runs `work` beside the caller's own; `join` waits for it and rethrows its failure. */
function beside<T>(work: Promise<T> | undefined): { join: () => Promise<T | undefined> } {
  // Caught at once: a failure while the caller still waits for the daemon is no unhandled rejection.
  const outcome = work?.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return {
    join: async () => {
      const settled = await outcome;
      if (settled && 'error' in settled) throw settled.error;
      return settled?.value;
    },
  };
}

type InstanceRun = EngineRun & {
  state(): InstanceState;
};

/** The instance's id, its private work directory and its first saved state; the run an engine uses. */
async function beginInstance(
  engine: Engine,
  options: DaemonOptions,
  context: StartContext,
  where: { host: string; port: number; givenCertDir?: CheckedCertificateDir },
  logPhase: (what: string) => void,
): Promise<InstanceRun> {
  const { givenCertDir, ...listen } = where;
  const { id, workDir } = await makeWorkDir(context.tempDir);
  const marker = markerOf(id);
  let state: InstanceState = { version: 1, engine: engine.kind, id, workDir };
  const saveProgress = (more: Partial<InstanceState>) => {
    state = { ...state, ...more };
    context.saveState(state);
    context.signal?.throwIfAborted();
  };
  saveProgress({});
  let certificates: ReturnType<EngineRun['certificates']> | undefined;
  return {
    id,
    marker,
    workDir,
    options,
    listen,
    logger: context.logger,
    signal: context.signal,
    saveProgress,
    logPhase,
    // Made once: the engine asks while it works, the lifecycle afterwards for the client's keys.
    certificates: (extraSans = []) =>
      (certificates ??= makeCertificates(
        options,
        { dir: givenCertDir ?? join(workDir, 'certs'), workDir },
        // Read when they are made: an engine's bridge made before then is among the interfaces.
        [...bindAddressSans(listen.host), ...extraSans],
        saveProgress,
        context.logger,
      )),
    state: () => state,
  };
}

/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
export async function makeWorkDir(tempDir: string, newId = newInstanceId): Promise<{ id: string; workDir: string }> {
  await fs.mkdir(tempDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  for (let attempt = 1; ; attempt += 1) {
    const id = newId();
    const workDir = join(tempDir, markerOf(id));
    try {
      await fs.mkdir(workDir, { mode: PRIVATE_DIR_MODE });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 10) continue;
      throw error;
    }
    await fs.chmod(workDir, PRIVATE_DIR_MODE);
    return { id, workDir };
  }
}

/**
 * Creates the set and writes it to the given cert-dir (checked before anything was made) or our
 * own, and the daemon's copy of the server's files into the private work directory. What it made
 * in a given cert-dir is recorded by device and inode, so that teardown removes only that.
 */
async function makeCertificates(
  options: DaemonOptions,
  where: { dir: CheckedCertificateDir | string; workDir: string },
  extraSans: SubjectAltName[],
  saveProgress: (more: Partial<InstanceState>) => void,
  logger: Logger,
): Promise<CertificatesMade> {
  const { dir, workDir } = where;
  const given = typeof dir === 'string' ? undefined : dir;
  const certDir = given?.paths.dir ?? (dir as string);
  saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
  const certificateSet = await createCertificateSet({ ...options, serverSans: [...options.serverSans, ...extraSans] });
  const { paths: certs, made } = await writeCertificateSetRecorded(dir, certificateSet, {
    input: options.names.certDir,
  });
  if (given) {
    saveProgress({
      certDirCreated: made.createdDirs,
      certDirIdentities: made.identities,
      certDirMode: made.originalMode,
    });
  }
  const daemonTls = await writeDaemonTlsFiles(workDir, certificateSet);
  saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
  logger.info(
    `Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certDir}`,
  );
  return { certificateSet, certs, daemonTls };
}
