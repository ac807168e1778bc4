import { promises as fs } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/**
 * Programs we run as root (dockerd, containerd, ip, iptables) are looked up only where no other
 * user could have put them: a regular file that, like every directory above it, is owned by root
 * and writable by nobody else (a sticky directory such as /tmp does not let others replace what
 * root made in it). A user-writable directory early in PATH (~/.local/bin on hosted runners)
 * would otherwise let any process of that user choose what runs as root.
 */

export interface FileFacts {
  uid: number;
  mode: number;
  isFile: boolean;
  isDirectory: boolean;
}

export interface TrustedLookup {
  path: string | undefined;
  /** Facts of a path after following symlinks; undefined when it does not exist. */
  stat: (path: string) => Promise<FileFacts | undefined>;
  realpath: (path: string) => Promise<string>;
}

const GROUP_OR_OTHER_WRITE = 0o022;
const STICKY = 0o1000;
const EXECUTE = 0o111;

export const systemLookup: TrustedLookup = {
  path: process.env.PATH,
  stat: async (path) => {
    const stat = await fs.stat(path).catch(() => undefined);
    return stat && { uid: stat.uid, mode: stat.mode, isFile: stat.isFile(), isDirectory: stat.isDirectory() };
  },
  realpath: (path) => fs.realpath(path),
};

/** Why `file` may not be trusted, or undefined when it may. `file` is a resolved path. */
export async function distrustOf(file: string, lookup: TrustedLookup): Promise<string | undefined> {
  const facts = await lookup.stat(file);
  if (!facts) return 'it does not exist';
  if (!facts.isFile) return 'it is not a regular file';
  if ((facts.mode & EXECUTE) === 0) return 'it is not executable';
  if (facts.uid !== 0) return `it is owned by uid ${facts.uid}, not root`;
  if (facts.mode & GROUP_OR_OTHER_WRITE) return 'other users may write it';
  return distrustOfDirectories(dirname(file), lookup);
}

/** Why `start` or a directory above it may be changed by another user than root. */
export async function distrustOfDirectories(start: string, lookup: TrustedLookup): Promise<string | undefined> {
  for (let dir = start; ; dir = dirname(dir)) {
    const parent = await lookup.stat(dir);
    if (!parent?.isDirectory) return `${dir} is not a directory`;
    if (parent.uid !== 0) return `${dir} is owned by uid ${parent.uid}, not root`;
    if (parent.mode & GROUP_OR_OTHER_WRITE && !(parent.mode & STICKY)) return `other users may write ${dir}`;
    if (dir === dirname(dir)) return undefined;
  }
}

export interface Found {
  /**
   * The first trusted candidate in PATH order, as found: a symlink stays one, since multi-call
   * programs (iptables -> xtables-nft-multi) tell what to do by the name they were started as.
   */
  path?: string;
  /** Candidates passed over, with the reason: for the error message when none is trusted. */
  skipped: string[];
}

export async function findTrustedExecutable(name: string, lookup: TrustedLookup = systemLookup): Promise<Found> {
  const skipped: string[] = [];
  for (const dir of (lookup.path ?? '').split(delimiter).filter((entry) => entry.startsWith('/'))) {
    const candidate = join(dir, name);
    if (!(await lookup.stat(candidate))) continue;
    const real = await lookup.realpath(candidate).catch(() => candidate);
    // Both where the name is and what it resolves to: either could be swapped otherwise.
    const reason = (await distrustOfDirectories(dir, lookup)) ?? (await distrustOf(real, lookup));
    if (reason === undefined) return { path: candidate, skipped };
    skipped.push(`${candidate} (${reason})`);
  }
  return { skipped };
}
