export declare const KEY_ALGORITHMS: readonly ["ecdsa-p256", "ecdsa-p384", "rsa-2048", "rsa-3072", "rsa-4096"];
export type KeyAlgorithm = (typeof KEY_ALGORITHMS)[number];
export declare const DEFAULT_KEY_ALGORITHM: KeyAlgorithm;
export interface AlgorithmParams {
    /** WebCrypto parameters to generate a key pair. */
    generate: EcKeyGenParams | RsaHashedKeyGenParams;
    /** WebCrypto parameters to sign a certificate with a key of this kind (the hash picks the OID). */
    sign: EcdsaParams | Algorithm;
    isRsa: boolean;
}
export declare function algorithmParams(algorithm: KeyAlgorithm): AlgorithmParams;
export declare function parseKeyAlgorithm(raw: string, input: string): KeyAlgorithm;
