import type { Logger } from '../../core/logger.js';
import type { StopOptions, StopReport } from '../engine.js';
import { type DaemonOutcome } from '../dockerd/teardown-processes.js';
import { type RootlessState } from './state.js';
export interface RootlessTeardownReport extends StopReport {
    daemon: DaemonOutcome;
    processesKilled: number;
    pathsRemoved: string[];
}
/**
 * Stops rootlesskit (SIGTERM: it stops dockerd, whose pid namespace then ends with every container
 * in it; SIGKILL after the deadline), kills whatever of the instance is left, then removes the
 * daemon's directories. Idempotent, and it never throws: a problem becomes a warning.
 */
export declare function stopRootlessInstance(state: RootlessState, logger: Logger, options?: StopOptions): Promise<RootlessTeardownReport>;
