/** The last `count` lines of a log, for an error message or a summary. */
export declare function lastLines(text: string, count: number): string;
