import * as workflow from './workflow-commands.js';
import type { CertificatePaths } from '../cert-dir.js';
import type { CertificatesOnly } from '../lifecycle/certs-only.js';
import { clientEnvironment } from '../lifecycle/client-environment.js';
import type { StartedInstance } from '../lifecycle/start.js';
import type { CertificateSet } from '../pki/index.js';
import { formatSan } from '../san.js';
import { type SummaryRow, writeStartSummary } from './summary.js';

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

/** Outputs, the exported environment, a log line and the job summary for a started instance. */
export function publish(started: StartedInstance, exportEnv: boolean, mode: string): void {
  const { certs, certificateSet: set } = started;
  setCertificateOutputs(set, certs);
  workflow.setOutput('host', started.dockerHost);
  workflow.setOutput('pid', String(started.pid ?? ''));
  workflow.setOutput('log-file', started.logFile ?? '');
  workflow.setOutput('context', started.dockerContext ?? '');
  workflow.setOutput('container-id', started.containerId ?? '');
  if (exportEnv) {
    for (const [name, value] of Object.entries(clientEnvironment(started))) workflow.exportVariable(name, value);
  }
  workflow.info(
    `Docker over mutual TLS: DOCKER_HOST=${started.dockerHost} DOCKER_CERT_PATH=${certs.clientDir}` +
      (exportEnv ? ' (exported to the following steps)' : ' (not exported: export-env is false)'),
  );
  workflow.info(`Server names: ${set.serverSans.map(formatSan).join(', ')}`);
  const rows: SummaryRow[] = [
    ['endpoint (DOCKER_HOST)', started.dockerHost],
    ['mode', mode],
    ['time to ready', `${(started.readyAfterMs / 1000).toFixed(1)} s from launch to the first mTLS answer`],
    ['docker context', started.dockerContext ?? 'none'],
  ];
  writeStartSummary(set, rows);
}

/** `mode: certs`: the outputs and summary of the certificates alone; nothing is exported. */
export function publishCertificatesOnly(made: CertificatesOnly): void {
  setCertificateOutputs(made.set, made.certs);
  workflow.info(`Server certificate, key and CA in ${made.certs.serverDir}; the client's in ${made.certs.clientDir}`);
  writeStartSummary(made.set, [
    ['mode', 'certs (certificates only; start your own daemon on the server files)'],
    ['files', `${made.certs.serverDir} (server), ${made.certs.clientDir} (client)`],
  ]);
}
