export declare function caBundleWarnings(env: NodeJS.ProcessEnv): string[];
/** The variables clients are given: all that `docker-tls env` may ever print from a state. */
export declare const CLIENT_VARIABLES: readonly ["DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE"];
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
