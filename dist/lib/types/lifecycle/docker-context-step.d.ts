import { type DockerContextOptions } from '../context.js';
import type { Logger } from '../logger.js';
import type { StartedInstance } from './start.js';
import type { InstanceState } from './state.js';
export interface ContextRequest {
    /** The name asked for (`docker-tls` when empty); `none` for no context. */
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
 * Makes the docker context once the daemon answers: its marker is recorded before it is made, so
 * that teardown finds it even if the start stops in between, and its name once it exists. Without
 * a docker CLI there is nothing to make a context for: a warning, not a failure.
 */
export declare function addDockerContext(started: StartedInstance, request: ContextRequest, save: (state: InstanceState) => void, logger: Logger): Promise<StartedInstance>;
/** Removes every context that carries this instance's marker. Never throws: says what it did. */
export declare function removeDockerContextsOf(state: InstanceState, options?: DockerContextOptions): Promise<string[]>;
