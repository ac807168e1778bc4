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
/** What a stream of JSON lines (GET /events) is handed to. */
export interface LineHandlers {
    /** The engine has answered 200: every line from now on comes to onLine. */
    onOpen?: () => void;
    onLine: (line: string) => void;
}
/**
 * A GET whose answer is a stream of lines that lasts as long as the engine (GET /events): each line
 * goes to `onLine` as it comes. Resolves when the stream ends (the engine stopped, or closed it);
 * rejects when the engine cannot be reached within `timeoutMs` or answers with an error status.
 */
export declare function engineLines(endpoint: EngineEndpoint, path: string, handlers: LineHandlers, timeoutMs: number): Promise<void>;
/** The `message` of the engine's JSON error body, or the body as text. */
export declare function engineMessage(body: Buffer): string;
