import * as core from '@actions/core';
import type { StartedInstance } from '../lifecycle/start.js';
import { formatSan } from '../san.js';

/** Outputs, the exported environment, a log line and the job summary for a started instance. */
export function publish(started: StartedInstance, exportEnv: boolean): void {
  const { certs, certificateSet } = started;
  core.setOutput('host', started.dockerHost);
  core.setOutput('cert-path', certs.clientDir);
  core.setOutput('ca-cert', certs.clientCa);
  core.setOutput('client-cert', certs.clientCert);
  core.setOutput('client-key', certs.clientKey);
  core.setOutput('server-cert-fingerprint', certificateSet.server.fingerprint);
  core.setOutput('expires-at', certificateSet.notAfter.toISOString());
  core.setOutput('pid', String(started.pid ?? ''));
  core.setOutput('log-file', started.logFile ?? '');
  core.setOutput('container-id', started.containerId ?? '');
  if (exportEnv) {
    core.exportVariable('DOCKER_HOST', started.dockerHost);
    core.exportVariable('DOCKER_TLS_VERIFY', '1');
    core.exportVariable('DOCKER_CERT_PATH', certs.clientDir);
  }
  core.info(
    `Docker over mutual TLS: DOCKER_HOST=${started.dockerHost} DOCKER_CERT_PATH=${certs.clientDir}` +
      (exportEnv ? ' (exported to the following steps)' : ' (not exported: export-env is false)'),
  );
  core.info(`Server names: ${certificateSet.serverSans.map(formatSan).join(', ')}`);
  void core.summary
    .addHeading('Docker over mutual TLS', 3)
    .addTable([
      [
        { data: 'DOCKER_HOST', header: true },
        { data: 'certificates expire', header: true },
        { data: 'server fingerprint (SHA-256)', header: true },
      ],
      [started.dockerHost, certificateSet.notAfter.toISOString(), certificateSet.server.fingerprint],
    ])
    .write()
    .catch(() => undefined);
}
