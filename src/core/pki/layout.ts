import { join, resolve } from 'node:path';

// Where a certificate set's files go (docker:dind's layout): server/ for the daemon, client/ for
// DOCKER_CERT_PATH; and the daemon's private copy of the server's files in an instance's work
// directory.

/** The set in docker:dind's layout: server/ for the daemon, client/ for DOCKER_CERT_PATH. */
export interface CertificatePaths {
  dir: string;
  serverDir: string;
  clientDir: string;
  serverCa: string;
  serverCert: string;
  serverKey: string;
  clientCa: string;
  clientCert: string;
  clientKey: string;
}

export function certificatePaths(dir: string): CertificatePaths {
  const root = resolve(dir);
  const serverDir = join(root, 'server');
  const clientDir = join(root, 'client');
  return {
    dir: root,
    serverDir,
    clientDir,
    serverCa: join(serverDir, 'ca.pem'),
    serverCert: join(serverDir, 'cert.pem'),
    serverKey: join(serverDir, 'key.pem'),
    clientCa: join(clientDir, 'ca.pem'),
    clientCert: join(clientDir, 'cert.pem'),
    clientKey: join(clientDir, 'key.pem'),
  };
}

/** Where the daemon reads its server certificate, key and CA: a private directory of the instance. */
export interface DaemonTlsFiles {
  ca: string;
  cert: string;
  key: string;
}

/** Where the daemon's copy of the server's CA, certificate and key lives in the work directory. */
export function daemonTlsDir(workDir: string): string {
  return join(workDir, 'tls');
}

export function daemonTlsFiles(workDir: string): DaemonTlsFiles {
  const dir = daemonTlsDir(workDir);
  return { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
}
