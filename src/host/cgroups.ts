import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { mountPointsOfTypeIn } from './mounts.js';
import { type Privilege, runAsRoot } from './privilege.js';

/** The mount points of the cgroup hierarchies (v1's one per controller set, v2's unified one). */
export function cgroupMountsIn(mountinfo: string): string[] {
  return mountPointsOfTypeIn(mountinfo, ['cgroup', 'cgroup2']);
}

/**
 * Which cgroup driver a dockerd with `userConfig` uses here: `systemd` when asked for, or by
 * default on cgroup v2 with systemd running (as on a GitHub runner); otherwise `cgroupfs`.
 */
export function cgroupDriverOf(userConfig: Record<string, unknown>): 'systemd' | 'cgroupfs' {
  const options = Array.isArray(userConfig['exec-opts']) ? (userConfig['exec-opts'] as unknown[]) : [];
  const asked = options.map(String).find((option) => option.startsWith('native.cgroupdriver='));
  if (asked) return asked.endsWith('=systemd') ? 'systemd' : 'cgroupfs';
  const unifiedOnly = existsSync('/sys/fs/cgroup/cgroup.controllers');
  return unifiedOnly && existsSync('/run/systemd/system') ? 'systemd' : 'cgroupfs';
}

/**
 * The cgroup parent of an instance's containers under the cgroupfs driver: a directory of its
 * own at the top of every hierarchy, so that what its containers leave is found and removed by
 * name, and never mixed with the runner daemon's `docker/`. Under the systemd driver, systemd
 * owns the containers' scopes and removes them with the containers: none is set.
 */
export function cgroupParentOf(marker: string, driver: 'systemd' | 'cgroupfs'): string | undefined {
  return driver === 'cgroupfs' ? `/${marker}` : undefined;
}

/** The directories of `marker`'s cgroup parent in every hierarchy, deepest first. */
export async function cgroupDirsOf(marker: string): Promise<string[]> {
  const mounts = cgroupMountsIn(await fs.readFile('/proc/self/mountinfo', 'utf8').catch(() => ''));
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isDirectory()) await walk(join(dir, entry.name));
    found.push(dir);
  };
  for (const mount of mounts) if (existsSync(join(mount, marker))) await walk(join(mount, marker));
  return found;
}

/**
 * Removes `marker`'s cgroups (once its processes are gone, each is empty): rmdir, deepest first,
 * in one call. Returns the directories removed.
 */
export async function removeCgroupsOf(privilege: Privilege, marker: string): Promise<string[]> {
  const dirs = await cgroupDirsOf(marker);
  if (dirs.length > 0) await runAsRoot(privilege, 'rmdir', dirs);
  return dirs;
}
