import type { Extension } from '@peculiar/x509';
import type { X509 } from './load-x509.js';
/**
 * The certificate profile (DESIGN.md): the extensions that are the same in every certificate of a
 * kind, built once per process. Per certificate, authority.ts adds the key identifiers and the SANs.
 */
export type LeafKind = 'server' | 'client';
/** basicConstraints critical CA:TRUE pathlen:0; keyUsage critical keyCertSign, cRLSign. */
export declare function caExtensions(x509: X509): Extension[];
/** basicConstraints critical CA:FALSE; keyUsage critical; one extended key usage, the kind's. */
export declare function leafExtensions(x509: X509, isRsa: boolean): Record<LeafKind, Extension[]>;
