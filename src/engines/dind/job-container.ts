import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { EngineClient } from '../../host/engine-api/client.js';

const FULL_ID = /[0-9a-f]{64}/;

/**
 * Container ids this process's cgroups name: cgroup v1 (`…:/docker/<id>`), systemd's scopes
 * (`docker-<id>.scope`), and cgroup v2 (`0::/…<id>…`). With a private cgroup namespace (the default
 * on cgroup v2) the file shows only `0::/` and names nothing.
 */
export function idsFromCgroup(text: string): string[] {
  const ids: string[] = [];
  for (const line of text.split('\n')) {
    const path = line.split(':').slice(2).join(':');
    const segments = path.split('/').reverse();
    for (const segment of segments) {
      const match = /^(?:docker-|cri-containerd-|libpod-)?([0-9a-f]{64})(?:\.scope)?$/.exec(segment);
      if (match) {
        ids.push(match[1]);
        break;
      }
    }
  }
  return [...new Set(ids)];
}

/**
 * Container ids in this process's mount table: the engine bind-mounts /etc/hostname, /etc/hosts
 * and /etc/resolv.conf from `<data-root>/containers/<id>/`, whatever the cgroup namespace.
 */
export function idsFromMountinfo(text: string): string[] {
  const ids: string[] = [];
  for (const line of text.split('\n')) {
    const [root, mountPoint] = line.split(' ').slice(3, 5);
    if (!root || !['/etc/hostname', '/etc/hosts', '/etc/resolv.conf'].includes(mountPoint)) continue;
    const match = /\/containers\/([0-9a-f]{64})\//.exec(root);
    if (match) ids.push(match[1]);
  }
  return [...new Set(ids)];
}

/** Candidates, most telling first: mounts, then cgroups, then a short-id host name. */
export function jobContainerCandidates(cgroup: string, mountinfo: string, host: string): string[] {
  const ids = [...idsFromMountinfo(mountinfo), ...idsFromCgroup(cgroup)];
  if (/^[0-9a-f]{12}$/.test(host) && !ids.some((id) => id.startsWith(host))) ids.push(host);
  return [...new Set(ids)].filter((id) => FULL_ID.test(id) || /^[0-9a-f]{12}$/.test(id));
}

export interface ProcSource {
  cgroup: () => Promise<string>;
  mountinfo: () => Promise<string>;
  hostname: () => string;
}

const PROC: ProcSource = {
  cgroup: () => readFile('/proc/self/cgroup', 'utf8'),
  mountinfo: () => readFile('/proc/self/mountinfo', 'utf8'),
  hostname,
};

/**
 * The id of the outer engine's container this process runs in (a workflow `container:` job), or
 * undefined on the runner itself. A candidate counts only when the outer engine knows it as a
 * running container: another engine's container (or a stale id) is not ours to join.
 */
export async function detectJobContainer(
  client: Pick<EngineClient, 'inspectContainer'>,
  source: ProcSource = PROC,
): Promise<string | undefined> {
  const [cgroup, mountinfo] = await Promise.all([source.cgroup().catch(() => ''), source.mountinfo().catch(() => '')]);
  for (const candidate of jobContainerCandidates(cgroup, mountinfo, source.hostname())) {
    const info = await client.inspectContainer(candidate);
    if (info?.State.Running) return info.Id;
  }
  return undefined;
}
