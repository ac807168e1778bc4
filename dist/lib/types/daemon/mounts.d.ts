import { type Privilege } from './privilege.js';
/** The mount points (field 5) of a /proc/self/mountinfo text. */
export declare function mountPointsIn(mountinfo: string): string[];
/** Mount points at or below any of `roots`, deepest first: the order they can be unmounted in. */
export declare function mountsUnder(roots: string[]): Promise<string[]>;
/** Mount points with a path component named `name` (wherever that directory is), deepest first. */
export declare function mountsNamed(name: string): Promise<string[]>;
/** Unmounts `point`, lazily when it is busy (a process of a killed container may still hold it). */
export declare function unmountPoint(privilege: Privilege, point: string): Promise<void>;
