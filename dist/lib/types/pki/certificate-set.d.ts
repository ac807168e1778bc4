import { type SubjectAltName } from '../san.js';
import { type KeyAlgorithm } from './algorithms.js';
import { type LeafKind } from './profile.js';
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
export interface LeafCertificate {
    certPem: string;
    keyPem: string;
    /** SHA-256 of the DER certificate, colon-separated upper-case hex, as `openssl x509 -fingerprint`. */
    fingerprint: string;
    serialNumber: string;
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
export declare function fingerprintOf(der: ArrayBuffer | Buffer): string;
export interface ValidityWindow {
    notBefore: Date;
    notAfter: Date;
}
export type { LeafKind } from './profile.js';
/**
 * A CA that can issue. Its key is non-extractable and lives only in this object's closure: the
 * product drops it inside createCertificateSet; tests keep one to mint certificates with windows
 * of their own (expired, not yet valid) from the daemon's CA.
 */
export interface Authority {
    keyAlgorithm: KeyAlgorithm;
    caCertPem: string;
    caFingerprint: string;
    window: ValidityWindow;
    issue(kind: LeafKind, options?: {
        sans?: SubjectAltName[];
        window?: ValidityWindow;
        keys?: CryptoKeyPair;
    }): Promise<LeafCertificate>;
}
/** Leaf keys are extractable: their private halves are written for dockerd and the clients. */
export declare function generateLeafKeys(keyAlgorithm?: KeyAlgorithm): Promise<CryptoKeyPair>;
export declare function createAuthority(keyAlgorithm: KeyAlgorithm, window: ValidityWindow): Promise<Authority>;
/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
export declare function createCertificateSet(options?: CertificateSetOptions): Promise<CertificateSet>;
