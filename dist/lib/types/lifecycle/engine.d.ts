import type { DaemonOptions } from '../config.js';
import type { CertificatePaths } from '../cert-dir.js';
import type { DaemonTlsFiles } from '../files.js';
import type { Logger } from '../logger.js';
import type { CertificateSet } from '../pki/index.js';
import type { SubjectAltName } from '../san.js';
import type { EngineKind, InstanceState } from './state.js';
/**
 * The seam between the one lifecycle (lifecycle/start.ts, lifecycle/roll-back.ts) and each way of
 * running a Docker daemon behind mutual TLS: a dockerd of our own on this machine (daemon/), a dind
 * container on an outer engine. The lifecycle makes the instance's id, work directory, certificates
 * and state record, waits for readiness, proves refusals and builds the result; an engine only
 * launches its daemon on the server certificates and takes it down again.
 */
export { ENGINE_KINDS, type EngineKind } from './state.js';
export interface Engine<S extends InstanceState = InstanceState> {
    readonly kind: EngineKind;
    /** Checks what it needs (privilege, programs) before anything is made; throws a DockerTlsError. */
    check(options: DaemonOptions): Promise<EngineLauncher<S>>;
    /** Undoes whatever `state` lists, in reverse order. Idempotent; never throws. */
    teardown(state: S, logger: Logger, options?: TeardownOptions): Promise<TeardownReport>;
    /** The logs that explain a failed job, to show before teardown removes them. */
    logsOf(state: S): NamedLog[];
    /**
     * Why a saved state's engine fields are not what this engine's launch writes (paths elsewhere,
     * names of other instances, pids that are not pids); empty when they are. Post and `down` touch
     * nothing of a state with problems.
     */
    problemsOf(state: S): string[];
}
export interface EngineLauncher<S extends InstanceState = InstanceState> {
    /** Makes and launches the daemon, saving progress after each thing made; resolves once it runs. */
    launch(run: EngineRun<S>): Promise<LaunchedDaemon>;
}
/** What the lifecycle gives an engine for one start. */
export interface EngineRun<S extends InstanceState = InstanceState> {
    id: string;
    /** `dtls-<id>`, for the names and paths the engine makes. */
    marker: string;
    /** Our private directory for this instance, already made. */
    workDir: string;
    options: DaemonOptions;
    /** Where the daemon must listen: the bind address and the port (a free one when 0 was asked). */
    listen: {
        host: string;
        port: number;
    };
    logger: Logger;
    signal?: AbortSignal;
    /** Adds `more` to the recorded state and saves it; then stops the start here if it was aborted. */
    saveProgress(more: Partial<S>): void;
    /** Creates the certificate set (with `extraSans` in the server's) and writes it; shared by every engine. */
    certificates(extraSans?: SubjectAltName[]): Promise<CertificatesMade>;
    /** Logs, at debug level, how long the start has taken so far. */
    logPhase(what: string): void;
}
export interface CertificatesMade {
    certificateSet: CertificateSet;
    /** The public layout: cert-dir's server/ and client/ (DOCKER_CERT_PATH is client/). */
    certs: CertificatePaths;
    /** The server's CA, certificate and key in the instance's private directory: what the daemon reads. */
    daemonTls: DaemonTlsFiles;
}
/** A daemon that was launched and may or may not answer yet. */
export interface LaunchedDaemon {
    /** What messages call it: "dockerd", "the dind container". */
    name: string;
    /** performance.now() when it was spawned: the time to ready is counted from here. */
    launchedAt: number;
    /**
     * Where clients reach it when that is not the listen address: a dind container reached by its
     * alias on a network this job container shares with it.
     */
    clientEndpoint?: {
        host: string;
        port: number;
    };
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
export interface TeardownOptions {
    /** How long the daemon gets after SIGTERM before SIGKILL. */
    stopTimeoutMs?: number;
    /** Runs once every process is stopped and before files are removed: the time to read the logs. */
    beforeRemoval?: (facts: BeforeRemovalFacts) => Promise<void>;
}
/** What teardown found before it stopped anything: whether the logs explain something. */
export interface BeforeRemovalFacts {
    /** The daemon had been started and was gone before teardown came: it crashed or was killed. */
    daemonDied: boolean;
}
export interface TeardownReport {
    /** One line saying what was stopped and removed. */
    summary: string;
    /** Each problem met; teardown goes on past all of them. */
    warnings: string[];
    /** Set when the daemon had stopped before teardown came: it crashed or was killed. */
    stoppedEarly?: string;
    /** Nothing of the instance was found any more: an earlier teardown removed it all. */
    nothingFound?: boolean;
}
