import { EXTENDED_KEY_USAGE, type Extension, KEY_USAGE, basicConstraints, extendedKeyUsage, keyUsage } from './x509.js';

/**
 * The certificate profile (DESIGN.md): the extensions that are the same in every certificate of a
 * kind, encoded once per process. Per certificate, x509.ts adds the key identifiers and the SANs.
 */

export type LeafKind = 'server' | 'client';

/** The CA's constant extensions, once built. */
let sharedCaExtensions: Extension[] | undefined;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map<boolean, Record<LeafKind, Extension[]>>();

export function caExtensions(): Extension[] {
  sharedCaExtensions ??= [basicConstraints(true, 0), keyUsage([KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign])];
  return sharedCaExtensions;
}

export function leafExtensions(isRsa: boolean): Record<LeafKind, Extension[]> {
  let fixed = sharedLeafExtensions.get(isRsa);
  if (!fixed) {
    // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
    const usage = isRsa ? [KEY_USAGE.digitalSignature, KEY_USAGE.keyEncipherment] : [KEY_USAGE.digitalSignature];
    const common = [basicConstraints(false), keyUsage(usage)];
    fixed = {
      server: [...common, extendedKeyUsage([EXTENDED_KEY_USAGE.serverAuth])],
      client: [...common, extendedKeyUsage([EXTENDED_KEY_USAGE.clientAuth])],
    };
    sharedLeafExtensions.set(isRsa, fixed);
  }
  return fixed;
}
