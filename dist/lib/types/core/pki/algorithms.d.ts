export declare const KEY_ALGORITHMS: readonly ["ecdsa-p256", "ecdsa-p384", "rsa-2048", "rsa-3072", "rsa-4096"];
export type KeyAlgorithm = (typeof KEY_ALGORITHMS)[number];
export declare const DEFAULT_KEY_ALGORITHM: KeyAlgorithm;
export interface AlgorithmParams {
    /** WebCrypto parameters to generate a key pair. */
    generate: EcKeyGenParams | RsaHashedKeyGenParams;
    /** WebCrypto parameters to sign a certificate with a key of this kind. */
    sign: EcdsaParams | Algorithm;
    /** The certificate's signatureAlgorithm OID for a signature made with `sign`. */
    signatureOid: string;
    isRsa: boolean;
}
export declare function algorithmParams(algorithm: KeyAlgorithm): AlgorithmParams;
export declare function parseKeyAlgorithm(raw: string, input: string): KeyAlgorithm;
