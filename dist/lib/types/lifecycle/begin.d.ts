import { type Endpoint } from '../core/endpoint.js';
import { newInstanceId } from '../core/naming.js';
import type { Options } from '../core/options/options.js';
import type { LeafCertificate } from '../core/pki/index.js';
import type { InstanceState } from '../core/state.js';
import type { Engine, EngineRun } from '../engines/engine.js';
import type { CheckedCertificateDir } from '../host/cert-dir.js';
import type { CertificateWork } from './certificate-thread.js';
import type { StartContext } from './start.js';
/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
export declare function makeWorkDir(tempDir: string, newId?: typeof newInstanceId): Promise<{
    id: string;
    workDir: string;
}>;
export type InstanceRun = EngineRun & {
    state(): InstanceState;
    /**
     * Settles once the certificates asked for are written, or failed (at once when none were): a
     * failed start waits for it, so that nothing is written after its clean-up.
     */
    certificatesWritten(): Promise<void>;
    /** The refusal proof's client certificate of another CA, made beside the start. */
    stranger(): Promise<LeafCertificate>;
};
/** The instance's id, its private work directory and its first saved state; the run an engine uses. */
export declare function beginInstance(engine: Engine, options: Options, context: StartContext, where: {
    listen: Endpoint;
    givenCertDir?: CheckedCertificateDir;
}, logPhase: (what: string) => void, work: CertificateWork): Promise<InstanceRun>;
