/**
 * A docker context for clients that do not read DOCKER_HOST/DOCKER_CERT_PATH (buildx refuses TLS
 * from the environment). Created with the docker CLI as the invoking user, never through sudo:
 * contexts live in that user's $DOCKER_CONFIG (~/.docker). The current context is never switched.
 */
export declare const DEFAULT_CONTEXT_NAME = "docker-tls";
export declare const NO_CONTEXT = "none";
export interface ContextEndpoint {
    /** tcp://host:port, as exported in DOCKER_HOST. */
    dockerHost: string;
    caPath: string;
    certPath: string;
    keyPath: string;
}
export interface DockerContextOptions {
    /** Environment of the docker CLI: DOCKER_CONFIG chooses the context store. */
    env?: NodeJS.ProcessEnv;
    /** The docker CLI; default `docker` on PATH. */
    docker?: string;
}
/** What was made, as recorded in the state: post removes it only while it still carries `marker`. */
export interface CreatedContext {
    name: string;
    marker: string;
}
/** The `context` input: a context name, or `none`. Throws an InputError naming the input. */
export declare function parseContextName(raw: string | undefined, input?: string): string | undefined;
/**
 * How a context is known as ours: its description names the project and the instance that made
 * it. Another instance's context, or a user's, never carries this instance's id.
 */
export declare function contextMarker(instanceId: string): string;
/** The contexts in the store, by name, with their descriptions. */
export declare function listContexts(options?: DockerContextOptions): Promise<Map<string, string>>;
/**
 * Creates the context under `requested`, or `requested-2`, `-3`, … when that name is taken by a
 * context that is not this instance's. One of this instance's own (a re-run) is replaced.
 * Returns undefined for `none`.
 */
export declare function createDockerContext(requested: string | undefined, instanceId: string, endpoint: ContextEndpoint, options?: DockerContextOptions): Promise<CreatedContext | undefined>;
/**
 * Removes a context this instance made. A context of that name that no longer carries our marker
 * (removed and made again by someone else) is left alone. Never throws: returns what happened.
 */
export declare function removeDockerContext(context: CreatedContext, options?: DockerContextOptions): Promise<{
    removed: boolean;
    detail: string;
}>;
/** The docker CLI is not installed: there are no contexts to make or remove. */
export declare const cliMissing: (error: unknown) => boolean;
/** Removes every context whose description carries `marker`. Never throws: says what it did. */
export declare function removeContextsMarked(marker: string, options?: DockerContextOptions): Promise<string[]>;
