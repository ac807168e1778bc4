import type { CheckedCertificateDir } from '../cert-dir.js';
import type { DaemonOptions } from '../config.js';
import type { Logger } from '../logger.js';
import type { PreparedCertificateSet } from '../pki/index.js';
import type { SubjectAltName } from '../san.js';
import type { CertificatesMade } from './engine.js';
import type { InstanceState } from './state.js';
/**
 * Finishes the prepared set (the server certificate, naming `extraSans` too) and writes it to the
 * given cert-dir (checked before anything was made) or our own, and the daemon's copy of the
 * server's files into the private work directory. What it made in a given cert-dir is recorded by
 * device and inode, so that teardown removes only that.
 */
export declare function makeCertificates(options: DaemonOptions, prepared: Promise<PreparedCertificateSet>, where: {
    dir: CheckedCertificateDir | string;
    workDir: string;
}, extraSans: SubjectAltName[], saveProgress: (more: Partial<InstanceState>) => void, logger: Logger): Promise<CertificatesMade>;
