export declare function findExecutable(name: string): Promise<string | undefined>;
export declare function findDockerd(): Promise<string>;
export declare function findContainerd(): Promise<string>;
