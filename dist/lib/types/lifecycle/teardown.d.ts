import type { Logger } from '../core/logger.js';
import type { InstanceState } from '../core/state.js';
import type { Engine, NamedLog, StopOptions } from '../engines/engine.js';
import type { DockerContextOptions } from '../host/docker-context.js';
import type { StateStore } from './state-store.js';
export interface TeardownOptions extends StopOptions {
    /** Runs once the engine has stopped, before the work directory goes: the time to print the logs. */
    beforeRemoval?: (facts: {
        daemonDied: boolean;
    }) => Promise<void>;
    /** The docker CLI's environment for removing the context (DOCKER_CONFIG chooses the store). */
    contextOptions?: DockerContextOptions;
    /** Where the state is kept: removed last, once what it lists is gone. */
    store?: StateStore;
    /** The engine; by default the one of the state's mode (tests pass one of their own). */
    engine?: Engine;
}
export interface TeardownReport {
    /** One line saying what was stopped and removed. */
    summary: string;
    /** Each problem met; the teardown goes on past all of them. */
    warnings: string[];
    /** What had stopped before the job ended ("dockerd (pid 123)"): it crashed or was killed. */
    stoppedEarly?: string;
    /** Nothing of the instance was found any more: an earlier teardown removed it all. */
    nothingFound: boolean;
}
/**
 * The one teardown, for every mode, after a job, `docker-tls down`, the library's stop and a failed
 * start alike: the docker context, then the engine's own parts (its daemon and what only it can
 * remove), then what every mode shares: the given cert-dir as it was (only our server/ and client/
 * removed, checked by device and inode; its mode given back; the directories made for it removed
 * when empty), the work directory (with our own cert-dir in it), the state. Never throws.
 */
export declare function teardownInstance(state: InstanceState, logger: Logger, options?: TeardownOptions): Promise<TeardownReport>;
export declare function logsOf(state: InstanceState): NamedLog[];
