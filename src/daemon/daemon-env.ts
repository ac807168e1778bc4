import { dirname } from 'node:path';

/**
 * The environment our containerd and dockerd run with, chosen here rather than inherited: a job's
 * environment holds tokens (ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN), an earlier instance's DOCKER_HOST,
 * DOCKER_CERT_PATH or DOCKER_TLS_VERIFY (which dockerd would read as its own client settings), and
 * whatever else the steps before exported. The daemons need only PATH: to find containerd's shims,
 * runc, docker-proxy, docker-init and, when asked for, iptables. The directories of the dockerd and
 * containerd we found come first, so that an engine installed beside the distribution's uses its
 * own helpers. Proxy settings pass on: dockerd pulls images through them on machines behind one.
 */
const SYSTEM_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const PASSED_ON = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];

export function daemonEnvironment(programs: string[], from: NodeJS.ProcessEnv): Record<string, string> {
  const path = [...new Set([...programs.map((program) => dirname(program)), ...SYSTEM_PATH])];
  const env: Record<string, string> = { PATH: path.join(':') };
  for (const name of PASSED_ON) {
    const value = from[name];
    if (value && !/[\0\n]/.test(value)) env[name] = value;
  }
  return env;
}
