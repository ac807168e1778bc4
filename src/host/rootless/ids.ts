import type { RootlessFinding } from './finding.js';
import { type RootlessProbe, type UserIdentity, describeUser } from './probe.js';

export const SUBUID_FILE = '/etc/subuid';
export const SUBGID_FILE = '/etc/subgid';

/**
 * Images hold files of uids and gids up to 65535 (nobody is 65534): the namespace must map them
 * all, and beyond id 0 (the user itself) every id comes from the subordinate ranges.
 */
export const NEEDED_IDS = 65536;

/** Where Debian's and Ubuntu's useradd start handing out subordinate ids. */
const FIRST_FREE = 100000;

export interface SubordinateRange {
  owner: string;
  start: number;
  count: number;
}

/** Every well-formed `owner:start:count` line; comments, blank and malformed lines are skipped. */
export function parseSubordinateRanges(text: string): SubordinateRange[] {
  const ranges: SubordinateRange[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(':');
    if (fields.length !== 3 || fields[0] === '' || fields[0].startsWith('#')) continue;
    if (!/^\d+$/.test(fields[1]) || !/^\d+$/.test(fields[2])) continue;
    ranges.push({ owner: fields[0], start: Number(fields[1]), count: Number(fields[2]) });
  }
  return ranges;
}

/** The ranges of `user`: shadow's newuidmap takes a line naming the user or its numeric uid. */
export function rangesOf(ranges: readonly SubordinateRange[], user: UserIdentity): SubordinateRange[] {
  return ranges.filter((range) => range.owner === user.name || range.owner === String(user.uid));
}

/**
 * How many ids the user's ranges give. rootlesskit maps each range after the one before, so that
 * together they make one run of ids in the namespace: what counts is their sum.
 */
export function subordinateCount(ranges: readonly SubordinateRange[]): number {
  return ranges.reduce((sum, range) => sum + range.count, 0);
}

/** A range no line of either file uses yet: the fix must not share another user's ids with this one. */
export function freeRange(all: readonly SubordinateRange[]): string {
  const start = Math.max(FIRST_FREE, ...all.map((range) => range.start + range.count));
  return `${start}-${start + NEEDED_IDS - 1}`;
}

interface FileReading {
  file: string;
  flag: '--add-subuids' | '--add-subgids';
  all: SubordinateRange[];
  count: number;
  /** What the file says of the user, for the detail. */
  said: string;
}

async function readIds(probe: RootlessProbe, file: string, user: UserIdentity): Promise<FileReading> {
  const text = await probe.readFile(file);
  const all = parseSubordinateRanges(text ?? '');
  const mine = rangesOf(all, user);
  const count = subordinateCount(mine);
  const flag = file === SUBUID_FILE ? '--add-subuids' : '--add-subgids';
  const listed = mine.map((range) => `${range.start}-${range.start + range.count - 1}`).join(', ');
  const said =
    text === undefined
      ? `${file} does not exist or cannot be read`
      : mine.length === 0
        ? `${file} has no line for ${describeUser(user)}`
        : `${file} gives ${describeUser(user)} ${count} ids (${listed})${count < NEEDED_IDS ? `, fewer than the ${NEEDED_IDS} images need` : ''}`;
  return { file, flag, all, count, said };
}

function subordinateFix(user: UserIdentity, short: FileReading[], range: string): string {
  if (user.name) {
    const flags = short.map((reading) => `${reading.flag} ${range}`).join(' ');
    return `Give the user its own ${NEEDED_IDS} subordinate ids, a range no other user has: sudo usermod ${flags} ${user.name}`;
  }
  const [start] = range.split('-');
  const lines = short.map((reading) => `"${user.uid}:${start}:${NEEDED_IDS}" to ${reading.file}`).join(' and ');
  return `uid ${user.uid} has no name for usermod: as root, append the line ${lines} (a range no other user has).`;
}

/** Subordinate uids and gids for this user, at least NEEDED_IDS of each. */
export async function subordinateIdsFinding(probe: RootlessProbe, user: UserIdentity): Promise<RootlessFinding> {
  const readings = await Promise.all([SUBUID_FILE, SUBGID_FILE].map((file) => readIds(probe, file, user)));
  const short = readings.filter((reading) => reading.count < NEEDED_IDS);
  const detail = `${readings.map((reading) => reading.said).join('; ')}.`;
  if (short.length === 0) return { check: 'subordinate-ids', ok: true, detail };
  const range = freeRange(readings.flatMap((reading) => reading.all));
  return { check: 'subordinate-ids', ok: false, detail, fix: subordinateFix(user, short, range) };
}
