export declare function diagnoseRootlessLog(log: string): string | undefined;
