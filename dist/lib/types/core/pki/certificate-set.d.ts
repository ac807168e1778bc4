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
/** A set whose server certificate is still to be issued: everything that does not depend on its names. */
export interface PreparedCertificateSet {
    /**
     * Issues the server certificate naming the default SANs, the options' and `extraSans`, and drops
     * the CA key. Once only: a second call throws.
     */
    finish(extraSans?: readonly SubjectAltName[]): Promise<CertificateSet>;
}
/**
 * The CA, the client certificate and the server's key pair, made before the server's names are
 * known (dind: its addresses come with the container's start), so that only one signature is left
 * for then. The CA key is generated non-extractable and lives only until `finish`.
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
