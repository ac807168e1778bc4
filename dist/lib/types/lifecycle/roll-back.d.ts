import type { DaemonOptions } from '../config.js';
import { type ContextRequest } from './docker-context-step.js';
import type { Engine } from './engine.js';
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
export interface RollBackContext extends Omit<StartContext, 'signal'> {
    /** Told of the failure first, so that it is reported before the clean-up's own messages. */
    onFailure?: (error: unknown) => void;
    /** A docker context to make while the daemon comes up (none when undefined). */
    dockerContext?: ContextRequest;
}
/**
 * The one start both adapters run: SIGINT and SIGTERM abort it; on any failure what was made so far
 * is torn down at once (a problem there is a warning), so that nothing half-made is left for post.
 * Never throws and never exits the process: the caller reports the outcome and its exit code.
 */
export declare function startOrRollBack(options: DaemonOptions, engine: Engine, context: RollBackContext): Promise<StartOutcome>;
