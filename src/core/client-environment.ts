/**
 * Variables that make some clients trust another CA bundle than DOCKER_CERT_PATH/ca.pem: requests
 * (under docker-py) prefers REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE over the CA docker-py passes it,
 * then fails with "unable to get local issuer certificate". Corporate-proxy runners set them.
 */
const OVERRIDING = ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE'] as const;

export function caBundleWarnings(env: NodeJS.ProcessEnv): string[] {
  const set = OVERRIDING.filter((name) => env[name]);
  if (set.length === 0) return [];
  return [
    `${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set: docker-py (through requests) will verify the daemon against that bundle instead of DOCKER_CERT_PATH/ca.pem and fail with "unable to get local issuer certificate". Unset ${set.length > 1 ? 'them' : 'it'} for steps that use docker-py, e.g. env: { ${set.map((name) => `${name}: ''`).join(', ')} }.`,
  ];
}

/** The variables clients are given: all that `docker-tls env` may ever print from a state. */
export const CLIENT_VARIABLES = [
  'DOCKER_HOST',
  'DOCKER_TLS_VERIFY',
  'DOCKER_CERT_PATH',
  'TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE',
] as const;

/**
 * What a client needs to reach the instance, as environment variables: the three the docker CLI,
 * docker-py, dockerode and testcontainers read, and TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, the
 * daemon's own unix socket on this machine. testcontainers bind-mounts that path into its Ryuk
 * container (default /var/run/docker.sock: the runner's daemon, not ours), and Ryuk then reaps in
 * our daemon. The daemon resolves the path on this machine, so the daemon's own socket is right.
 */
export function clientEnvironment(daemon: {
  dockerHost: string;
  clientDir: string;
  socket?: string;
}): Record<string, string> {
  return {
    DOCKER_HOST: daemon.dockerHost,
    DOCKER_TLS_VERIFY: '1',
    DOCKER_CERT_PATH: daemon.clientDir,
    ...(daemon.socket ? { TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE: daemon.socket } : {}),
  };
}
