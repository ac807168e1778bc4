import type { Logger } from '../core/logger.js';
import type { CertificateOptions, Options } from '../core/options/options.js';
import { type CertificateSet, type PreparedCertificateSet } from '../core/pki/index.js';
import type { CertificatePaths } from '../core/pki/layout.js';
import { type CertificateDirOptions, type CheckedCertificateDir } from '../host/cert-dir.js';
import type { SubjectAltName } from '../core/san.js';
import type { CertificatesMade, DaemonCertificates } from '../engines/engine.js';
import type { InstanceState } from '../core/state.js';
/** A start's certificates on their way: the daemon's files first, then the rest. */
export interface CertificatesUnderWay {
    /** The server's certificate and the daemon's copy of its files: what the daemon waits for. */
    forDaemon: Promise<DaemonCertificates>;
    /** The whole set, cert-dir written and recorded: what the clients, the proof and the outputs need. */
    all: Promise<CertificatesMade>;
}
/**
 * Issues the server certificate (naming `extraSans` too) and writes the daemon's copy of its files
 * into the private work directory; then, while the daemon starts, the client's certificate and
 * the whole set into the given cert-dir (checked before anything was made) or our own. What it
 * made in a given cert-dir is recorded by device and inode, so that teardown removes only that.
 */
export declare function makeCertificates(options: Options, prepared: Promise<PreparedCertificateSet>, where: {
    dir: CheckedCertificateDir | string;
    workDir: string;
}, extraSans: SubjectAltName[], saveProgress: (more: Partial<InstanceState>) => void, logger: Logger): CertificatesUnderWay;
/**
 * `docker-tls certs`: a set written to `dir` to keep (no state, no teardown). The directory is
 * checked before a key is generated (seconds for RSA-4096).
 */
export declare function writeCertificateFiles(options: CertificateOptions, dir: string, where: CertificateDirOptions): Promise<{
    set: CertificateSet;
    paths: CertificatePaths;
}>;
