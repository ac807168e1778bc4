import { type CertificateSetOptions, type LeafCertificate, type ServerCertificates } from '../core/pki/index.js';
import type { SubjectAltName } from '../core/san.js';
/**
 * What the thread is told: what to make, then the server's extra names (`finish`: the server's
 * certificate, then the client's), or the client's alone first; `release` at any time.
 */
export type CertificateRequest = {
    kind: 'options';
    options: CertificateSetOptions;
} | {
    kind: 'finish';
    extraSans: SubjectAltName[];
} | {
    kind: 'client';
} | {
    kind: 'release';
};
/** What the thread says: each a reply to one of the start's needs, or why it failed. */
export type CertificateReply = {
    kind: 'prepared';
} | {
    kind: 'server';
    server: ServerCertificates;
} | {
    kind: 'client';
    leaf: LeafCertificate;
} | {
    kind: 'stranger';
    leaf: LeafCertificate;
} | {
    kind: 'error';
    about: CertificateNeed;
    message: string;
};
export type CertificateNeed = 'prepared' | 'server' | 'client' | 'stranger';
