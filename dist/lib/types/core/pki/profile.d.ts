import { type Extension } from './x509.js';
/**
 * The certificate profile (DESIGN.md): the extensions that are the same in every certificate of a
 * kind, encoded once per process. Per certificate, x509.ts adds the key identifiers and the SANs.
 */
export type LeafKind = 'server' | 'client';
export declare function caExtensions(): Extension[];
export declare function leafExtensions(isRsa: boolean): Record<LeafKind, Extension[]>;
