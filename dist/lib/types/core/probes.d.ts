import { type SecureContext } from 'node:tls';
import type { CertificateSet } from './pki/index.js';
export interface TlsMaterial {
    ca: string;
    cert?: string;
    key?: string;
}
/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
export declare function clientContext(tls: TlsMaterial): SecureContext;
/** One mTLS `GET /_ping`; resolves with the status code and body, rejects on any error or timeout. */
export declare function pingOnce(host: string, port: number, secureContext: SecureContext, timeoutMs: number): Promise<{
    status: number;
    body: string;
}>;
export declare const PROBE_TIMEOUT_MS = 2000;
export interface RefusalResult {
    /** The exchange completed and the server refused; false for an answer and for no proof at all. */
    refused: boolean;
    /** What the daemon did: the TLS alert, the close, the HTTP status it sent, or why nothing was proven. */
    detail: string;
}
/** What a probe saw: the bytes the server sent, how it ended, and how far the connection got. */
export interface Exchange {
    response: string;
    error?: Error;
    /** The TCP connection was made: from here on a close is the server's doing. */
    connected: boolean;
}
/** OpenSSL's messages carry source paths and codes; the alert name is what a reader needs. */
export declare function tlsErrorSummary(error: Error): string;
/**
 * Whether a TLS exchange shows the server refusing: an alert from it, or a close or reset once the
 * connection was made and before any answer. Any HTTP answer means it let the client in; a refused
 * connection, a timeout or our own verification error proves nothing.
 */
export declare function judgeTlsRefusal({ response, error, connected }: Exchange): RefusalResult;
/** Plain HTTP to a TLS port: Go's TLS server answers 400 ("Client sent an HTTP request to an HTTPS server"). */
export declare function judgePlainRefusal({ response, error, connected }: Exchange): RefusalResult;
/**
 * Sends the ping over TLS without a client certificate. With TLS 1.3 the client's handshake ends
 * before the server has checked for a certificate, so the verdict comes from what follows: an
 * alert or a close means refused, any HTTP answer means the daemon does not enforce client certificates.
 */
export declare function probeWithoutClientCert(host: string, port: number, ca: string, timeoutMs: number): Promise<RefusalResult>;
/** The ping with a client certificate of another CA: the daemon must trust our CA only. */
export declare function probeWithForeignClientCert(host: string, port: number, ca: string, foreign: {
    cert: string;
    key: string;
}, timeoutMs: number): Promise<RefusalResult>;
/** Sends the ping as plain HTTP to the TLS port; only an HTTP 400 is a refusal. */
export declare function probePlainHttp(host: string, port: number, timeoutMs: number): Promise<RefusalResult>;
/**
 * Our own client: it must be let in (HTTP 200 to the ping) by a server presenting the very
 * certificate we made. Resolves with what went wrong, or undefined when all is as it must be.
 */
export declare function problemWithOurClient(host: string, port: number, set: CertificateSet, timeoutMs: number): Promise<string | undefined>;
