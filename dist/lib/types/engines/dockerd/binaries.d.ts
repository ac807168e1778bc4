export declare function daemonEnvironment(programs: string[], from: NodeJS.ProcessEnv): Record<string, string>;
export declare function findDockerd(): Promise<string>;
export declare function findContainerd(): Promise<string>;
