import type { DaemonOptions } from '../config.js';
import { type CertificatePaths } from '../cert-dir.js';
import type { Logger } from '../logger.js';
import { type CertificateSet } from '../pki/index.js';
import type { TeardownReport } from './engine.js';
import type { InstanceState } from './state.js';
export interface CertificatesOnly {
    state: InstanceState;
    set: CertificateSet;
    certs: CertificatePaths;
}
/**
 * `mode: certs`: the certificate set written to cert-dir (or a directory of our own), for users who
 * start their own daemon. No root, no daemon; the state lists what teardown removes.
 */
export declare function makeCertificatesOnly(options: Pick<DaemonOptions, 'keyAlgorithm' | 'validityMs' | 'serverSans' | 'certDir' | 'names'>, context: {
    tempDir: string;
    saveState: (state: InstanceState) => void;
    logger: Logger;
}): Promise<CertificatesOnly>;
/** Removes what makeCertificatesOnly wrote: never a file of a given cert-dir that is not ours. */
export declare function removeCertificatesOnly(state: InstanceState): Promise<TeardownReport>;
