import { clientEnvironment } from '../core/client-environment.js';
import { type Endpoint, endpointOf } from '../core/endpoint.js';
import type { Logger } from '../core/logger.js';
import { spelled } from '../core/options/names.js';
import type { Options } from '../core/options/options.js';
import type { CertificateSet } from '../core/pki/index.js';
import type { CertificatePaths } from '../core/pki/layout.js';
import type { InstanceState } from '../core/state.js';
import type { DaemonDetails, Engine, LaunchedDaemon } from '../engines/engine.js';
import { checkUsableCertificateDir, refuseUntrusted } from '../host/cert-dir.js';
import { reservePort } from '../host/network/ports.js';
import { type InstanceRun, beginInstance } from './begin.js';
import { startCertificateWork } from './certificate-thread.js';
import { clientContext } from '../core/probes.js';
import { waitUntilReady } from './readiness.js';
import { proveRefusals } from './refusal.js';
import type { StateStore } from './state-store.js';

export interface StartedInstance {
  state: InstanceState;
  certs: CertificatePaths;
  certificateSet: CertificateSet;
  /** The daemon, ready and proven to refuse strangers; absent in mode certs (no daemon). */
  daemon?: StartedDaemon;
}

export interface StartedDaemon extends DaemonDetails {
  /** Where it listens and where clients reach it (DOCKER_HOST). */
  endpoint: Endpoint;
  /** Milliseconds from launching it to its first mTLS answer. */
  readyAfterMs: number;
  /** What clients need: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE. */
  environment: Record<string, string>;
  /** The docker context made for it (lifecycle/docker-context-step.ts), if any. */
  dockerContext?: string;
}

/** What another user could do with a directory of state and work directories they can change. */
const TEMP_DIR_RISK = 'forge the state that down and post act on as root, or swap the work directory';

export interface StartContext {
  /** Parent of our work directory (and the CLI's state file): RUNNER_TEMP, --state-dir, stateDir, the OS temp dir. */
  tempDir: string;
  /** How the user names it, for the error when another user could change it: `--state-dir`, `stateDir`. */
  tempDirInput?: string;
  logger: Logger;
  /** Keeps the state each time the start has made something more; teardown undoes what it lists. */
  store: StateStore;
  /** Aborts the start (a signal to main): it stops at the next step, with what it made recorded. */
  signal?: AbortSignal;
  /**
   * Work that needs only where clients will connect and their files (a docker context): it runs
   * while the daemon comes up, off the path to its first answer. The start settles it before it
   * ends either way, so that a roll-back finds in the state whatever it made.
   */
  whileStarting?: (client: ClientToBe) => Promise<Pick<StartedDaemon, 'dockerContext'>>;
}

/** Known once the daemon is launched, before it answers. */
export interface ClientToBe {
  id: string;
  endpoint: Endpoint;
  certs: CertificatePaths;
  /** Records what the work made, in the same state as the rest of the start. */
  saveProgress: (more: Partial<InstanceState>) => void;
  signal?: AbortSignal;
}

/**
 * Certificates, then the engine's daemon on them, ready over mTLS and proven to refuse clients
 * without a certificate. On failure it throws; what it made is in the last saved state.
 */
export async function startInstance(options: Options, engine: Engine, context: StartContext): Promise<StartedInstance> {
  const logPhase = (what: string) => context.logger.debug(`[${Math.round(performance.now())} ms] ${what}`);
  logPhase('starting');
  // Begun before the checks, beside them: it makes nothing (keys and certificates in memory), and
  // loading the X.509 library and signing are the longest part of the way to the daemon's spawn.
  const work = startCertificateWork(options);
  // A start that fails before it asks for them leaves no unhandled rejection.
  work.prepared.catch(() => undefined);
  work.stranger.catch(() => undefined);
  let run: InstanceRun | undefined;
  try {
    await refuseUntrusted(context.tempDir, context.tempDirInput ?? 'temp directory', TEMP_DIR_RISK);
    const launcher = await engine.check(options);
    const givenCertDir = options.certDir
      ? await checkUsableCertificateDir(options.certDir, options.names.certDir)
      : undefined;
    const port = engine.listens ? await reservePort(options.host, options.port, options.names) : options.port;
    logPhase('checks done');
    const listen = endpointOf(options.host, port);
    run = await beginInstance(engine, options, context, { listen, givenCertDir }, logPhase, work);
    return await launchAndAnswer(launcher, run, context);
  } catch (error) {
    // cert-dir is written while the daemon starts: nothing may land there after the clean-up.
    await run?.certificatesWritten();
    throw error;
  } finally {
    work.release();
  }
}

async function launchAndAnswer(
  launcher: Awaited<ReturnType<Engine['check']>>,
  run: InstanceRun,
  context: StartContext,
): Promise<StartedInstance> {
  const daemon = await launcher.launch(run);
  const made = async () => {
    const { certificateSet, certs } = await run.certificates();
    return { state: run.state(), certificateSet, certs };
  };
  if (!daemon) return made();
  try {
    const started = await answerAndProve(daemon, run, context);
    return { ...(await made()), daemon: started };
  } catch (error) {
    await daemon.settled?.();
    throw error;
  }
}

/** Waits for the launched daemon's mTLS answer, proves it refuses strangers, and says how to reach it. */
async function answerAndProve(daemon: LaunchedDaemon, run: InstanceRun, context: StartContext): Promise<StartedDaemon> {
  const { certificateSet, certs } = await run.certificates();
  const endpoint = daemon.endpoint ?? run.listen;
  const alongside = beside(
    context.whileStarting?.({ id: run.id, endpoint, certs, saveProgress: run.saveProgress, signal: context.signal }),
  );
  try {
    const readyAfterMs = await answer(daemon, run, endpoint, certificateSet);
    const details = await daemon.ready();
    run.saveProgress({ dockerHost: endpoint.dockerHost });
    await proveRefusals(endpoint, certificateSet, context.logger, run.stranger());
    const more = await alongside.join();
    run.logPhase('refusals proven');
    const environment = clientEnvironment({ ...endpoint, clientDir: certs.clientDir, socket: details.socket });
    run.saveProgress({ environment });
    return { endpoint, readyAfterMs, environment, ...details, ...more };
  } catch (error) {
    await alongside.join().catch(() => undefined);
    throw error;
  }
}

/** Waits for the daemon's first mTLS answer; the milliseconds from its launch. */
async function answer(
  daemon: LaunchedDaemon,
  run: InstanceRun,
  endpoint: Endpoint,
  certificateSet: CertificateSet,
): Promise<number> {
  const { names, startupTimeoutMs } = run.options;
  await waitUntilReady({
    daemon,
    endpoint,
    tls: clientContext({
      ca: certificateSet.caCertPem,
      cert: certificateSet.client.certPem,
      key: certificateSet.client.keyPem,
    }),
    timeoutMs: startupTimeoutMs,
    timeoutOption: spelled(names, 'startupTimeout'),
    sansOption: spelled(names, 'sans'),
    signal: run.signal,
  });
  const readyAfterMs = performance.now() - daemon.launchedAt;
  run.logger.info(`${daemon.name} answers mTLS /_ping on ${endpoint.dockerHost} after ${Math.round(readyAfterMs)} ms`);
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
