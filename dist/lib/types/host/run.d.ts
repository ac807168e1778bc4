export interface CommandResult {
    stdout: string;
    stderr: string;
}
export interface RunOptions {
    /** The deadline: exec has none, so the program runs under coreutils' `timeout`, which ends it. */
    timeoutMs: number;
    /** Written to its stdin. */
    input?: string;
    /** Its whole environment; the caller's by default. */
    env?: Record<string, string>;
    /** `timeout` by an absolute path (found in a trusted directory for what runs as root). */
    timeoutProgram?: string;
}
/** A program failed: its exit status and what it said. */
export declare class CommandError extends Error {
    readonly command: string;
    readonly exitCode: number;
    readonly stderr: string;
    constructor(command: string, exitCode: number, stderr: string, options?: {
        cause?: unknown;
    });
}
/** What a program that ran and failed said: its stderr, else its exit status; undefined for any other error. */
export declare function saidBy(error: unknown): string | undefined;
/**
 * Runs `file` with `args` to its end and returns its output; rejects with a CommandError on a
 * non-zero exit status or at the deadline. A program exec cannot find rejects with code ENOENT.
 */
export declare function runProgram(file: string, args: string[], options: RunOptions): Promise<CommandResult>;
