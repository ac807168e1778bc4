import * as core from '@actions/core';
import type { EngineKind } from '../../core/options/options.js';
import type { CertificateSet } from '../../core/pki/index.js';
import type { CertificatePaths } from '../../core/pki/layout.js';
import { formatSan } from '../../core/san.js';
import type { StartedDaemon, StartedInstance } from '../../lifecycle/start.js';
import { type SummaryRow, writeStartSummary } from './summary.js';

/** Outputs, the exported environment, log lines and the job summary of a start, in every mode. */
export async function publish(started: StartedInstance, exportEnv: boolean, mode: EngineKind): Promise<void> {
  const { certs, certificateSet: set, daemon } = started;
  maskPrivateKeys(set);
  setCertificateOutputs(set, certs);
  if (!daemon) {
    core.info(`Server certificate, key and CA in ${certs.serverDir}; the client's in ${certs.clientDir}`);
    await writeStartSummary(set, [
      ['mode', 'certs (certificates only; start your own daemon on the server files)'],
      ['files', `${certs.serverDir} (server), ${certs.clientDir} (client)`],
    ]);
    return;
  }
  setDaemonOutputs(daemon);
  if (exportEnv) {
    for (const [name, value] of Object.entries(daemon.environment)) core.exportVariable(name, value);
  }
  const { dockerHost } = daemon.endpoint;
  core.info(
    `Docker over mutual TLS: DOCKER_HOST=${dockerHost} DOCKER_CERT_PATH=${certs.clientDir}` +
      (exportEnv ? ' (exported to the following steps)' : ' (not exported: export-env is false)'),
  );
  core.info(`Server names: ${set.serverSans.map(formatSan).join(', ')}`);
  const rows: SummaryRow[] = [
    ['endpoint (DOCKER_HOST)', dockerHost],
    ['mode', mode === 'rootless' ? 'dockerd, rootless (no root, no sudo)' : mode],
    ['time to ready', `${(daemon.readyAfterMs / 1000).toFixed(1)} s from launch to the first mTLS answer`],
    ['docker context', daemon.dockerContext ?? 'none'],
  ];
  await writeStartSummary(set, rows);
}

/**
 * The private keys' lines, masked for the rest of the job: a later step that prints key.pem (a
 * `cat` while debugging, a tool that dumps its TLS settings) shows *** in the log instead. The keys
 * are never printed here; only the runner reads these commands.
 */
function maskPrivateKeys(set: CertificateSet): void {
  for (const pem of [set.client.keyPem, set.server.keyPem]) {
    for (const line of pem.split('\n').filter((text) => /^[A-Za-z0-9+/=]{16,}$/.test(text))) core.setSecret(line);
  }
}

/** The outputs every mode sets: where the files are and what is in them. */
function setCertificateOutputs(set: CertificateSet, certs: CertificatePaths): void {
  core.setOutput('cert-path', certs.clientDir);
  core.setOutput('ca-cert', certs.clientCa);
  core.setOutput('client-cert', certs.clientCert);
  core.setOutput('client-key', certs.clientKey);
  core.setOutput('server-cert-path', certs.serverDir);
  core.setOutput('ca-fingerprint', set.caFingerprint);
  core.setOutput('server-cert-fingerprint', set.server.fingerprint);
  core.setOutput('client-cert-fingerprint', set.client.fingerprint);
  core.setOutput('server-names', set.serverSans.map(formatSan).join(','));
  core.setOutput('expires-at', set.notAfter.toISOString());
}

function setDaemonOutputs(daemon: StartedDaemon): void {
  core.setOutput('host', daemon.endpoint.dockerHost);
  core.setOutput('pid', String(daemon.pid ?? ''));
  core.setOutput('log-file', daemon.logFile ?? '');
  core.setOutput('context', daemon.dockerContext ?? '');
  core.setOutput('container-id', daemon.containerId ?? '');
}
