import { promises as fs } from 'node:fs';
import { type Privilege, runAsRoot } from './privilege.js';

/** Decodes the octal escapes (\040 for a space, …) of /proc/self/mountinfo. */
function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_match, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** Each mount of a /proc/self/mountinfo text: its point (field 5) and its type (after the " - "). */
function mountsIn(mountinfo: string): { point: string; type?: string }[] {
  const mounts: { point: string; type?: string }[] = [];
  for (const line of mountinfo.split('\n')) {
    const point = line.split(' ')[4];
    if (point !== undefined) mounts.push({ point: unescape(point), type: line.split(' - ')[1]?.split(' ')[0] });
  }
  return mounts;
}

/** The mount points (field 5) of a /proc/self/mountinfo text. */
export function mountPointsIn(mountinfo: string): string[] {
  return mountsIn(mountinfo).map((mount) => mount.point);
}

/** The mount points of filesystems of the given types, each once. */
export function mountPointsOfTypeIn(mountinfo: string, types: readonly string[]): string[] {
  const points = mountsIn(mountinfo).filter((mount) => mount.type !== undefined && types.includes(mount.type));
  return [...new Set(points.map((mount) => mount.point))];
}

async function mountPoints(): Promise<string[]> {
  return mountPointsIn(await fs.readFile('/proc/self/mountinfo', 'utf8').catch(() => ''));
}

/** Deepest first, each once: the order mount points can be unmounted in. */
function deepestFirst(points: string[]): string[] {
  return [...new Set(points)].sort((a, b) => b.length - a.length);
}

/** Mount points at or below any of `roots`, deepest first: the order they can be unmounted in. */
export async function mountsUnder(roots: string[]): Promise<string[]> {
  const points = await mountPoints();
  return deepestFirst(points.filter((point) => roots.some((root) => point === root || point.startsWith(`${root}/`))));
}

/**
 * Whether a mount point belongs to the instance `marker` whose work directory is unknown (a crashed
 * run's): at or under its exec-root `<parent>/<marker>`, or under the data-root `data` of a work
 * directory named `<marker>`. A path that merely has a component named after it is not ours.
 */
export function isInstanceMount(point: string, marker: string, execRootParents: readonly string[]): boolean {
  if (execRootParents.some((parent) => point === `${parent}/${marker}` || point.startsWith(`${parent}/${marker}/`))) {
    return true;
  }
  const parts = point.split('/');
  return parts.some((part, index) => part === marker && parts[index + 1] === 'data');
}

/** The mounts of a crashed instance, deepest first. */
export async function mountsOfInstance(marker: string, execRootParents: readonly string[]): Promise<string[]> {
  return deepestFirst((await mountPoints()).filter((point) => isInstanceMount(point, marker, execRootParents)));
}

/** Unmounts `point`, lazily when it is busy (a process of a killed container may still hold it). */
export async function unmountPoint(privilege: Privilege, point: string): Promise<void> {
  try {
    await runAsRoot(privilege, 'umount', [point]);
  } catch {
    await runAsRoot(privilege, 'umount', ['-l', point]);
  }
}
