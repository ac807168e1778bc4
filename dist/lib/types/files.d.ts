import type { CertificateSet } from './pki/index.js';
export declare const PRIVATE_DIR_MODE = 448;
export declare const KEY_MODE = 384;
export declare const CERT_MODE = 420;
/** Writes under a temporary name in the same directory, then renames: readers never see half a file. */
export declare function writeFileAtomic(path: string, data: string, mode: number): Promise<void>;
/** Creates a directory with exactly `mode`, whatever the umask; the parents as needed. */
export declare function makePrivateDir(path: string): Promise<void>;
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
/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again. Checks the
 * directory first, unless it is given as checked already.
 */
export declare function writeCertificateSet(dir: string | CheckedCertificateDir, set: CertificateSet, options?: Partial<CertificateDirOptions>): Promise<CertificatePaths>;
