import type { NamedLog, TeardownOptions, TeardownReport } from '../lifecycle/engine.js';
import type { Logger } from '../logger.js';
import type { DindState } from './state.js';
/** Where teardown keeps the container's log for post to print, before the container goes. */
export declare function dindLogFile(workDir: string): string;
export declare function dindLogs(state: DindState): NamedLog[];
/**
 * Undoes what the state lists: the container (its log kept for post first) with its anonymous
 * volumes, the network we created, the certificates and our directory. Idempotent; never throws.
 */
export declare function teardownDind(state: DindState, logger: Logger, options?: TeardownOptions): Promise<TeardownReport>;
