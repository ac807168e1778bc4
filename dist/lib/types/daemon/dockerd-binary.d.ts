/** The first `name` in PATH that this user may execute: for reports (doctor), never to run as root. */
export declare function findExecutable(name: string): Promise<string | undefined>;
export declare function findDockerd(): Promise<string>;
export declare function findContainerd(): Promise<string>;
