/**
 * Errors a user can hit carry a `hint`: what to do about it. Adapters print message and hint;
 * nothing else in the stack should need reading to act on a failure.
 */
export declare class DockerTlsError extends Error {
    readonly hint?: string;
    /** The user's input is at fault (the CLI exits 2), not the machine. */
    readonly badInput: boolean;
    constructor(message: string, hint?: string, options?: {
        cause?: unknown;
        badInput?: boolean;
    });
}
/** A bad value for one named input; raised before anything is created. */
export declare class InputError extends DockerTlsError {
    readonly input: string;
    readonly value: string;
    constructor(input: string, value: string, problem: string, example: string);
}
/** One line for a log: the message, then the hint when there is one. */
export declare function describeError(error: unknown): string;
