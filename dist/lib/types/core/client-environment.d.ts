export declare function caBundleWarnings(env: NodeJS.ProcessEnv): string[];
/**
 * What a client needs to reach the instance, as environment variables: the three the docker CLI,
 * docker-py, dockerode and testcontainers read, and TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, the
 * daemon's own unix socket on this machine. testcontainers bind-mounts that path into its Ryuk
 * container (default /var/run/docker.sock: the runner's daemon, not ours), and Ryuk then reaps in
 * our daemon. The daemon resolves the path on this machine, so the daemon's own socket is right.
 */
export declare function clientEnvironment(daemon: {
    dockerHost: string;
    clientDir: string;
    socket?: string;
}): Record<string, string>;
