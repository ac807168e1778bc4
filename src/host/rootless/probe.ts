import { constants, promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import { searchPath } from '../privilege.js';
import { CommandError, runProgram } from '../run.js';
import { type Found, findTrustedExecutable, systemLookup } from '../trusted-path.js';

/**
 * Everything the rootless preconditions learn of this machine goes through this seam, so that the
 * unit tests can stand for a machine without root, an Ubuntu 24.04 or a kernel that refuses user
 * namespaces. Nothing here changes the machine; `run` is used only for read-only programs
 * (getcap) and for a user namespace that ends with the program it runs.
 */
export interface RootlessProbe {
  /** The effective uid, and its name in the password database when it has one. */
  user(): Promise<UserIdentity>;
  /** A file's text; undefined when it is absent or cannot be read. */
  readFile(path: string): Promise<string | undefined>;
  /** The names in a directory; empty when it is absent or cannot be read. */
  listDirectory(path: string): Promise<string[]>;
  /** Undefined when this user may read and write `path`; else the error code (ENOENT, EACCES, …). */
  readWriteDenied(path: string): Promise<string | undefined>;
  /** Mode and owner after following links; undefined when absent. */
  stat(path: string): Promise<PathFacts | undefined>;
  /** The path with every link resolved; the path itself when that fails. */
  realpath(path: string): Promise<string>;
  /** A program in a directory only root can write (PATH, then the system's), and what was passed over. */
  findProgram(name: string): Promise<Found>;
  /** Runs a program to its end within the deadline; never throws. */
  run(file: string, args: string[], timeoutMs: number): Promise<RunOutcome>;
}

export interface UserIdentity {
  uid: number;
  /** Undefined for a uid without an entry in the password database (e.g. an arbitrary container uid). */
  name?: string;
}

/** The user as the findings name it: "alice (uid 1001)", or "uid 1001" without a name. */
export const describeUser = (user: UserIdentity) => (user.name ? `${user.name} (uid ${user.uid})` : `uid ${user.uid}`);

export interface PathFacts {
  mode: number;
  uid: number;
}

export interface RunOutcome {
  ok: boolean;
  stdout: string;
  /** What the program said, or why it could not run. */
  stderr: string;
}

/** As trustedCommand searches, but with what was passed over kept for the finding's detail. */
function findProgram(name: string): Promise<Found> {
  return findTrustedExecutable(name, { ...systemLookup, path: searchPath() });
}

function currentUser(): UserIdentity {
  const uid = process.geteuid?.() ?? -1;
  try {
    // os.userInfo() reads the entry of the effective uid; it throws when there is none.
    return { uid, name: userInfo().username };
  } catch {
    return { uid };
  }
}

async function run(file: string, args: string[], timeoutMs: number): Promise<RunOutcome> {
  try {
    const timeoutProgram = (await findProgram('timeout')).path;
    const { stdout, stderr } = await runProgram(file, args, { timeoutMs, timeoutProgram });
    return { ok: true, stdout, stderr };
  } catch (error) {
    const stderr = error instanceof CommandError ? error.stderr.trim() : '';
    return { ok: false, stdout: '', stderr: stderr || (error as Error).message };
  }
}

/** The machine this process runs on. */
export const systemProbe: RootlessProbe = {
  user: async () => currentUser(),
  readFile: (path) => fs.readFile(path, 'utf8').catch(() => undefined),
  listDirectory: (path) => fs.readdir(path).catch(() => []),
  readWriteDenied: (path) =>
    fs.access(path, constants.R_OK | constants.W_OK).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    ),
  stat: (path) =>
    fs.stat(path).then(
      (stat) => ({ mode: stat.mode, uid: stat.uid }),
      () => undefined,
    ),
  realpath: (path) => fs.realpath(path).catch(() => path),
  findProgram,
  run,
};
