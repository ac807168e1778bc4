import type { TeardownOptions, TeardownReport } from '../lifecycle/engine.js';
import type { Logger } from '../logger.js';
import type { DockerdState } from './state.js';
import { type DaemonOutcome } from './teardown-processes.js';
export interface DockerdTeardownReport extends TeardownReport {
    daemon: DaemonOutcome;
    processesKilled: number;
    mountsRemoved: number;
    bridgeRemoved: boolean;
    pathsRemoved: string[];
}
/**
 * Undoes whatever `state` lists, in reverse order of creation: the daemon (SIGTERM, then SIGKILL
 * after a deadline), any process left from it (containerd, shims, containers), mounts, the bridge,
 * directories. Idempotent, and it never throws: a problem becomes a warning and the rest goes on.
 */
export declare function teardownDockerd(state: DockerdState, logger: Logger, options?: TeardownOptions): Promise<DockerdTeardownReport>;
