// More of what a run could leave on the machine (issue 12, item 10), for leaksOf: dockerd 20.10's
// trust key, sockets of our containerd shims, cgroups, sysctls, docker contexts and published ports, and
// what was made or changed for a given cert-dir.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileAsync } from './docker.js';
import { cgroupDirsOf } from '../src/host/cgroups.js';

export const TRUST_KEY = '/etc/docker/key.json';
const SYSCTLS = ['net/ipv4/ip_forward', 'net/ipv4/conf/all/forwarding', 'net/bridge/bridge-nf-call-iptables'];

export interface ExtraBaseline {
  trustKey: boolean;
  sysctls: Record<string, string>;
  contexts: string[];
}

export async function takeExtraBaseline(): Promise<ExtraBaseline> {
  return { trustKey: existsSync(TRUST_KEY), sysctls: readSysctls(), contexts: await dockerContexts() };
}

export interface ExtraScope {
  ids: string[];
  /** Ports our daemons listened on and ports our containers published. */
  ports?: number[];
  /** Containers our daemons ran, by instance id: their shims' sockets must be gone. */
  containers?: { id: string; containerIds: string[] }[];
  /** A given cert-dir: absent when it was made (with `madeParents`), else with its mode as before. */
  certDirs?: { path: string; modeBefore?: number; madeParents?: string[] }[];
  extraBaseline?: ExtraBaseline;
}

/** Lines like leaksOf's, one per thing left or changed. */
export async function extraLeaksOf(scope: ExtraScope): Promise<string[]> {
  const found: string[] = [];
  const before = scope.extraBaseline;
  if (before && !before.trustKey && existsSync(TRUST_KEY)) found.push(`file ${TRUST_KEY} (made by a dockerd 20.10)`);
  if (before) {
    const now = readSysctls();
    for (const [name, value] of Object.entries(before.sysctls)) {
      if (now[name] !== value) found.push(`sysctl ${name} is ${now[name]}, was ${value}`);
    }
    const ports = new Set((scope.ports ?? []).map(String));
    for (const context of await dockerContexts()) {
      const ours =
        scope.ids.some((id) => context.includes(`dtls-${id}`)) || [...ports].some((p) => context.endsWith(`:${p}`));
      if (!before.contexts.includes(context) && ours) found.push(`docker context ${context}`);
    }
  }
  // Every instance's cgroup parent (src/host/cgroups.ts), in every hierarchy, whether or not it ran a container.
  for (const id of scope.ids) for (const dir of await cgroupDirsOf(`dtls-${id}`)) found.push(`cgroup ${dir}`);
  for (const { id, containerIds } of scope.containers ?? []) {
    for (const socket of shimSocketsOf(id, containerIds)) if (existsSync(socket)) found.push(`shim socket ${socket}`);
  }
  for (const { path, modeBefore, madeParents } of scope.certDirs ?? []) {
    for (const dir of [path, ...(madeParents ?? [])]) {
      if (modeBefore === undefined && existsSync(dir)) found.push(`directory ${dir} made for cert-dir`);
    }
    if (modeBefore !== undefined) {
      const mode = existsSync(path) ? statSync(path).mode & 0o7777 : undefined;
      if (mode !== modeBefore) found.push(`cert-dir ${path} mode ${mode?.toString(8)}, was ${modeBefore.toString(8)}`);
      if (existsSync(path) && readdirSync(path).length > 0)
        found.push(`files in cert-dir ${path}: ${readdirSync(path).join(', ')}`);
    }
  }
  return found;
}

/** Where containerd puts the sockets of an instance's shims: SHA-256 of address/namespace/container. */
export function shimSocketsOf(id: string, containerIds: string[]): string[] {
  const address = `/run/dtls-${id}/containerd/containerd.sock`;
  return containerIds.flatMap((container) =>
    [`dtls-${id}`, `dtls-${id}-plugins`].map((namespace) =>
      join(
        '/run/containerd/s',
        createHash('sha256')
          .update(join(address, namespace, container))
          .digest('hex'),
      ),
    ),
  );
}

function readSysctls(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of SYSCTLS) {
    try {
      values[name] = readFileSync(join('/proc/sys', name), 'utf8').trim();
    } catch {
      // not on this kernel (br_netfilter not loaded)
    }
  }
  return values;
}

/** Each context as "name endpoint". */
async function dockerContexts(): Promise<string[]> {
  const out = await execFileAsync('docker', ['context', 'ls', '--format', '{{.Name}} {{.DockerEndpoint}}']).catch(
    () => ({
      stdout: '',
    }),
  );
  return out.stdout.split('\n').filter(Boolean);
}
