import type { Logger } from '../logger.js';
export interface RefusalResult {
    refused: boolean;
    /** What the daemon did: the TLS alert, the reset, or the HTTP status it sent. */
    detail: string;
}
/** OpenSSL's messages carry source paths and codes; the alert name is what a reader needs. */
export declare function tlsErrorSummary(error: Error): string;
/** Whether what a stranger got back is a refusal: anything but an HTTP 200 is. */
export declare function judgeRefusal(response: string, error?: Error): RefusalResult;
/**
 * Sends the ping over TLS without a client certificate. With TLS 1.3 the client's handshake ends
 * before the server has checked for a certificate, so the verdict comes from what follows: an
 * alert or a close means refused, an HTTP 200 means the daemon does not enforce client certificates.
 */
export declare function probeWithoutClientCert(host: string, port: number, ca: string, timeoutMs: number): Promise<RefusalResult>;
/** Sends the ping as plain HTTP to the TLS port; anything but a 200 is a refusal. */
export declare function probePlainHttp(host: string, port: number, timeoutMs: number): Promise<RefusalResult>;
/** The point of the exercise: the port must refuse anyone without a certificate from our CA. */
export declare function proveRefusals(host: string, port: number, ca: string, logger: Logger): Promise<void>;
