import { DockerTlsError } from '../errors.js';
export declare class PrivilegedRefusedError extends DockerTlsError {
    readonly engineMessage: string;
    constructor(engineMessage: string, cause?: unknown);
}
/** Whether a failed start of a privileged container is the engine refusing the privileges. */
export declare function isPrivilegeRefusal(privileged: boolean, engineMessage: string): boolean;
/** Turns the engine's refusal of --privileged into an error that names the input to change. */
export declare function explainStartFailure(privileged: boolean, error: unknown): unknown;
