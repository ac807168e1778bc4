import type { NamedLog, StopOptions, StopReport } from '../engine.js';
import type { Logger } from '../../core/logger.js';
import type { DindState } from './state.js';
/** Where teardown keeps the container's log for post to print, before the container goes. */
export declare function dindLogFile(workDir: string): string;
export declare function dindLogs(state: DindState): NamedLog[];
/**
 * Undoes what the state lists: the container (its log kept in the work directory for post first)
 * with its anonymous volumes, and the network we created. Idempotent; never throws.
 */
export declare function stopDind(state: DindState, logger: Logger, options?: StopOptions): Promise<StopReport>;
