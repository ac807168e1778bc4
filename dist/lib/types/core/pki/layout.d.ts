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
export declare function certificatePaths(dir: string): CertificatePaths;
/** Where the daemon reads its server certificate, key and CA: a private directory of the instance. */
export interface DaemonTlsFiles {
    ca: string;
    cert: string;
    key: string;
}
/** Where the daemon's copy of the server's CA, certificate and key lives in the work directory. */
export declare function daemonTlsDir(workDir: string): string;
export declare function daemonTlsFiles(workDir: string): DaemonTlsFiles;
