import { delimiter } from 'node:path';
import { DockerTlsError } from '../errors.js';
import { distrustOfDirectories, findTrustedExecutable, systemLookup } from '../trusted-path.js';

/**
 * Every program we run as root (dockerd, containerd, ip, iptables, umount, kill, rm, sh, sudo
 * itself) by an absolute path found in trusted directories only, and with a PATH of trusted
 * directories: a user-writable directory early in PATH (~/.local/bin on hosted runners) must not
 * choose what runs as root. For the tools we run as root the system directories come after PATH,
 * as sudo's secure_path would give them to a user whose PATH lacks /usr/sbin; the engine (dockerd,
 * containerd) is looked up in PATH alone, which chooses the engine to run.
 */
export const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

function searchPath(withSystemDirs = true): string {
  const path = (process.env.PATH ?? '').split(delimiter);
  return [...path, ...(withSystemDirs ? SYSTEM_DIRS : [])].filter(Boolean).join(delimiter);
}

const found = new Map<string, Promise<string>>();

/** The absolute path of `name` in a trusted directory; a DockerTlsError naming what was passed over. */
export function trustedCommand(name: string, options: { inPathOnly?: boolean } = {}): Promise<string> {
  const search = searchPath(!options.inPathOnly);
  const key = `${search}\0${name}`;
  let path = found.get(key);
  if (!path) {
    path = lookUp(name, search);
    found.set(key, path);
    path.catch(() => found.delete(key));
  }
  return path;
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

/** PATH for what runs as root: the directories of PATH that only root can change, then the system's. */
export async function trustedSearchPath(): Promise<string> {
  const dirs: string[] = [];
  for (const dir of searchPath().split(delimiter)) {
    if (!dir.startsWith('/') || dirs.includes(dir)) continue;
    if ((await distrustOfDirectories(dir, systemLookup)) === undefined) dirs.push(dir);
  }
  return dirs.join(delimiter);
}
