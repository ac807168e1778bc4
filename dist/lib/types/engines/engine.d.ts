import type { Endpoint } from '../core/endpoint.js';
import type { Logger } from '../core/logger.js';
import type { EngineKind, Options } from '../core/options/options.js';
import type { CertificateSet, ServerCertificates } from '../core/pki/index.js';
import type { CertificatePaths, DaemonTlsFiles } from '../core/pki/layout.js';
import type { SubjectAltName } from '../core/san.js';
import type { FieldChecks, InstanceState } from '../core/state.js';
/**
 * The seam between the one lifecycle (src/lifecycle) and each way of running a Docker daemon
 * behind mutual TLS: a dockerd of our own on this machine, a dind container on an outer engine, or
 * no daemon at all (certificates only). The lifecycle makes the instance's id, work directory,
 * certificates and state record, waits for readiness, proves refusals, builds the result, and tears
 * down what every engine shares (the docker context, the cert-dir, the work directory, the state
 * file). An engine launches its daemon on the server certificates and stops it again: it never
 * touches the shared parts.
 */
export interface Engine<S extends InstanceState = InstanceState> {
    readonly mode: EngineKind;
    /** Whether its daemon listens on the endpoint; false for certificates only (no port, no readiness). */
    readonly listens: boolean;
    /** Checks what it needs (privilege, programs) before anything is made; throws a DockerTlsError. */
    check(options: Options): Promise<EngineLauncher<S>>;
    /**
     * Stops what it launched and removes what it made beyond the shared parts (processes,
     * containers, networks, mounts, what only its privilege can remove), whatever `state` lists.
     * Idempotent; never throws.
     */
    stop(state: S, logger: Logger, options?: StopOptions): Promise<StopReport>;
    /** The logs that explain a failed job, to show before the work directory goes. */
    logsOf(state: S): NamedLog[];
    /**
     * Every field its launch adds to the state, each with the check of what launch writes there
     * (paths where it puts them, names of this instance, pids that are pids). A saved state with a
     * field that fails its check, or with a field no one writes, is not touched.
     */
    readonly stateFields: FieldChecks<S>;
}
export interface EngineLauncher<S extends InstanceState = InstanceState> {
    /**
     * Makes and launches the daemon, saving progress after each thing made; resolves once it runs
     * (undefined: no daemon, the certificates are all there is).
     */
    launch(run: EngineRun<S>): Promise<LaunchedDaemon | undefined>;
}
/** What the lifecycle gives an engine for one start. */
export interface EngineRun<S extends InstanceState = InstanceState> {
    id: string;
    /** `dtls-<id>`, for the names and paths the engine makes. */
    marker: string;
    /** Our private directory for this instance, already made. */
    workDir: string;
    options: Options;
    /** Where the daemon must listen (a free port when 0 was asked), and where clients will reach it. */
    listen: Endpoint;
    logger: Logger;
    signal?: AbortSignal;
    /** Adds `more` to the recorded state and saves it; then stops the start here if it was aborted. */
    saveProgress(more: Partial<S>): void;
    /**
     * The server's certificate (with `extraSans` among its names) and its files for the daemon, as
     * soon as they are written; the client's and cert-dir follow while the daemon starts. Once per
     * start: the first call (this or `certificates`) gives the names.
     */
    daemonCertificates(extraSans?: SubjectAltName[]): Promise<DaemonCertificates>;
    /** The whole set, written: the daemon's files and cert-dir, the client's included. Once per start. */
    certificates(extraSans?: SubjectAltName[]): Promise<CertificatesMade>;
    /** Logs, at debug level, how long the start has taken so far. */
    logPhase(what: string): void;
}
/** What a daemon needs before it starts: the server's side of the set and its files. */
export interface DaemonCertificates {
    server: ServerCertificates;
    /** The server's CA, certificate and key in the instance's private directory: what a daemon reads. */
    daemonTls: DaemonTlsFiles;
}
export interface CertificatesMade {
    certificateSet: CertificateSet;
    /** The public layout: cert-dir's server/ and client/ (DOCKER_CERT_PATH is client/). */
    certs: CertificatePaths;
    /** The server's CA, certificate and key in the instance's private directory: what a daemon reads. */
    daemonTls: DaemonTlsFiles;
}
/** A daemon that was launched and may or may not answer yet. */
export interface LaunchedDaemon {
    /** What messages call it: "dockerd", "the dind container". */
    name: string;
    /** performance.now() when it was spawned: the time to ready is counted from here. */
    launchedAt: number;
    /**
     * Where clients reach it when that is not the listen endpoint: a dind container reached by its
     * alias on a network this job container shares with it.
     */
    endpoint?: Endpoint;
    /** Why it stopped ("exited with code 1"), once it has; undefined while it runs. */
    exitReason(): string | undefined;
    /** What its log says, for a start that failed: the likely cause and its last lines. */
    explainFailure(): Promise<string>;
    /** Called once it answers over mTLS: records what is known only then, lets it outlive this process. */
    ready(): Promise<DaemonDetails>;
    /**
     * Resolves once work the engine still does beside the daemon's start (dockerd: its firewall
     * chains) has ended, whether it failed or not: a failed start awaits it before the roll-back, so
     * that nothing is made after the roll-back removed what the state lists.
     */
    settled?(): Promise<void>;
}
/** What the adapters report about a running daemon (the action's `pid` and `log-file` outputs). */
export interface DaemonDetails {
    pid?: number;
    logFile?: string;
    /** The daemon's unix socket on this machine: testcontainers mounts it into Ryuk. */
    socket?: string;
    /** The dind container's id (the action's `container-id` output). */
    containerId?: string;
}
export interface NamedLog {
    title: string;
    file: string;
}
export interface StopOptions {
    /** How long the daemon gets after SIGTERM before SIGKILL. */
    stopTimeoutMs?: number;
}
export interface StopReport {
    /** One line saying what was stopped and removed. */
    summary: string;
    /** Each problem met; the stop goes on past all of them. */
    warnings: string[];
    /** The daemon had been started and was gone before the stop came: its log says how it ended. */
    daemonDied: boolean;
    /** What had stopped before the job ended ("dockerd (pid 123)"), when the daemon had answered once. */
    stoppedEarly?: string;
    /** Nothing of the engine's was found any more: an earlier teardown removed it all. */
    nothingFound: boolean;
}
