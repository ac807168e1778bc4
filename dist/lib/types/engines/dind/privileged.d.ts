import { DockerTlsError } from '../../core/errors.js';
export declare class PrivilegedRefusedError extends DockerTlsError {
    readonly engineMessage: string;
    constructor(engineMessage: string, cause?: unknown);
}
/** Whether a failed start of a privileged container is the engine refusing the privileges. */
export declare function isPrivilegeRefusal(privileged: boolean, engineMessage: string): boolean;
/** Turns the engine's refusal of --privileged into an error that names the input to change. */
export declare function explainStartFailure(privileged: boolean, error: unknown): unknown;
/**
 * Whether the engine refused the create because it cannot drop a capability it does not have.
 * Engines with moby#42933 (after 20.10; Docker 28 here) give `ALL` and `--privileged` only the
 * capabilities of their own bounding set, and refuse to drop one outside it ("invalid CapDrop:
 * capability not supported by your kernel or not available in the current environment"). Older
 * ones, such as Debian 12's 20.10, count every capability the kernel knows as `ALL` and need the drop.
 */
export declare function isUnavailableCapDrop(engineMessage: string): boolean;
/** The same request without the drop: this engine's `ALL` already leaves out what it cannot grant. */
export declare function withoutCapDrop<T extends {
    HostConfig: {
        CapDrop?: string[];
    };
}>(request: T): T;
