import type { Extension } from '@peculiar/x509';
import type { X509 } from './load-x509.js';

/**
 * The certificate profile (DESIGN.md): the extensions that are the same in every certificate of a
 * kind, built once per process. Per certificate, authority.ts adds the key identifiers and the SANs.
 */

export type LeafKind = 'server' | 'client';

const EXTENDED_KEY_USAGE: Record<LeafKind, string> = {
  server: '1.3.6.1.5.5.7.3.1', // serverAuth
  client: '1.3.6.1.5.5.7.3.2', // clientAuth
};

/** The CA's constant extensions, once built. */
let sharedCaExtensions: Extension[] | undefined;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map<boolean, Record<LeafKind, Extension[]>>();

/** basicConstraints critical CA:TRUE pathlen:0; keyUsage critical keyCertSign, cRLSign. */
export function caExtensions(x509: X509): Extension[] {
  sharedCaExtensions ??= [
    new x509.BasicConstraintsExtension(true, 0, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
  ];
  return sharedCaExtensions;
}

/** basicConstraints critical CA:FALSE; keyUsage critical; one extended key usage, the kind's. */
export function leafExtensions(x509: X509, isRsa: boolean): Record<LeafKind, Extension[]> {
  let fixed = sharedLeafExtensions.get(isRsa);
  if (!fixed) {
    // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
    const usages = isRsa
      ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment
      : x509.KeyUsageFlags.digitalSignature;
    const common = [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usages, true),
    ];
    const withUsage = (kind: LeafKind) => [...common, new x509.ExtendedKeyUsageExtension([EXTENDED_KEY_USAGE[kind]])];
    fixed = { server: withUsage('server'), client: withUsage('client') };
    sharedLeafExtensions.set(isRsa, fixed);
  }
  return fixed;
}
