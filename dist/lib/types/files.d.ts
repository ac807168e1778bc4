import { type CertificateDirOptions, type CertificatePaths, type CheckedCertificateDir } from './cert-dir.js';
import type { CertificateSet } from './pki/index.js';
import { type FileIdentity } from './safe-fs.js';
export declare const PRIVATE_DIR_MODE = 448;
export declare const KEY_MODE = 384;
export declare const CERT_MODE = 420;
/**
 * Writes under a temporary name created exclusively without following symlinks, the mode set on the
 * open file, then renamed: readers never see half a file, and nothing planted redirects the write.
 */
export declare function writeFileAtomic(path: string, data: string, mode: number): Promise<void>;
/**
 * Creates a directory with exactly `mode`, whatever the umask, the parents as needed, never through
 * a symlink; returns the directories it created, outermost first.
 */
export declare function makePrivateDir(path: string): Promise<string[]>;
/** What writing a set into a directory made or changed: all that teardown may remove or restore. */
export interface MadeCertificateFiles {
    /** Directories created for it (the directory itself and missing parents), outermost first. */
    createdDirs: string[];
    /** server/ and client/ (and each created directory) as made: removed only while still these. */
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
/** Where the daemon reads its server certificate, key and CA: a private directory of the instance. */
export interface DaemonTlsFiles {
    ca: string;
    cert: string;
    key: string;
}
/** Where the daemon's copy of the server's CA, certificate and key lives in the work directory. */
export declare function daemonTlsDir(workDir: string): string;
/**
 * A copy of the server's files in the instance's private work directory (0700, ours or root's):
 * the daemon reads only these, so a user-given cert-dir, whatever becomes of it while the daemon
 * starts, can never hand it another CA.
 */
export declare function writeDaemonTlsFiles(workDir: string, set: CertificateSet): Promise<DaemonTlsFiles>;
