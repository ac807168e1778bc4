import { DockerTlsError } from '../../core/errors.js';
import type { EngineEndpoint } from '../../core/options/engine-endpoint.js';
export interface EngineResponse {
    status: number;
    body: Buffer;
}
export interface EngineRequest {
    method: string;
    /** Path and query, e.g. `/containers/json?all=1`. */
    path: string;
    json?: unknown;
    /** A raw body instead of JSON, with its content type (a tar for the archive API). */
    raw?: {
        body: Buffer;
        contentType: string;
    };
    timeoutMs: number;
}
/** The outer engine cannot be reached at all: nothing answered on its socket or address. */
export declare class EngineUnreachableError extends DockerTlsError {
    readonly endpoint: string;
    constructor(endpoint: EngineEndpoint, cause: Error);
}
/** One HTTP exchange with the engine; the body is read whole (the calls here return small bodies). */
export declare function engineRequest(endpoint: EngineEndpoint, call: EngineRequest): Promise<EngineResponse>;
/** The `message` of the engine's JSON error body, or the body as text. */
export declare function engineMessage(body: Buffer): string;
