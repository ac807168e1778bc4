// Types of node24.mjs, for the harness and the runner look-alike suite that import it.
export declare function runnerNodeMajor(): number;
export declare function runnerNode(): string;
export interface NodeBinary {
  version: string;
  path: string;
}
export declare function officialNode(major?: number): NodeBinary;
