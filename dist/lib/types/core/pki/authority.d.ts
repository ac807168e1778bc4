import type { SubjectAltName } from '../san.js';
import { type KeyAlgorithm } from './algorithms.js';
import { type LeafKind } from './profile.js';
export interface LeafCertificate {
    certPem: string;
    keyPem: string;
    /** SHA-256 of the DER certificate, colon-separated upper-case hex, as `openssl x509 -fingerprint`. */
    fingerprint: string;
    /** As the certificate holds it: lower-case hex of the positive INTEGER, without a sign octet. */
    serialNumber: string;
}
export declare function fingerprintOf(der: ArrayBuffer | Buffer): string;
export interface ValidityWindow {
    notBefore: Date;
    notAfter: Date;
}
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
