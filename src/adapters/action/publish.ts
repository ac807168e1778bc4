import * as workflow from './workflow-commands.js';
import type { Mode } from '../../core/options/options.js';
import type { CertificateSet } from '../../core/pki/index.js';
import type { CertificatePaths } from '../../core/pki/layout.js';
import { formatSan } from '../../core/san.js';
import type { StartedDaemon, StartedInstance } from '../../lifecycle/start.js';
import { type SummaryRow, writeStartSummary } from './summary.js';

/** Outputs, the exported environment, log lines and the job summary of a start, in every mode. */
export function publish(started: StartedInstance, exportEnv: boolean, mode: Mode): void {
  const { certs, certificateSet: set, daemon } = started;
  setCertificateOutputs(set, certs);
  if (!daemon) {
    workflow.info(`Server certificate, key and CA in ${certs.serverDir}; the client's in ${certs.clientDir}`);
    writeStartSummary(set, [
      ['mode', 'certs (certificates only; start your own daemon on the server files)'],
      ['files', `${certs.serverDir} (server), ${certs.clientDir} (client)`],
    ]);
    return;
  }
  setDaemonOutputs(daemon);
  if (exportEnv) {
    for (const [name, value] of Object.entries(daemon.environment)) workflow.exportVariable(name, value);
  }
  const { dockerHost } = daemon.endpoint;
  workflow.info(
    `Docker over mutual TLS: DOCKER_HOST=${dockerHost} DOCKER_CERT_PATH=${certs.clientDir}` +
      (exportEnv ? ' (exported to the following steps)' : ' (not exported: export-env is false)'),
  );
  workflow.info(`Server names: ${set.serverSans.map(formatSan).join(', ')}`);
  const rows: SummaryRow[] = [
    ['endpoint (DOCKER_HOST)', dockerHost],
    ['mode', mode],
    ['time to ready', `${(daemon.readyAfterMs / 1000).toFixed(1)} s from launch to the first mTLS answer`],
    ['docker context', daemon.dockerContext ?? 'none'],
  ];
  writeStartSummary(set, rows);
}

/** The outputs every mode sets: where the files are and what is in them. */
function setCertificateOutputs(set: CertificateSet, certs: CertificatePaths): void {
  workflow.setOutput('cert-path', certs.clientDir);
  workflow.setOutput('ca-cert', certs.clientCa);
  workflow.setOutput('client-cert', certs.clientCert);
  workflow.setOutput('client-key', certs.clientKey);
  workflow.setOutput('server-cert-path', certs.serverDir);
  workflow.setOutput('ca-fingerprint', set.caFingerprint);
  workflow.setOutput('server-cert-fingerprint', set.server.fingerprint);
  workflow.setOutput('client-cert-fingerprint', set.client.fingerprint);
  workflow.setOutput('server-names', set.serverSans.map(formatSan).join(','));
  workflow.setOutput('expires-at', set.notAfter.toISOString());
}

function setDaemonOutputs(daemon: StartedDaemon): void {
  workflow.setOutput('host', daemon.endpoint.dockerHost);
  workflow.setOutput('pid', String(daemon.pid ?? ''));
  workflow.setOutput('log-file', daemon.logFile ?? '');
  workflow.setOutput('context', daemon.dockerContext ?? '');
  workflow.setOutput('container-id', daemon.containerId ?? '');
}
