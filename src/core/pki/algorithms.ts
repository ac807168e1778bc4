import { InputError } from '../errors.js';

export const KEY_ALGORITHMS = ['ecdsa-p256', 'ecdsa-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'] as const;
export type KeyAlgorithm = (typeof KEY_ALGORITHMS)[number];
export const DEFAULT_KEY_ALGORITHM: KeyAlgorithm = 'ecdsa-p256';

export interface AlgorithmParams {
  /** WebCrypto parameters to generate a key pair. */
  generate: EcKeyGenParams | RsaHashedKeyGenParams;
  /** WebCrypto parameters to sign a certificate with a key of this kind (the hash picks the OID). */
  sign: EcdsaParams | Algorithm;
  isRsa: boolean;
}

const PARAMS: Record<KeyAlgorithm, AlgorithmParams> = {
  'ecdsa-p256': {
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams, // ecdsa-with-SHA256
    isRsa: false,
  },
  'ecdsa-p384': {
    generate: { name: 'ECDSA', namedCurve: 'P-384' },
    sign: { name: 'ECDSA', hash: 'SHA-384' } as EcdsaParams, // ecdsa-with-SHA384
    isRsa: false,
  },
  'rsa-2048': rsa(2048),
  'rsa-3072': rsa(3072),
  'rsa-4096': rsa(4096),
};

function rsa(modulusLength: number): AlgorithmParams {
  return {
    generate: {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    // The hash is the key's own (SHA-256, from `generate`): sha256WithRSAEncryption.
    sign: { name: 'RSASSA-PKCS1-v1_5' },
    isRsa: true,
  };
}

export function algorithmParams(algorithm: KeyAlgorithm): AlgorithmParams {
  return PARAMS[algorithm];
}

export function parseKeyAlgorithm(raw: string, input: string): KeyAlgorithm {
  const value = raw.trim().toLowerCase();
  if ((KEY_ALGORITHMS as readonly string[]).includes(value)) return value as KeyAlgorithm;
  throw new InputError(
    input,
    raw,
    `unknown key algorithm; use one of ${KEY_ALGORITHMS.join(', ')}`,
    DEFAULT_KEY_ALGORITHM,
  );
}
