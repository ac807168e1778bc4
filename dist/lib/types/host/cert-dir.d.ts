import type { CertificateSet } from '../core/pki/index.js';
import { type CertificatePaths, type DaemonTlsFiles } from '../core/pki/layout.js';
import { type FileIdentity } from './files.js';
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
 * Refuses a directory (or a directory above it) that another user could replace or redirect: owned
 * by someone other than this user and root, or writable by others without the sticky bit. Checked
 * before anything is written there; `risk` says what another user could do.
 */
export declare function refuseUntrusted(dir: string, input: string, risk: string): Promise<void>;
/** What writing a set into a directory made or changed: all that teardown may remove or restore. */
export interface MadeCertificateFiles {
    /** Directories created for it (the directory itself and missing parents), outermost first. */
    createdDirs: string[];
    /** The directory, server/ and client/ (and each created directory) as made: removed or restored only while still these. */
    identities: Record<string, FileIdentity>;
    /** The mode of a directory that existed before (it is made private while in use). */
    originalMode?: number;
}
/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again. Checks the
 * directory first, unless it is given as checked already.
 */
export declare function writeCertificateSet(dir: string | CheckedCertificateDir, set: CertificateSet, options?: Partial<CertificateDirOptions>): Promise<CertificatePaths>;
/** writeCertificateSet, also saying what it made: the action's teardown removes exactly that. */
export declare function writeCertificateSetRecorded(dir: string | CheckedCertificateDir, set: CertificateSet, options?: Partial<CertificateDirOptions>): Promise<{
    paths: CertificatePaths;
    made: MadeCertificateFiles;
}>;
/**
 * A copy of the server's files in the instance's private work directory (0700, ours or root's):
 * the daemon reads only these, so a user-given cert-dir, whatever becomes of it while the daemon
 * starts, can never hand it another CA.
 */
export declare function writeDaemonTlsFiles(workDir: string, set: Pick<CertificateSet, 'caCertPem' | 'server'>): Promise<DaemonTlsFiles>;
