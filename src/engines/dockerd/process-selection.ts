import { basename, dirname, join } from 'node:path';
import type { ProcessInfo } from '../../host/processes.js';
import { WATCH_CONFIG_FILE, WATCH_CONFIG_OPTION } from './network-watch-process.js';

/**
 * Which processes belong to an instance, by exact arguments rather than by a substring of the
 * command line: `tail -f /tmp/dtls-…/docker.log`, an editor or a shell script naming the instance
 * must never be killed. Ours are:
 *  - dockerd (or sudo in front of it) with `--config-file <work dir>/daemon.json`,
 *  - containerd (or sudo in front of it) with `--config <work dir>/containerd.toml`,
 *  - the network watch with `--watch-config <work dir>/network-watch.json`,
 *  - containerd's shims with `-namespace dtls-<id>` (or its plugins namespace) and `-address` our
 *    containerd's socket under the exec-root,
 *  - and what descends from those (containers).
 */
export interface InstanceIdentity {
  /** `dtls-<id>`. */
  marker: string;
  /** The work directory, when known (teardown); the crash sweep knows only its name's form. */
  workDir?: string;
  /** Exec-roots the instance may have: its socket lies under one of them. */
  execRoots: readonly string[];
}

/** The value after `flag` (`flag value` or `flag=value`), undefined when absent. */
export function argumentOf(argv: readonly string[], flag: string): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === flag) return argv[index + 1];
    if (argv[index].startsWith(`${flag}=`)) return argv[index].slice(flag.length + 1);
  }
  return undefined;
}

/** Whether `path` is `<work dir>/<name>` of the instance: exactly, or by the work dir's name form. */
function isFileOfWorkDir(path: string | undefined, name: string, identity: InstanceIdentity): boolean {
  if (path === undefined || basename(path) !== name) return false;
  if (identity.workDir !== undefined) return path === join(identity.workDir, name);
  return basename(dirname(path)) === identity.marker;
}

/** dockerd (or sudo in front of it) on the instance's daemon.json. */
export function isInstanceDaemon(argv: readonly string[], identity: InstanceIdentity): boolean {
  return isFileOfWorkDir(argumentOf(argv, '--config-file'), 'daemon.json', identity);
}

/** The instance's network watch (network-watch-process.ts), a node process of the job's user. */
export function isNetworkWatch(argv: readonly string[], identity: InstanceIdentity): boolean {
  return isFileOfWorkDir(argumentOf(argv, WATCH_CONFIG_OPTION), WATCH_CONFIG_FILE, identity);
}

export function isInstanceProcess(argv: readonly string[], identity: InstanceIdentity): boolean {
  if (isInstanceDaemon(argv, identity)) return true;
  if (isFileOfWorkDir(argumentOf(argv, '--config'), 'containerd.toml', identity)) return true;
  if (isNetworkWatch(argv, identity)) return true;
  const namespace = argumentOf(argv, '-namespace');
  const address = argumentOf(argv, '-address');
  return (
    (namespace === identity.marker || namespace === `${identity.marker}-plugins`) &&
    identity.execRoots.some((root) => address === join(root, 'containerd', 'containerd.sock'))
  );
}

/** The instance's processes and all of their descendants; never `self` or an ancestor of it. */
export function processesOfInstance(all: ProcessInfo[], identity: InstanceIdentity, self = process.pid): ProcessInfo[] {
  const selected = new Set(all.filter((info) => isInstanceProcess(info.argv, identity)).map((info) => info.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of all) {
      if (!selected.has(info.pid) && selected.has(info.ppid)) {
        selected.add(info.pid);
        grew = true;
      }
    }
  }
  const protectedPids = ancestorsOf(all, self);
  return all.filter((info) => selected.has(info.pid) && !protectedPids.has(info.pid));
}

/** `self` and its ancestors: a CLI invoked with our paths in its arguments must not kill itself. */
export function ancestorsOf(all: ProcessInfo[], self = process.pid): Set<number> {
  const byPid = new Map(all.map((info) => [info.pid, info]));
  const result = new Set<number>([self]);
  let current = byPid.get(self);
  while (current && current.ppid > 0 && !result.has(current.ppid)) {
    result.add(current.ppid);
    current = byPid.get(current.ppid);
  }
  return result;
}
