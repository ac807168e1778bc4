import type { DaemonOptions } from '../config.js';
import { type CertificatePaths } from '../cert-dir.js';
import type { Logger } from '../logger.js';
import { type CertificateSet } from '../pki/index.js';
import type { Engine } from './engine.js';
import type { InstanceState } from './state.js';
export interface StartedInstance {
    state: InstanceState;
    certs: CertificatePaths;
    certificateSet: CertificateSet;
    /** DOCKER_HOST for clients: the bind address, or loopback when bound to every interface. */
    dockerHost: string;
    port: number;
    /** Milliseconds from launching the daemon to its first mTLS answer. */
    readyAfterMs: number;
    /** The daemon's pid and log, when the engine has them. */
    pid?: number;
    logFile?: string;
    /** The daemon's unix socket on this machine, when the engine has one. */
    socket?: string;
    /** The docker context made for it (lifecycle/docker-context-step.ts), if any. */
    dockerContext?: string;
    /** The dind container's id, in dind mode. */
    containerId?: string;
}
export interface StartContext {
    /** Parent of our work directory: RUNNER_TEMP in the action, the OS temp dir in the CLI. */
    tempDir: string;
    logger: Logger;
    /** Keeps the state each time the start has made something more; post undoes what it lists. */
    saveState: (state: InstanceState) => void;
    /** Aborts the start (a signal to main): it stops at the next step, with what it made recorded. */
    signal?: AbortSignal;
    /**
     * Work that needs only where clients will connect and their files (a docker context): it runs
     * while the daemon comes up, off the path to its first answer. The start settles it before it
     * ends either way, so that a roll-back finds in the state whatever it made.
     */
    whileStarting?: (client: ClientToBe) => Promise<Partial<Pick<StartedInstance, 'dockerContext'>>>;
}
/** Known once the daemon is launched, before it answers. */
export interface ClientToBe {
    id: string;
    dockerHost: string;
    certs: CertificatePaths;
    /** Records what the work made, in the same state as the rest of the start. */
    saveProgress: (more: Partial<InstanceState>) => void;
    signal?: AbortSignal;
}
/**
 * Certificates, then the engine's daemon on them, ready over mTLS and proven to refuse clients
 * without a certificate. On failure it throws; what it made is in the last saved state.
 */
export declare function startInstance(options: DaemonOptions, engine: Engine, context: StartContext): Promise<StartedInstance>;
