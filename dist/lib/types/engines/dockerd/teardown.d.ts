import type { StopOptions, StopReport } from '../engine.js';
import type { Logger } from '../../core/logger.js';
import type { DockerdState } from './state.js';
import { type DaemonOutcome } from './teardown-processes.js';
export interface DockerdTeardownReport extends StopReport {
    daemon: DaemonOutcome;
    processesKilled: number;
    mountsRemoved: number;
    bridgeRemoved: boolean;
    pathsRemoved: string[];
}
/**
 * Undoes whatever `state` lists, in reverse order of creation: the daemon (SIGTERM, then SIGKILL
 * after a deadline), any process left from it (containerd, shims, containers), mounts, the firewall,
 * the bridges, and what dockerd made as root (its data-root and exec-root). The work directory
 * around them is the lifecycle's to remove. Idempotent, and it never throws: a problem becomes a
 * warning and the rest goes on.
 */
export declare function stopDockerdInstance(state: DockerdState, logger: Logger, options?: StopOptions): Promise<DockerdTeardownReport>;
