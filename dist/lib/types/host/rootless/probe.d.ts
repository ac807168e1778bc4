import { type Found } from '../trusted-path.js';
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
export declare const describeUser: (user: UserIdentity) => string;
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
/** The machine this process runs on. */
export declare const systemProbe: RootlessProbe;
