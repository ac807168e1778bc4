import * as core from '@actions/core';
import { type RawDaemonOptions, parseDaemonOptions } from '../config.js';
import { type StartedDaemon, startDaemon } from '../daemon/start.js';
import { teardown } from '../daemon/stop.js';
import type { InstanceState } from '../daemon/state.js';
import { caBundleWarnings } from '../environment.js';
import { describeError } from '../errors.js';
import { abortOnSignal } from '../signals.js';
import { formatSan } from '../san.js';
import { tmpdir } from 'node:os';
import { actionLogger } from './logger.js';
import { STATE_KEY } from './state-key.js';

function rawInputs(): RawDaemonOptions {
  return {
    mode: core.getInput('mode'),
    host: core.getInput('host'),
    port: core.getInput('port'),
    sans: core.getInput('tls-san'),
    validity: core.getInput('cert-validity'),
    keyAlgorithm: core.getInput('key-algorithm'),
    certDir: core.getInput('cert-dir'),
    daemonConfig: core.getInput('daemon-config'),
    startupTimeout: core.getInput('startup-timeout'),
    exportEnv: core.getInput('export-env'),
  };
}

function tempDir(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

export async function runMain(): Promise<void> {
  let state: InstanceState | undefined;
  const abort = abortOnSignal(actionLogger);
  try {
    const options = parseDaemonOptions(rawInputs());
    for (const warning of caBundleWarnings(process.env)) core.warning(warning);
    const started = await startDaemon(options, {
      tempDir: tempDir(),
      logger: actionLogger,
      record: (next) => {
        state = next;
        core.saveState(STATE_KEY, JSON.stringify(next));
      },
      signal: abort.signal,
    });
    abort.signal.throwIfAborted();
    publish(started, options.exportEnv);
  } catch (error) {
    core.setFailed(describeError(error));
    if (state) {
      // Leave nothing half-made; post finds the same state and has nothing left to do.
      const report = await teardown(state, actionLogger, { stopTimeoutMs: 3000 });
      for (const warning of report.warnings) core.warning(`Cleanup after the failure: ${warning}`);
    }
  }
  abort.stop();
  const exitCode = abort.exitCode();
  if (exitCode !== undefined) process.exit(exitCode);
}

function publish(started: StartedDaemon, exportEnv: boolean): void {
  const { certs, set, state } = started;
  core.setOutput('host', started.dockerHost);
  core.setOutput('cert-path', certs.clientDir);
  core.setOutput('ca-cert', certs.clientCa);
  core.setOutput('client-cert', certs.clientCert);
  core.setOutput('client-key', certs.clientKey);
  core.setOutput('server-cert-fingerprint', set.server.fingerprint);
  core.setOutput('expires-at', set.notAfter.toISOString());
  core.setOutput('pid', String(state.pid ?? state.spawnedPid ?? ''));
  core.setOutput('log-file', state.logFile ?? '');
  if (exportEnv) {
    core.exportVariable('DOCKER_HOST', started.dockerHost);
    core.exportVariable('DOCKER_TLS_VERIFY', '1');
    core.exportVariable('DOCKER_CERT_PATH', certs.clientDir);
  }
  core.info(
    `Docker over mutual TLS: DOCKER_HOST=${started.dockerHost} DOCKER_CERT_PATH=${certs.clientDir}` +
      (exportEnv ? ' (exported to the following steps)' : ' (not exported: export-env is false)'),
  );
  core.info(`Server names: ${set.serverSans.map(formatSan).join(', ')}`);
  void core.summary
    .addHeading('Docker over mutual TLS', 3)
    .addTable([
      [
        { data: 'DOCKER_HOST', header: true },
        { data: 'certificates expire', header: true },
        { data: 'server fingerprint (SHA-256)', header: true },
      ],
      [started.dockerHost, set.notAfter.toISOString(), set.server.fingerprint],
    ])
    .write()
    .catch(() => undefined);
}
