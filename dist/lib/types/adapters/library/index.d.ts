import { type Logger } from '../../core/logger.js';
import type { InstanceState } from '../../core/state.js';
export type { Logger } from '../../core/logger.js';
export { type InstanceState, StateError } from '../../core/state.js';
export { type CertificateSet, type CertificateSetOptions, createCertificateSet } from '../../core/pki/index.js';
/** The options of the action and of `docker-tls up`, by their input names in camelCase. */
export interface StartOptions {
    /** Bind address (default 127.0.0.1). */
    host?: string;
    /** TLS port; 0 (the default here) picks a free one. */
    port?: number | string;
    /** Extra server names and addresses. */
    tlsSan?: string | string[];
    /** e.g. "90m", "6h" (default 6h). */
    certValidity?: string;
    /** ecdsa-p256 (default), ecdsa-p384, rsa-2048, rsa-3072, rsa-4096. */
    keyAlgorithm?: string;
    /** Where to write server/ and client/ (new or empty); default, the work directory. */
    certDir?: string;
    /** Merged into daemon.json. */
    daemonConfig?: string | Record<string, unknown>;
    /** e.g. "60s" (default). */
    startupTimeout?: string;
    /** Containers reach networks beyond this machine (default true). */
    outbound?: boolean | string;
    /** A dockerd of the calling user's in rootlesskit's namespaces: no root, no sudo (default false). */
    rootless?: boolean | string;
    /** Parent of the work directory (default: the OS temp dir). */
    stateDir?: string;
    /** Make a docker context of this name (none by default). */
    context?: string;
    /** Progress and warnings; silent by default. */
    logger?: Logger;
}
export interface RunningDaemon {
    /** DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE. */
    env: Record<string, string>;
    dockerHost: string;
    certPath: string;
    /** The docker context made, when `context` was given. */
    context?: string;
    /** What was made; `stopDaemon(state)` undoes it from another process too. */
    state: InstanceState;
    /** Stops the daemon and removes everything it made; says what it removed. */
    stop(): Promise<string>;
}
/** Starts a dockerd of its own behind mutual TLS (root or passwordless sudo needed; none with `rootless`). */
export declare function startDaemon(options?: StartOptions): Promise<RunningDaemon>;
export interface StopOptions {
    /** Progress and warnings; silent by default. */
    logger?: Logger;
    /** The `stateDir` given to startDaemon (default: the OS temp dir): the state's paths must lie there. */
    stateDir?: string;
}
/**
 * Stops what startDaemon made, from its state, in this process or another; idempotent. Returns what
 * it removed. The state is checked as post and `docker-tls down` check theirs: one that names
 * anything startDaemon would not have made is refused (a StateError), and nothing is touched.
 */
export declare function stopDaemon(state: InstanceState, options?: StopOptions): Promise<string>;
