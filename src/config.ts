import { parseDuration } from './duration.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM, parseKeyAlgorithm } from './pki/algorithms.js';
import { type SubjectAltName, parseSanList } from './san.js';

/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
export const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };

export interface CertificateOptions {
  keyAlgorithm: KeyAlgorithm;
  validityMs: number;
  serverSans: SubjectAltName[];
}

export interface RawCertificateOptions {
  keyAlgorithm?: string;
  validity?: string;
  sans?: string | readonly string[];
}

/** Validates everything before anything is generated or written. */
export function parseCertificateOptions(raw: RawCertificateOptions, names = CERT_INPUT_NAMES): CertificateOptions {
  return {
    keyAlgorithm: raw.keyAlgorithm ? parseKeyAlgorithm(raw.keyAlgorithm, names.keyAlgorithm) : DEFAULT_KEY_ALGORITHM,
    validityMs: parseDuration(names.validity, raw.validity || '6h', CERT_VALIDITY_BOUNDS),
    serverSans: parseSanList(raw.sans ?? [], names.sans),
  };
}

/** The action's input names; the CLI passes its flag names so messages say what the user typed. */
export const CERT_INPUT_NAMES = { keyAlgorithm: 'key-algorithm', validity: 'cert-validity', sans: 'tls-san' };
