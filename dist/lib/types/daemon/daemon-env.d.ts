export declare function daemonEnvironment(programs: string[], from: NodeJS.ProcessEnv): Record<string, string>;
