import { DockerTlsError } from '../errors.js';
import { trustedCommand } from './root-commands.js';

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
