import type { StopOptions } from '../engine.js';
import type { Logger } from '../../core/logger.js';
import type { Privilege } from '../../host/privilege.js';
import { type ProcessInfo } from '../../host/processes.js';
import { type InstanceIdentity } from './process-selection.js';
import type { DockerdState } from './state.js';
export type DaemonOutcome = 'stopped' | 'killed' | 'not running' | 'still running';
/** What these steps say of the processes they stopped; part of the teardown's report. */
export interface ProcessStopReport {
    daemon: DaemonOutcome;
    processesKilled: number;
    warnings: string[];
}
/** The part of a teardown under way that stopping processes works on. */
export interface ProcessTeardown {
    state: DockerdState;
    logger: Logger;
    options: StopOptions;
    privilege: Privilege;
    /** What selects the instance's processes by their exact arguments. */
    identity: InstanceIdentity;
    report: ProcessStopReport;
    /** The process tree before anything was stopped. */
    treeBefore: ProcessInfo[];
}
/**
 * The tree as it is before anything is stopped: a child whose parent dies first (a wrapper's child,
 * a container whose shim died) no longer descends from anything of ours when we look again.
 */
export declare function listTreeBefore(teardown: ProcessTeardown): Promise<void>;
export declare function stopDockerd({ state, privilege, identity, report, logger, options, }: ProcessTeardown): Promise<void>;
/**
 * A daemon's stop, for mode dockerd and rootless alike: its running containers killed through its
 * socket, then SIGTERM, then SIGKILL after the deadline; how it ended, and a warning if it was killed.
 */
export declare function stopDaemonProcess(daemon: {
    name: string;
    pid: number;
    socket?: string;
}, privilege: Privilege, logger: Logger, options: StopOptions): Promise<{
    outcome: DaemonOutcome;
    warning?: string;
}>;
export declare function stopContainerd({ state, privilege, identity }: ProcessTeardown): Promise<void>;
/**
 * The network watch has nothing left to do once teardown begins: stopped before dockerd, so that it
 * is gone long before the leftovers are counted.
 */
export declare function stopNetworkWatch({ privilege, identity, treeBefore }: ProcessTeardown): Promise<void>;
/** After a crash or a SIGKILL, containerd, its shims and the containers live on. */
export declare function killLeftovers({ privilege, identity, report, logger, treeBefore, }: ProcessTeardown): Promise<void>;
