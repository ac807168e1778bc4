import { promises as fs } from 'node:fs';
import { delimiter } from 'node:path';
import { DockerTlsError } from '../core/errors.js';
import { type CommandResult, runProgram, saidBy } from './run.js';
import { distrustOfDirectories, findTrustedExecutable, systemLookup } from './trusted-path.js';

export type { CommandResult } from './run.js';

/** How to run something as root: directly when we are root, through passwordless sudo otherwise. */
export interface Privilege {
  /** Prefix for a command that must run as root, e.g. [] or ['sudo', '-n']. */
  prefix: string[];
  viaSudo: boolean;
  /**
   * `env` by its trusted path, through sudo: a daemon gets its environment from `sudo env -i …`, and
   * a bare `env` would be found in the user's PATH by a sudo without secure_path.
   */
  env?: string;
  /**
   * Where a program run as root is: trustedCommand (root-owned directories only) unless given.
   * Only code sets it (unit tests with fake programs); nothing a user types reaches it.
   */
  locate?: (name: string) => Promise<string>;
}

export const AS_ROOT: Privilege = { prefix: [], viaSudo: false };
/** The process's own rights, with nothing in front: a rootless daemon's, run and stopped as its user. */
export const AS_THIS_USER: Privilege = AS_ROOT;
export const VIA_SUDO: Privilege = { prefix: ['sudo', '-n'], viaSudo: true };

/**
 * Root as this process, or through passwordless sudo. Where neither is there, the error's hint says
 * how to get root and, when given, `withoutRoot`: what this user can run instead.
 */
export async function detectPrivilege(withoutRoot?: string): Promise<Privilege> {
  if (process.getuid?.() === 0) return AS_ROOT;
  try {
    // sudo too by its trusted path: a `sudo` earlier in PATH would see every command we run as root.
    const [sudo, env, timeoutProgram] = await Promise.all(
      ['sudo', 'env', 'timeout'].map((name) => trustedCommand(name)),
    );
    await runProgram(sudo, ['-n', 'true'], { timeoutMs: 10_000, timeoutProgram });
    return { prefix: [sudo, '-n'], viaSudo: true, env };
  } catch {
    throw new DockerTlsError(
      'Starting a Docker daemon needs root, and this user is neither root nor allowed passwordless sudo.',
      ['Run it as root, or grant this user passwordless sudo (GitHub-hosted runners have it).', withoutRoot]
        .filter(Boolean)
        .join(' '),
    );
  }
}

/**
 * Runs a command as root and returns its output; rejects with its stderr in the message. Every
 * program by its trusted absolute path (sudo, `timeout` and the command), with a PATH of trusted
 * directories for what they run in turn.
 */
export async function runAsRoot(
  privilege: Privilege,
  command: string,
  args: string[],
  timeoutMs = 30_000,
  input?: string,
): Promise<CommandResult> {
  try {
    const prefix = await Promise.all(
      privilege.prefix.map((word, index) => (index === 0 && !word.startsWith('/') ? trustedCommand(word) : word)),
    );
    const [file, ...rest] = [...prefix, await (privilege.locate ?? trustedCommand)(command), ...args];
    const [env, timeoutProgram] = await Promise.all([trustedSearchPath(), trustedCommand('timeout')]);
    return await runProgram(file, rest, { timeoutMs, input, env: { PATH: env }, timeoutProgram });
  } catch (error) {
    const said = saidBy(error) ?? (error as Error).message;
    throw new Error(`${[command, ...args].join(' ')} failed: ${said}`, { cause: error });
  }
}

/**
 * Whether what runs as root would run as this very process would: nothing in front of it (sudo, or
 * a test's `ip netns exec`, whose /proc is another network namespace's) and no stand-in programs
 * (`locate`). Then a file can be read here instead of by a process.
 */
export function rootIsThisProcess(privilege: Privilege): boolean {
  return privilege.prefix.length === 0 && !privilege.viaSudo && !privilege.locate;
}

/** A file only root may read: read here when root is this process (no process to spawn), by `cat` otherwise. */
export async function readAsRoot(privilege: Privilege, path: string): Promise<string> {
  if (!rootIsThisProcess(privilege)) return (await runAsRoot(privilege, 'cat', [path])).stdout;
  return fs.readFile(path, 'utf8');
}

/** rm -rf as root, never crossing into another file system (a mount left behind is not ours to empty). */
export async function removeAsRoot(privilege: Privilege, path: string): Promise<void> {
  await runAsRoot(privilege, 'rm', ['-rf', '--one-file-system', path]);
}

/**
 * Every program we run as root (dockerd, containerd, ip, iptables, umount, kill, rm, sh, sudo
 * itself) by an absolute path found in trusted directories only, and with a PATH of trusted
 * directories: a user-writable directory early in PATH (~/.local/bin on hosted runners) must not
 * choose what runs as root. For the tools we run as root the system directories come after PATH,
 * as sudo's secure_path would give them to a user whose PATH lacks /usr/sbin; the engine (dockerd,
 * containerd) is looked up in PATH alone, which chooses the engine to run.
 */
export const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Where a program is looked for: PATH, then (unless told otherwise) the system's directories. */
export function searchPath(withSystemDirs = true): string {
  const path = (process.env.PATH ?? '').split(delimiter);
  return [...path, ...(withSystemDirs ? SYSTEM_DIRS : [])].filter(Boolean).join(delimiter);
}

/**
 * The promise `cache` holds for `key`, made by `make` on first use. A promise that rejects is
 * forgotten, so the next call tries again (a program installed meanwhile, a directory fixed).
 */
function remembered<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = make();
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

const found = new Map<string, Promise<string>>();

/** The absolute path of `name` in a trusted directory; a DockerTlsError naming what was passed over. */
export function trustedCommand(name: string, options: { inPathOnly?: boolean } = {}): Promise<string> {
  const search = searchPath(!options.inPathOnly);
  return remembered(found, `${search}\0${name}`, () => lookUp(name, search));
}

async function lookUp(name: string, search: string): Promise<string> {
  const result = await findTrustedExecutable(name, { ...systemLookup, path: search });
  if (result.path) return result.path;
  const skipped = result.skipped.length > 0 ? ` Passed over: ${result.skipped.join('; ')}.` : '';
  throw new DockerTlsError(
    `${name} was not found in a directory only root can write.${skipped}`,
    `Install ${name} from the system's packages (it runs as root, so it must be owned by root in a root-owned directory such as /usr/bin or /usr/sbin).`,
  );
}

const searchPaths = new Map<string, Promise<string>>();

/**
 * PATH for what runs as root: the directories of PATH that only root can change, then the system's.
 * Worked out once per PATH, as trustedCommand finds each program once: every command run as root
 * asks for it, and each time took a stat of every directory above every entry of PATH: 28 ms of the
 * main thread's 345 ms of work between the checks and the daemon's answer, in a profiled main step.
 */
export function trustedSearchPath(): Promise<string> {
  const search = searchPath();
  return remembered(searchPaths, search, () => trustedDirectoriesOf(search));
}

async function trustedDirectoriesOf(search: string): Promise<string> {
  const candidates = [...new Set(search.split(delimiter).filter((dir) => dir.startsWith('/')))];
  // Checked side by side (each a few stats); kept in PATH order.
  const distrust = await Promise.all(candidates.map((dir) => distrustOfDirectories(dir, systemLookup)));
  return candidates.filter((_, index) => distrust[index] === undefined).join(delimiter);
}
