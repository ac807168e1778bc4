import { type Privilege } from './privilege.js';
/** The mount points (field 5) of a /proc/self/mountinfo text. */
export declare function mountPointsIn(mountinfo: string): string[];
/** The mount points of filesystems of the given types, each once. */
export declare function mountPointsOfTypeIn(mountinfo: string, types: readonly string[]): string[];
/** Mount points at or below any of `roots`, deepest first: the order they can be unmounted in. */
export declare function mountsUnder(roots: string[]): Promise<string[]>;
/**
 * Whether a mount point belongs to the instance `marker` whose work directory is unknown (a crashed
 * run's): at or under its exec-root `<parent>/<marker>`, or under the data-root `data` of a work
 * directory named `<marker>`. A path that merely has a component named after it is not ours.
 */
export declare function isInstanceMount(point: string, marker: string, execRootParents: readonly string[]): boolean;
/** The mounts of a crashed instance, deepest first. */
export declare function mountsOfInstance(marker: string, execRootParents: readonly string[]): Promise<string[]>;
/** Unmounts `point`, lazily when it is busy (a process of a killed container may still hold it). */
export declare function unmountPoint(privilege: Privilege, point: string): Promise<void>;
