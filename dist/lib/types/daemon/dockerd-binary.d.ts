export declare function findDockerd(): Promise<string>;
export declare function findContainerd(): Promise<string>;
