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
export interface CertificateDirOptions {
    /** Replace an earlier set of ours there. */
    replace?: boolean;
    /** How the user names the directory (cert-dir, --out), for messages. */
    input: string;
    /** How the user asks to replace an earlier set (--force), when they can. */
    replaceOption?: string;
}
/** A directory checked for a certificate set: `writeCertificateSet` writes there without checking again. */
export interface CheckedCertificateDir {
    paths: CertificatePaths;
    /** It existed before: on failure only server/ and client/ are removed, not the directory. */
    existed: boolean;
    input: string;
}
/**
 * Refuses a directory that already holds something, so a typo in an output path cannot clobber a
 * user's files. With `replace`, only a directory laid out as ours (server/, client/) is replaced.
 */
export declare function checkCertificateDir(dir: string, options: CertificateDirOptions): Promise<CheckedCertificateDir>;
/**
 * cert-dir must be a new or empty directory this process can write: checked before anything is made,
 * so a read-only mount or a file in the way is one clear error instead of a half-made set-up.
 */
export declare function checkUsableCertificateDir(dir: string, input: string): Promise<CheckedCertificateDir>;
