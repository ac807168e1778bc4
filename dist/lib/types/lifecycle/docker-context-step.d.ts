import { type DockerContextOptions } from '../host/docker-context.js';
import type { Logger } from '../core/logger.js';
import type { ClientToBe } from './start.js';
import type { InstanceState } from '../core/state.js';
export interface ContextRequest {
    /** The name asked for (`-2`, `-3`, … appended when it is taken). */
    name: string;
    /** The docker CLI's environment (DOCKER_CONFIG chooses the store); default process.env. */
    options?: DockerContextOptions;
    /**
     * Asked for by name (`up --context`): a failure fails the start. The action's context is there by
     * default, for buildx: a failure to make it is a warning, and the daemon stays.
     */
    required?: boolean;
}
/**
 * The docker context, made while the daemon comes up (its endpoint and the client's files are
 * known by then; a roll-back removes it with the rest). Its marker is recorded before it is made,
 * so that teardown finds it even if the start stops in between, and its name once it exists.
 * Without a docker CLI there is nothing to make a context for: a warning, not a failure.
 */
export declare function dockerContextWhileStarting(request: ContextRequest, logger: Logger): (client: ClientToBe) => Promise<{
    dockerContext?: string;
}>;
/** Removes every context that carries this instance's marker. Never throws: says what it did. */
export declare function removeDockerContextsOf(state: InstanceState, options?: DockerContextOptions): Promise<string[]>;
