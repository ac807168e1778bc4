import { dirname } from 'node:path';
import { DockerTlsError } from '../../core/errors.js';
import { trustedCommand } from '../../host/privilege.js';

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

/**
 * dockerd and containerd run as root: found only in directories no other user can write (see
 * root-commands.ts). Not installed, or only in such a directory, is one clear error.
 */
async function findRequired(name: string, missing: string, hint: string): Promise<string> {
  try {
    return await trustedCommand(name, { inPathOnly: true });
  } catch (error) {
    const passedOver = /Passed over: .*/.exec((error as Error).message)?.[0];
    if (!passedOver) throw new DockerTlsError(missing, hint);
    throw new DockerTlsError(
      `${name} was found only where another user than root could have put it, and it runs as root. ${passedOver}`,
      `Install ${name} in a root-owned directory (the system's packages do), or make its directory writable by root alone.`,
    );
  }
}

export function findDockerd(): Promise<string> {
  return findRequired(
    'dockerd',
    'dockerd (the Docker Engine daemon) is not installed on this machine.',
    'Install it first, e.g. "sudo apt-get install -y docker.io" on Debian or Ubuntu, or the docker-ce packages from Docker; GitHub-hosted Ubuntu runners have it already.',
  );
}

export function findContainerd(): Promise<string> {
  return findRequired(
    'containerd',
    'containerd is not installed on this machine (dockerd needs it).',
    'Install it with the Docker engine, e.g. "sudo apt-get install -y docker.io" (which brings containerd) on Debian or Ubuntu.',
  );
}
