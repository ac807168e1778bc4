import { join } from 'node:path';
import type { DaemonOptions } from '../config.js';
import { spelled } from '../option-names.js';
import { type CertificatePaths, type CheckedCertificateDir, checkUsableCertificateDir } from '../cert-dir.js';
import { markerOf } from '../instance-name.js';
import type { Logger } from '../logger.js';
import { reservePort } from '../network/ports.js';
import { type CertificateSet, prepareCertificateSet } from '../pki/index.js';
import { bindAddressSans } from './bind-names.js';
import { makeWorkDir } from './work-dir.js';
import { makeCertificates } from './certificates.js';
import type { Engine, EngineRun, LaunchedDaemon } from './engine.js';
import { clientAddress, tcpUrl } from '../network/endpoint.js';
import { clientContext, waitUntilReady } from './readiness.js';
import { proveRefusals, strangerCertificate } from './refusal.js';
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
  // The proof's foreign client certificate is made while the daemon comes up.
  const stranger = strangerCertificate();
  stranger.catch(() => undefined);
  try {
    const readyAfterMs = await answer(daemon, options, context, { host, port: clientPort, certificateSet });
    const details = await daemon.ready();
    run.saveProgress({ dockerHost });
    await proveRefusals(host, clientPort, certificateSet, context.logger, stranger);
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
  // Begun now, while the engine works: only the server's signature waits for its names (dind's
  // addresses come with the container's start). Awaited by certificates(); a launch that fails
  // before it asks leaves no unhandled rejection.
  const prepared = prepareCertificateSet(options);
  prepared.catch(() => undefined);
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
        prepared,
        { dir: givenCertDir ?? join(workDir, 'certs'), workDir },
        // Read when they are made: an engine's bridge made before then is among the interfaces.
        [...bindAddressSans(listen.host), ...extraSans],
        saveProgress,
        context.logger,
      )),
    state: () => state,
  };
}
