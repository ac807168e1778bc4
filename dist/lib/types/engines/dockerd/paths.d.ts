/**
 * exec-root holds containerd's sockets, whose paths must stay under the 108-byte limit of sun_path:
 * a short path in /run, or /tmp where there is no /run, rather than one under a deep RUNNER_TEMP.
 * The crash sweep looks in both.
 */
export declare const EXEC_ROOT_PARENTS: readonly ["/run", "/tmp"];
export interface DockerdPaths {
    execRoot: string;
    dataRoot: string;
    pidFile: string;
    logFile: string;
    socket: string;
    config: string;
}
export declare function dockerdPaths(workDir: string, marker: string): Promise<DockerdPaths>;
/** The paths for a work directory and an exec-root: also what a saved state must name. */
export declare function dockerdPathsIn(workDir: string, execRoot: string): DockerdPaths;
