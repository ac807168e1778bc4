// The library entry (`import { startDaemon } from 'docker-tls-action'`): the same lifecycle as the
// action and `docker-tls up`, for a test runner's global set-up. No @actions/* here.
import { tmpdir } from 'node:os';
import { type Logger, silentLogger } from '../../core/logger.js';
import { INPUT_NAMES, type OptionNames } from '../../core/options/names.js';
import { parseOptions } from '../../core/options/options.js';
import { NO_CONTEXT } from '../../core/options/values.js';
import type { InstanceState } from '../../core/state.js';
import { startOrRollBack } from '../../lifecycle/roll-back.js';
import { checkSavedState } from '../../lifecycle/state-check.js';
import { callbackStore } from '../../lifecycle/state-store.js';
import { teardownInstance } from '../../lifecycle/teardown.js';

export type { Logger } from '../../core/logger.js';
export { type InstanceState, StateError } from '../../core/state.js';
export { type CertificateSet, type CertificateSetOptions, createCertificateSet } from '../../core/pki/index.js';

/** The options of the action and of `docker-tls up`, by their input names in camelCase. */
export interface StartOptions {
  /** Bind address (default 127.0.0.1). */
  host?: string;
  /** TLS port; 0 (the default here) picks a free one. */
  port?: number | string;
  /** Extra server names and addresses. */
  tlsSan?: string | string[];
  /** e.g. "90m", "6h" (default 6h). */
  certValidity?: string;
  /** ecdsa-p256 (default), ecdsa-p384, rsa-2048, rsa-3072, rsa-4096. */
  keyAlgorithm?: string;
  /** Where to write server/ and client/ (new or empty); default, the work directory. */
  certDir?: string;
  /** Merged into daemon.json. */
  daemonConfig?: string | Record<string, unknown>;
  /** e.g. "60s" (default). */
  startupTimeout?: string;
  /** Containers reach networks beyond this machine (default true). */
  outbound?: boolean | string;
  /** A dockerd of the calling user's in rootlesskit's namespaces: no root, no sudo (default false). */
  rootless?: boolean | string;
  /** Parent of the work directory (default: the OS temp dir). */
  stateDir?: string;
  /** Make a docker context of this name (none by default). */
  context?: string;
  /** Progress and warnings; silent by default. */
  logger?: Logger;
}

export interface RunningDaemon {
  /** DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE. */
  env: Record<string, string>;
  dockerHost: string;
  certPath: string;
  /** The docker context made, when `context` was given. */
  context?: string;
  /** What was made; `stopDaemon(state)` undoes it from another process too. */
  state: InstanceState;
  /** Stops the daemon and removes everything it made; says what it removed. */
  stop(): Promise<string>;
}

const LIBRARY_NAMES: OptionNames = {
  ...INPUT_NAMES,
  sans: 'tlsSan',
  validity: 'certValidity',
  keyAlgorithm: 'keyAlgorithm',
  certDir: 'certDir',
  daemonConfig: 'daemonConfig',
  startupTimeout: 'startupTimeout',
  style: 'input',
};

/** Starts a dockerd of its own behind mutual TLS (root or passwordless sudo needed; none with `rootless`). */
export async function startDaemon(options: StartOptions = {}): Promise<RunningDaemon> {
  const parsed = parseOptions(
    {
      host: options.host,
      port: String(options.port ?? 0),
      sans: options.tlsSan,
      validity: options.certValidity,
      keyAlgorithm: options.keyAlgorithm,
      certDir: options.certDir,
      daemonConfig:
        typeof options.daemonConfig === 'object' ? JSON.stringify(options.daemonConfig) : options.daemonConfig,
      startupTimeout: options.startupTimeout,
      outbound: options.outbound === undefined ? undefined : String(options.outbound),
      rootless: options.rootless === undefined ? undefined : String(options.rootless),
      context: options.context ?? NO_CONTEXT,
    },
    LIBRARY_NAMES,
  );
  const logger = options.logger ?? silentLogger;
  const outcome = await startOrRollBack(parsed, {
    tempDir: options.stateDir ?? tmpdir(),
    tempDirInput: options.stateDir === undefined ? 'temp directory' : 'stateDir',
    logger,
    store: callbackStore(() => undefined),
    contextRequired: true,
  });
  if (!outcome.started) throw outcome.error;
  const { state, certs, daemon } = outcome.started;
  return {
    env: daemon!.environment,
    dockerHost: daemon!.endpoint.dockerHost,
    certPath: certs.clientDir,
    context: daemon!.dockerContext,
    state,
    stop: () => stopDaemon(state, { logger, stateDir: options.stateDir }),
  };
}

export interface StopOptions {
  /** Progress and warnings; silent by default. */
  logger?: Logger;
  /** The `stateDir` given to startDaemon (default: the OS temp dir): the state's paths must lie there. */
  stateDir?: string;
}

/**
 * Stops what startDaemon made, from its state, in this process or another; idempotent. Returns what
 * it removed. The state is checked as post and `docker-tls down` check theirs: one that names
 * anything startDaemon would not have made is refused (a StateError), and nothing is touched.
 */
export async function stopDaemon(state: InstanceState, options: StopOptions = {}): Promise<string> {
  const logger = options.logger ?? silentLogger;
  const checked = await checkSavedState({
    record: state,
    tempDir: options.stateDir ?? tmpdir(),
    refusal: 'The state given to stopDaemon is not one startDaemon returns',
  });
  if (!checked) return 'nothing to stop: the state names nothing';
  const report = await teardownInstance(checked, logger);
  for (const warning of report.warnings) logger.warning(warning);
  return report.summary;
}
