import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { type Privilege, rootIsThisProcess, runAsRoot } from '../privilege.js';
import { saidBy } from '../run.js';

/**
 * net.ipv4.ip_forward is one switch for the whole machine, shared by every instance of ours (two in
 * one job, or a crashed one) and by the runner's own dockerd. So it is reference-counted in a record
 * of our own: the value seen before the first holder, and one holder file per instance. The first
 * holder records the value and turns forwarding on; the last one to leave writes the recorded value
 * back. When that value was 1 (the runner's dockerd needs it), forwarding is never turned off.
 *
 * The record lives under /run: root's, and a tmpfs, so it vanishes on reboot exactly when the
 * kernel's value does. It is changed as root (through sudo when we are not root), so each update is
 * one small shell script under flock(1): the lock is the kernel's and dies with its process, so a
 * crash can never leave a stale lock behind. A crash can leave a holder behind; sweepIpForward
 * drops the holders of dead instances (releasing them as they would have).
 */
export interface ForwardingPaths {
  /** The record's directory (0700): `before`, `holders/<id>`, `lock`. */
  dir: string;
  /** The switch itself; tests point it at a file of their own. */
  sysctl: string;
}

export const DEFAULT_FORWARDING_PATHS: ForwardingPaths = {
  dir: '/run/docker-tls-action/ip-forward',
  sysctl: '/proc/sys/net/ipv4/ip_forward',
};

export interface ForwardingRecord {
  /** The switch after the update, e.g. "1". */
  value: string;
  /** The value to restore when the last holder leaves; absent when nobody holds it. */
  before?: string;
  holders: string[];
}

// $1 dir, $2 sysctl, $3 hold|release|show, $4 instance id. Writes the switch only when it changes:
// each write resets accept_redirects on every interface. Only a hold creates the directory; it stays
// (empty but for the lock) after the last release, because deleting a lock file others may be
// waiting on would let two of them in at once. Files are read and listed by the shell itself: each
// program the script runs is one more process competing with the daemon's boot for the CPU, so a
// hold or a listing runs flock alone (and mkdir and mv the first time).
const SCRIPT = `set -eu
dir=$1 sysctl=$2 action=$3 id=\${4:-}
umask 077
# The first line of a file; fails (as cat would) when it cannot be read.
first() { line=; IFS= read -r line <"$1" || [ -n "$line" ]; }
if [ -L "$dir" ]; then echo "$dir is a symbolic link: refusing to use it" >&2; exit 3; fi
if [ "$action" != hold ] && [ ! -d "$dir" ]; then first "$sysctl"; echo "value=$line"; exit 0; fi
if [ ! -d "$dir/holders" ]; then mkdir -p "$dir/holders"; chmod 700 "$dir"; fi
exec 9>>"$dir/lock"
flock -w 20 9
first "$sysctl"; value=$line
case $action in
hold)
  if [ ! -f "$dir/before" ]; then printf '%s\\n' "$value" >"$dir/before.new"; mv "$dir/before.new" "$dir/before"; fi
  : >"$dir/holders/$id"
  if [ "$value" != 1 ]; then echo 1 >"$sysctl"; fi ;;
release)
  rm -f "$dir/holders/$id"
  left=
  for holder in "$dir"/holders/* "$dir"/holders/.[!.]*; do if [ -e "$holder" ]; then left=1; fi; done
  if [ -z "$left" ] && [ -f "$dir/before" ]; then
    first "$dir/before"; before=$line
    case $before in 0|1|2) if [ "$value" != "$before" ]; then echo "$before" >"$sysctl"; fi ;; esac
    rm -f "$dir/before"
  fi ;;
esac
first "$sysctl"; echo "value=$line"
if [ -f "$dir/before" ]; then first "$dir/before"; echo "before=$line"; fi
for holder in "$dir"/holders/*; do if [ -e "$holder" ]; then echo "holder=\${holder##*/}"; fi; done
`;

const ID = /^[0-9A-Za-z-]{1,64}$/;

export function parseForwardingRecord(output: string): ForwardingRecord {
  const record: ForwardingRecord = { value: '', holders: [] };
  for (const line of output.split('\n')) {
    const [key, ...rest] = line.trim().split('=');
    const value = rest.join('=');
    if (key === 'value') record.value = value;
    else if (key === 'before') record.before = value;
    else if (key === 'holder') record.holders.push(value);
  }
  record.holders.sort();
  return record;
}

/** What each action does, for its error message. */
const WHAT = {
  hold: 'hold net.ipv4.ip_forward',
  release: 'release net.ipv4.ip_forward',
  show: 'read who holds net.ipv4.ip_forward',
};

async function update(
  privilege: Privilege,
  action: 'hold' | 'release' | 'show',
  id: string,
  paths: ForwardingPaths,
): Promise<ForwardingRecord> {
  if (action !== 'show' && !ID.test(id)) throw new Error(`Not an instance id: ${JSON.stringify(id)}`);
  const args = ['-c', SCRIPT, 'sh', paths.dir, paths.sysctl, action, id];
  const { stdout } = await runAsRoot(privilege, 'sh', args).catch((error: Error) => {
    // runAsRoot's message quotes the command, here the whole script: what it said is what helps.
    const cause = error.cause as NodeJS.ErrnoException | undefined;
    const said = saidBy(cause) ?? (cause?.code ? `sh could not run (${cause.code})` : (cause ?? error).message);
    throw new Error(`Could not ${WHAT[action]} (the record in ${paths.dir}): ${said}`, { cause: error });
  });
  return parseForwardingRecord(stdout);
}

/** Turns forwarding on for instance `id`, recording the earlier value when it is the first holder. */
export function holdIpForward(
  privilege: Privilege,
  id: string,
  paths = DEFAULT_FORWARDING_PATHS,
): Promise<ForwardingRecord> {
  return update(privilege, 'hold', id, paths);
}

/** Drops instance `id`'s hold; the last holder restores the recorded value. Idempotent. */
export function releaseIpForward(
  privilege: Privilege,
  id: string,
  paths = DEFAULT_FORWARDING_PATHS,
): Promise<ForwardingRecord> {
  return update(privilege, 'release', id, paths);
}

export function readIpForwardRecord(privilege: Privilege, paths = DEFAULT_FORWARDING_PATHS): Promise<ForwardingRecord> {
  return update(privilege, 'show', '', paths);
}

/**
 * The instances that hold it. Listed by this process when it is root: every start's sweep asks,
 * while the daemon boots, and the script takes a shell and flock under `timeout`. A listing needs
 * no lock: each release takes it.
 */
async function holdersOf(privilege: Privilege, paths: ForwardingPaths): Promise<string[]> {
  if (!rootIsThisProcess(privilege)) return (await readIpForwardRecord(privilege, paths)).holders;
  const holders = await fs.readdir(join(paths.dir, 'holders')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  // As the script lists them (holders/*): a hidden file is no instance.
  return holders.filter((name) => !name.startsWith('.')).sort();
}

/** For the crash sweep: releases the hold of every instance `isDead` says is gone; returns their ids. */
export async function sweepIpForward(
  privilege: Privilege,
  isDead: (id: string) => boolean | Promise<boolean>,
  paths = DEFAULT_FORWARDING_PATHS,
): Promise<string[]> {
  const swept: string[] = [];
  for (const id of await holdersOf(privilege, paths)) {
    if (!(await isDead(id))) continue;
    await releaseIpForward(privilege, id, paths);
    swept.push(id);
  }
  return swept;
}
