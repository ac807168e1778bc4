import { DockerTlsError } from '../../core/errors.js';
import { type EngineEndpoint } from '../../core/options/engine-endpoint.js';
import type { ContainerCreateRequest, ContainerInfo, EngineInfo, EngineVersion, NetworkInfo } from './types.js';
/** The engine answered, but with an error status. */
export declare class EngineApiError extends DockerTlsError {
    readonly status: number;
    readonly engineMessage: string;
    constructor(what: string, status: number, message: string, hint?: string);
}
/** A small Docker Engine API client for the outer engine (unversioned paths: the engine's own API). */
export declare class EngineClient {
    readonly endpoint: EngineEndpoint;
    private readonly timeoutMs;
    constructor(endpoint: EngineEndpoint, timeoutMs?: number);
    private call;
    /** Calls and parses; a status outside `ok` becomes an EngineApiError describing `what`. */
    private expect;
    ping(): Promise<void>;
    version(): Promise<EngineVersion>;
    info(): Promise<EngineInfo>;
    /** The image's details, or undefined when the engine does not have it. */
    imageInspect(name: string): Promise<Record<string, unknown> | undefined>;
    createContainer(request: ContainerCreateRequest, name?: string): Promise<string>;
    startContainer(id: string): Promise<void>;
    /** The container's details, or undefined when there is no such container. */
    inspectContainer(id: string): Promise<ContainerInfo | undefined>;
    /** stdout and stderr interleaved, the last `tail` lines (all when omitted). */
    containerLogs(id: string, tail?: number): Promise<string>;
    /** Waits for the container to stop; resolves with its exit code. */
    waitContainer(id: string, timeoutMs?: number): Promise<number>;
    /** The ids of the running containers. */
    runningContainers(): Promise<string[]>;
    /** Kills a running container; one that is not running (409) or gone (404) is fine. */
    killContainer(id: string, signal?: string): Promise<void>;
    /** Removes the container with its anonymous volumes; idempotent. */
    removeContainer(id: string): Promise<void>;
    /** Every network of the engine, as GET /networks lists them. */
    networks(): Promise<NetworkInfo[]>;
    inspectNetwork(name: string): Promise<NetworkInfo | undefined>;
    createNetwork(name: string, labels: Record<string, string>): Promise<string>;
    connectNetwork(network: string, container: string, aliases?: string[]): Promise<void>;
    /** Removes a network; one already gone is fine. */
    removeNetwork(name: string): Promise<void>;
    /** Disconnects a container from a network; one already gone or not connected is fine. */
    disconnectNetwork(network: string, container: string): Promise<void>;
    /** Names of the volumes carrying `label` (`key=value`). */
    volumesLabelled(label: string): Promise<string[]>;
    /** Stops a container, giving it `seconds` after SIGTERM; one stopped or gone is fine. */
    stopContainer(id: string, seconds: number): Promise<void>;
    /** Extracts a tar into the container at `path` (it may be created and not yet started). */
    putArchive(id: string, path: string, tar: Buffer): Promise<void>;
    /** Removes a volume; one already gone is fine. */
    removeVolume(name: string): Promise<void>;
}
/**
 * A container without a TTY answers /logs as frames: one byte naming the stream, three zero bytes,
 * a big-endian length, then that many bytes. Returns the payloads in order, as text. A body that
 * does not start like a frame (a TTY container) is returned as it is.
 */
export declare function demuxLogs(body: Buffer): string;
/**
 * An engine's endpoint with mutual TLS from a directory laid out as DOCKER_CERT_PATH is: ca.pem,
 * cert.pem, key.pem. `unreadable` turns a file that cannot be read into the caller's error.
 */
export declare function endpointWithCertPath(engine: string, certPath: string, unreadable?: (file: string, error: Error) => Error): Promise<EngineEndpoint>;
