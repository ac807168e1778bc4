import { promises as fs } from 'node:fs';
import { type Privilege, runAsRoot } from './privilege.js';

/** Decodes the octal escapes (\040 for a space, …) of /proc/self/mountinfo. */
function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_match, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** The mount points (field 5) of a /proc/self/mountinfo text. */
export function mountPointsIn(mountinfo: string): string[] {
  return mountinfo
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((point): point is string => point !== undefined)
    .map(unescape);
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
