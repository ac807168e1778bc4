/** true/false as a workflow or a shell writes them: true, yes, 1, on; false, no, 0, off. */
export declare function parseBoolean(input: string, raw: string): boolean;
