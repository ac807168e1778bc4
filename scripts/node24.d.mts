// Types of node24.mjs, for the harness that imports it.
export declare function runnerNodeMajor(): number;
export declare function runnerNode(): string;
