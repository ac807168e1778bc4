import { constants, promises as fs } from 'node:fs';
import { delimiter, join } from 'node:path';
import { DockerTlsError } from '../errors.js';

export async function findExecutable(name: string): Promise<string | undefined> {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      await fs.access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return undefined;
}

async function findRequired(name: string, missing: string, hint: string): Promise<string> {
  const path = await findExecutable(name);
  if (path) return path;
  throw new DockerTlsError(missing, hint);
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
