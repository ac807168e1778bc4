import type { Logger } from '../core/logger.js';
import type { CertificateOptions, Options } from '../core/options/options.js';
import { type CertificateSet, type PreparedCertificateSet } from '../core/pki/index.js';
import type { CertificatePaths } from '../core/pki/layout.js';
import { type CertificateDirOptions, type CheckedCertificateDir } from '../host/cert-dir.js';
import type { SubjectAltName } from '../core/san.js';
import type { CertificatesMade } from '../engines/engine.js';
import type { InstanceState } from '../core/state.js';
/**
 * Finishes the prepared set (the server certificate, naming `extraSans` too) and writes it to the
 * given cert-dir (checked before anything was made) or our own, and the daemon's copy of the
 * server's files into the private work directory. What it made in a given cert-dir is recorded by
 * device and inode, so that teardown removes only that.
 */
export declare function makeCertificates(options: Options, prepared: Promise<PreparedCertificateSet>, where: {
    dir: CheckedCertificateDir | string;
    workDir: string;
}, extraSans: SubjectAltName[], saveProgress: (more: Partial<InstanceState>) => void, logger: Logger): Promise<CertificatesMade>;
/**
 * `docker-tls certs`: a set written to `dir` to keep (no state, no teardown). The directory is
 * checked before a key is generated (seconds for RSA-4096).
 */
export declare function writeCertificateFiles(options: CertificateOptions, dir: string, where: CertificateDirOptions): Promise<{
    set: CertificateSet;
    paths: CertificatePaths;
}>;
