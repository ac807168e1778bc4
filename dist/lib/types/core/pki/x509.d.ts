import type { SubjectAltName } from '../san.js';
/** KeyUsage bit numbers (RFC 5280 4.2.1.3). */
export declare const KEY_USAGE: {
    readonly digitalSignature: 0;
    readonly keyEncipherment: 2;
    readonly keyCertSign: 5;
    readonly cRLSign: 6;
};
export declare const EXTENDED_KEY_USAGE: {
    readonly serverAuth: "1.3.6.1.5.5.7.3.1";
    readonly clientAuth: "1.3.6.1.5.5.7.3.2";
};
/** A DER-encoded Extension. */
export type Extension = Buffer;
/** Critical; `pathLength` only for a CA. cA FALSE is the DEFAULT, so a leaf's value is empty. */
export declare function basicConstraints(ca: boolean, pathLength?: number): Extension;
/** Critical. */
export declare function keyUsage(bits: readonly number[]): Extension;
export declare function extendedKeyUsage(purposes: readonly string[]): Extension;
/** RFC 5280 4.2.1.2 method 1: the SHA-1 of the subjectPublicKey bits. */
export declare function keyIdentifier(spki: Uint8Array): Buffer;
export declare function subjectKeyIdentifier(keyId: Buffer): Extension;
/** keyIdentifier only: [0] IMPLICIT OCTET STRING. */
export declare function authorityKeyIdentifier(keyId: Buffer): Extension;
/** 4 or 16 octets of an address already validated by san.ts. */
export declare function ipAddressOctets(address: string): Buffer;
/** dNSName [2] IA5String and iPAddress [7] OCTET STRING, both IMPLICIT, in the given order. */
export declare function subjectAltName(sans: readonly SubjectAltName[]): Extension;
/** A Name of one RDN, the common name. */
export declare function commonNameOnly(commonName: string): Buffer;
export interface CertificateFields {
    /** Hex of a positive serial whose first octet is neither 0x00 nor above 0x7f. */
    serialNumber: string;
    issuer: Buffer;
    subject: Buffer;
    notBefore: Date;
    notAfter: Date;
    /** DER SubjectPublicKeyInfo of the certified key. */
    spki: Uint8Array;
    extensions: readonly Extension[];
}
export interface Signer {
    key: CryptoKey;
    params: EcdsaParams | Algorithm;
    signatureOid: string;
    isRsa: boolean;
}
/** Encodes and signs a v3 certificate; returns its DER. */
export declare function signCertificate(fields: CertificateFields, signer: Signer): Promise<Buffer>;
/** PEM with 64-character lines, no trailing newline (callers add it). */
export declare function pem(der: Uint8Array, label: string): string;
