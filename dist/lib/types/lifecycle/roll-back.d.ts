import { type Options } from '../core/options/options.js';
import type { Engine } from '../engines/engine.js';
import type { DockerContextOptions } from '../host/docker-context.js';
import { type StartContext, type StartedInstance } from './start.js';
export type StartOutcome = {
    started: StartedInstance;
    exitCode: 0;
} | {
    started?: undefined;
    error: unknown;
    /** 130 after SIGINT, 143 after SIGTERM, 2 for bad input, 1 for any other failure. */
    exitCode: number;
    /** The signal that stopped the start, if one did. */
    signal?: NodeJS.Signals;
};
export interface RollBackContext extends Omit<StartContext, 'signal' | 'whileStarting'> {
    /** Told of the failure first, so that it is reported before the clean-up's own messages. */
    onFailure?: (error: unknown) => void;
    /**
     * The context was asked for by name (`up --context`): failing to make it fails the start. The
     * action's is there by default, for buildx: a failure to make it is a warning, the daemon stays.
     */
    contextRequired?: boolean;
    /** The docker CLI's environment for the context (DOCKER_CONFIG chooses the store); default process.env. */
    contextOptions?: DockerContextOptions;
    /** The engine; by default the one of the options' mode (tests pass one of their own). */
    engine?: Engine;
}
/**
 * The one start every adapter runs: SIGINT and SIGTERM abort it; on any failure what was made so far
 * is torn down at once, by the one teardown (a problem there is a warning), so that nothing
 * half-made is left for post. Never throws and never exits the process: the caller reports the
 * outcome and its exit code.
 */
export declare function startOrRollBack(options: Options, context: RollBackContext): Promise<StartOutcome>;
