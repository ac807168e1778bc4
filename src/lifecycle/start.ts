import { join } from 'node:path';
import { type DaemonOptions, spelled } from '../config.js';
import {
  type CertificatePaths,
  type CheckedCertificateDir,
  checkUsableCertificateDir,
  makePrivateDir,
  writeCertificateSet,
} from '../files.js';
import { markerOf, newInstanceId } from '../instance-name.js';
import type { Logger } from '../logger.js';
import { reservePort } from '../network/ports.js';
import { type CertificateSet, createCertificateSet } from '../pki/index.js';
import type { SubjectAltName } from '../san.js';
import { bindAddressSans } from './bind-names.js';
import type { Engine, EngineRun } from './engine.js';
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
  const certificates = await run.certificates();
  const host = daemon.clientEndpoint?.host ?? clientAddress(options.host);
  const clientPort = daemon.clientEndpoint?.port ?? port;
  const dockerHost = tcpUrl(host, clientPort);
  const { certificateSet } = certificates;
  await waitUntilReady({
    daemon,
    host,
    port: clientPort,
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
  context.logger.info(`${daemon.name} answers mTLS /_ping on ${dockerHost} after ${Math.round(readyAfterMs)} ms`);
  const details = await daemon.ready();
  run.saveProgress({ dockerHost });
  await proveRefusals(host, clientPort, certificateSet.caCertPem, context.logger);
  logPhase('refusals proven');
  return { state: run.state(), ...certificates, dockerHost, port: clientPort, readyAfterMs, ...details };
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
  const id = newInstanceId();
  const marker = markerOf(id);
  const workDir = join(context.tempDir, marker);
  let state: InstanceState = { version: 1, engine: engine.kind, id, workDir };
  const saveProgress = (more: Partial<InstanceState>) => {
    state = { ...state, ...more };
    context.saveState(state);
    context.signal?.throwIfAborted();
  };
  saveProgress({});
  await makePrivateDir(workDir);
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
        givenCertDir ?? join(workDir, 'certs'),
        // Read when they are made: an engine's bridge made before then is among the interfaces.
        [...bindAddressSans(listen.host), ...extraSans],
        saveProgress,
        context.logger,
      )),
    state: () => state,
  };
}

/** Creates the certificate set and writes it to the given cert-dir (checked before anything was made) or our own. */
async function makeCertificates(
  options: DaemonOptions,
  dir: CheckedCertificateDir | string,
  extraSans: SubjectAltName[],
  saveProgress: (more: Partial<InstanceState>) => void,
  logger: Logger,
): Promise<{ certificateSet: CertificateSet; certs: CertificatePaths }> {
  const given = typeof dir === 'string' ? undefined : dir;
  const certDir = given?.paths.dir ?? (dir as string);
  saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
  const certificateSet = await createCertificateSet({ ...options, serverSans: [...options.serverSans, ...extraSans] });
  const certs = await writeCertificateSet(dir, certificateSet, { input: options.names.certDir });
  saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
  logger.info(
    `Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certDir}`,
  );
  return { certificateSet, certs };
}
