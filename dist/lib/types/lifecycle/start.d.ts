import { type Endpoint } from '../core/endpoint.js';
import type { Logger } from '../core/logger.js';
import type { Options } from '../core/options/options.js';
import type { CertificateSet } from '../core/pki/index.js';
import type { CertificatePaths } from '../core/pki/layout.js';
import type { InstanceState } from '../core/state.js';
import type { DaemonDetails, Engine } from '../engines/engine.js';
import type { StateStore } from './state-store.js';
export interface StartedInstance {
    state: InstanceState;
    certs: CertificatePaths;
    certificateSet: CertificateSet;
    /** The daemon, ready and proven to refuse strangers; absent in mode certs (no daemon). */
    daemon?: StartedDaemon;
}
export interface StartedDaemon extends DaemonDetails {
    /** Where it listens and where clients reach it (DOCKER_HOST). */
    endpoint: Endpoint;
    /** Milliseconds from launching it to its first mTLS answer. */
    readyAfterMs: number;
    /** What clients need: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE. */
    environment: Record<string, string>;
    /** The docker context made for it (lifecycle/docker-context-step.ts), if any. */
    dockerContext?: string;
}
export interface StartContext {
    /** Parent of our work directory (and the CLI's state file): RUNNER_TEMP, --state-dir, stateDir, the OS temp dir. */
    tempDir: string;
    /** How the user names it, for the error when another user could change it: `--state-dir`, `stateDir`. */
    tempDirInput?: string;
    logger: Logger;
    /** Keeps the state each time the start has made something more; teardown undoes what it lists. */
    store: StateStore;
    /** Aborts the start (a signal to main): it stops at the next step, with what it made recorded. */
    signal?: AbortSignal;
    /**
     * Work that needs only where clients will connect and their files (a docker context): it runs
     * while the daemon comes up, off the path to its first answer. The start settles it before it
     * ends either way, so that a roll-back finds in the state whatever it made.
     */
    whileStarting?: (client: ClientToBe) => Promise<Pick<StartedDaemon, 'dockerContext'>>;
}
/** Known once the daemon is launched, before it answers. */
export interface ClientToBe {
    id: string;
    endpoint: Endpoint;
    certs: CertificatePaths;
    /** Records what the work made, in the same state as the rest of the start. */
    saveProgress: (more: Partial<InstanceState>) => void;
    signal?: AbortSignal;
}
/**
 * Certificates, then the engine's daemon on them, ready over mTLS and proven to refuse clients
 * without a certificate. On failure it throws; what it made is in the last saved state.
 */
export declare function startInstance(options: Options, engine: Engine, context: StartContext): Promise<StartedInstance>;
