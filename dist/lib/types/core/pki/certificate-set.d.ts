import { type SubjectAltName } from '../san.js';
import { type KeyAlgorithm } from './algorithms.js';
import { type LeafCertificate } from './authority.js';
/** Clients whose clock runs a little behind the runner's still accept a certificate made just now. */
export declare const CLOCK_SKEW_MS: number;
export declare const DEFAULT_VALIDITY_MS: number;
export interface CertificateSetOptions {
    keyAlgorithm?: KeyAlgorithm;
    validityMs?: number;
    /** SANs beyond the ones every server certificate gets (see `defaultServerSans`). */
    serverSans?: readonly SubjectAltName[];
    /** Leave out the default SANs; for tests that need a certificate naming only what they pass. */
    onlyGivenSans?: boolean;
    /** Overrides the validity window; for tests that need expired or not-yet-valid certificates. */
    notBefore?: Date;
    notAfter?: Date;
}
export interface CertificateSet {
    keyAlgorithm: KeyAlgorithm;
    caCertPem: string;
    caFingerprint: string;
    server: LeafCertificate;
    client: LeafCertificate;
    serverSans: SubjectAltName[];
    notBefore: Date;
    notAfter: Date;
}
export declare function defaultServerSans(): SubjectAltName[];
export type { LeafKind } from './profile.js';
/** The server's side of a set: what a daemon reads (the CA certificate, its certificate and key). */
export type ServerCertificates = Omit<CertificateSet, 'client'>;
/** Why a set refuses a second server certificate: the CA key went with the first pair of leaves. */
export declare const CA_KEY_GONE = "this certificate set is finished: its CA key is gone";
/** The whole set from a prepared one's two leaves, the server's asked for first. */
export declare function bothLeaves(set: Pick<PreparedCertificateSet, 'server' | 'client'>, extraSans?: readonly SubjectAltName[]): Promise<CertificateSet>;
/** A set whose leaf certificates are still to be issued: the CA and every key pair are made. */
export interface PreparedCertificateSet {
    /**
     * Issues the server certificate naming the default SANs, the options' and `extraSans`: once. The
     * client's follows it, so that a daemon waiting for its files does not wait for the client's too.
     */
    server(extraSans?: readonly SubjectAltName[]): Promise<ServerCertificates>;
    /** The client certificate, issued once the server's is (or at once, if nothing asked for that). */
    client(): Promise<LeafCertificate>;
    /** Both, as one set. Once only: a second call throws, as the CA key is gone. */
    finish(extraSans?: readonly SubjectAltName[]): Promise<CertificateSet>;
}
/**
 * The CA and the server's and client's key pairs, made before the server's names are known (dind:
 * its addresses come with the container's start), so that only the two leaves' signatures are left
 * for then. The CA key is generated non-extractable and lives only until both leaves are issued.
 */
export declare function prepareCertificateSet(options?: CertificateSetOptions): Promise<PreparedCertificateSet>;
/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
export declare function createCertificateSet(options?: CertificateSetOptions): Promise<CertificateSet>;
/**
 * A client certificate of a throw-away CA of its own, for the probe a daemon must refuse: the CA
 * and the client certificate only (no server certificate, which nothing would use). Short-lived.
 */
export declare function strangerClientCertificate(validityMs?: number): Promise<LeafCertificate>;
