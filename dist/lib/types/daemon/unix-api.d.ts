/** One Docker API call over the daemon's own unix socket; resolves with status and parsed body. */
export declare function unixApi(socketPath: string, method: string, path: string, timeoutMs?: number): Promise<{
    status: number;
    body: unknown;
}>;
/**
 * Kills the containers still running, so that stopping the daemon does not wait out each one's
 * stop timeout (10 s by default): nothing in a finished job needs a polite shutdown.
 */
export declare function killRunningContainers(socketPath: string): Promise<number>;
