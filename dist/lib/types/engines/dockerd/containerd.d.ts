/** Where our containerd keeps its configuration, socket and log. */
export interface ContainerdPaths {
    config: string;
    socket: string;
    logFile: string;
}
export declare function containerdPaths(workDir: string, execRoot: string): ContainerdPaths;
export declare function containerdConfig(dataRoot: string, execRoot: string, socket: string): string;
export interface ContainerdWait {
    socket: string;
    timeoutMs: number;
    /** How the user names the start-up timeout, for the hint. */
    timeoutOption: string;
    exitReason: () => string | undefined;
    logTail: () => Promise<string>;
    signal?: AbortSignal;
}
/** Polls until containerd listens on its socket, or fails with what its log says. */
export declare function waitForContainerd(wait: ContainerdWait): Promise<void>;
