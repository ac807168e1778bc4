// What a scenario could leave in the guest, taken before and after it: each kind is a sorted list
// of lines, and a scenario passes only when every list is the same again. Links, mounts, cgroups,
// the ruleset, RUNNER_TEMP and the system daemon's objects are taken whole, so a leak the action
// does not know it made shows too; only where the suite itself works (/tmp) and in the process
// table are they narrowed, to Docker's processes and the product's dtls- names.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { systemApi } from './http.js';
import { ok, sudo } from './shell.js';
import { FILE_COMMANDS, RUNNER_TEMP } from './steps.js';

export type Snapshot = Record<string, string[]>;

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** Processes of any Docker engine or of an instance (dtls-<id> in their command line). */
async function engineProcesses(): Promise<string[]> {
  const table = await ok('ps', ['-eo', 'args=']);
  return lines(table).filter((args) => /dockerd|containerd|docker-proxy|runc|dtls-/.test(args) && !/^ps /.test(args));
}

async function listeners(): Promise<string[]> {
  return lines(await ok('ss', ['-Hltn'])).map((line) => line.split(/\s+/)[3]);
}

async function links(): Promise<string[]> {
  return lines(await ok('ip', ['-o', 'link', 'show'])).map((line) => line.split(': ')[1].split('@')[0]);
}

function mounts(): string[] {
  return lines(readFileSync('/proc/self/mountinfo', 'utf8')).map((line) => line.split(' ')[4]);
}

/** Every cgroup directory, as a path below the cgroup2 root. */
function cgroups(root = '/sys/fs/cgroup'): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** `nft list ruleset` without its counters: the same text means the same tables, chains and rules. */
export async function ruleset(): Promise<string[]> {
  // The counter may start a rule ("\t\tcounter packets 12 bytes 961 jump DOCKER-USER"): no leading space.
  return lines((await sudo(['nft', 'list', 'ruleset'])).replace(/\bcounter packets \d+ bytes \d+/g, 'counter'));
}

/**
 * Files in RUNNER_TEMP (the file-command folder aside), and the product's dtls-* in /run and /tmp
 * (the CLI's state files and work directories go to the temp directory).
 */
function files(): string[] {
  const temp = readdirSync(RUNNER_TEMP, { recursive: true, encoding: 'utf8' })
    .map((name) => join(RUNNER_TEMP, name))
    .filter((path) => !path.startsWith(FILE_COMMANDS));
  const ours = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.startsWith('dtls-'))
      .map((name) => join(dir, name));
  return [...temp, ...ours('/run'), ...ours('/tmp')];
}

/** The docker CLI's contexts, from its store (~/.docker/contexts/meta/<hash>/meta.json). */
function contexts(): string[] {
  const store = join(process.env.HOME ?? '/home/runner', '.docker', 'contexts', 'meta');
  if (!existsSync(store)) return [];
  return readdirSync(store).map((hash) => {
    const meta = JSON.parse(readFileSync(join(store, hash, 'meta.json'), 'utf8')) as { Name: string };
    return meta.Name;
  });
}

/** Containers (with their state), volumes and networks of the runner's own daemon. */
async function systemDaemon(): Promise<string[]> {
  const [containers, volumes, networks] = await Promise.all([
    systemApi<Array<{ Id: string; Names: string[]; State: string }>>('/containers/json?all=1'),
    systemApi<{ Volumes: Array<{ Name: string }> | null }>('/volumes'),
    systemApi<Array<{ Id: string; Name: string }>>('/networks'),
  ]);
  return [
    ...containers.map((c) => `container ${c.Id} ${c.Names.join(',')} ${c.State}`),
    ...(volumes.Volumes ?? []).map((v) => `volume ${v.Name}`),
    ...networks.map((n) => `network ${n.Id} ${n.Name}`),
  ];
}

export async function takeSnapshot(): Promise<Snapshot> {
  const [processes, ports, interfaces, nft, daemon] = await Promise.all([
    engineProcesses(),
    listeners(),
    links(),
    ruleset(),
    systemDaemon(),
  ]);
  const snapshot: Snapshot = {
    processes,
    listeners: ports,
    links: interfaces,
    mounts: mounts(),
    cgroups: cgroups(),
    nft,
    files: files(),
    contexts: contexts(),
    'system daemon': daemon,
  };
  for (const list of Object.values(snapshot)) list.sort();
  return snapshot;
}

/** What differs, one line each ("+ links: dtls-1234abcd" appeared, "- ..." went), in order. */
export function differences(before: Snapshot, after: Snapshot): string[] {
  const found: string[] = [];
  for (const kind of Object.keys(before)) {
    const counts = new Map<string, number>();
    for (const line of before[kind]) counts.set(line, (counts.get(line) ?? 0) + 1);
    for (const line of after[kind] ?? []) counts.set(line, (counts.get(line) ?? 0) - 1);
    for (const [line, count] of counts) {
      if (count < 0) found.push(`+ ${kind}: ${line}`);
      if (count > 0) found.push(`- ${kind}: ${line}`);
    }
  }
  return found;
}
