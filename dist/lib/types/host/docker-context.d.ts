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
    /** Whether the instance that made a context is gone (instance-presence.ts); a test's stand-in. */
    instanceIsGone?: (id: string, dockerHost: string) => Promise<boolean>;
}
/** What was made, as recorded in the state: post removes it only while it still carries `marker`. */
export interface CreatedContext {
    name: string;
    marker: string;
    /** The instance whose leftover context of that name was replaced (it had ended without its post). */
    replacedLeftoverOf?: string;
}
/** The instance and endpoint a description made by `descriptionFor` names; undefined for any other. */
export declare function instanceOfDescription(description: string): {
    id: string;
    dockerHost: string;
} | undefined;
/** Where the docker CLI keeps the context `name`'s metadata: $DOCKER_CONFIG/contexts/meta/<SHA-256 of the name>/. */
export declare function contextMetaFile(name: string, env: NodeJS.ProcessEnv): string;
/** The contexts in the store, by name, with their descriptions. */
export declare function listContexts(options?: DockerContextOptions): Promise<Map<string, string>>;
/**
 * Creates the context under `base`, or `base-2`, `-3`, … when that name is taken by a context that
 * is not this instance's. One of this instance's own (a re-run), or a leftover of an instance that
 * is gone, is replaced.
 */
export declare function createDockerContext(base: string, instanceId: string, endpoint: ContextEndpoint, options?: DockerContextOptions): Promise<CreatedContext>;
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
