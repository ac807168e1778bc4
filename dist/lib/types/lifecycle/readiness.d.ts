import type { SecureContext } from 'node:tls';
import type { Endpoint } from '../core/endpoint.js';
import { DockerTlsError } from '../core/errors.js';
import type { LaunchedDaemon } from '../engines/engine.js';
export interface Readiness {
    daemon: LaunchedDaemon;
    endpoint: Endpoint;
    tls: SecureContext;
    timeoutMs: number;
    /** How the user names the start-up timeout (action input or CLI flag), for the hint. */
    timeoutOption: string;
    /** How the user names the extra server names (tls-san), for the hint when a name is missing. */
    sansOption: string;
    signal?: AbortSignal;
}
/**
 * Polls mTLS `/_ping` until the daemon answers 200. Fails at once when the daemon stops, at the
 * deadline otherwise, with what its log says.
 */
export declare function waitUntilReady(readiness: Readiness): Promise<void>;
/** The client rejected the server's certificate because it does not name the address or host used. */
export interface NameMismatch {
    /** The name the client used: the host it connected to. */
    name: string;
    /** The certificate's subject alternative names, as Node prints them ("DNS:localhost, IP Address:127.0.0.1"). */
    certificateNames: string;
}
export declare function nameMismatchOf(error: unknown): NameMismatch | undefined;
export declare function nameMissingError(mismatch: NameMismatch, daemonName: string, sansOption: string): DockerTlsError;
