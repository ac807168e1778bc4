import { type CertificateSetOptions, type PreparedCertificateSet, type LeafCertificate } from '../core/pki/index.js';
import type { SubjectAltName } from '../core/san.js';
/** What the thread is told: what to make, then the server's extra names; `release` at any time. */
export type CertificateRequest = {
    kind: 'options';
    options: CertificateSetOptions;
} | {
    kind: 'finish';
    extraSans: SubjectAltName[];
} | {
    kind: 'release';
};
/** What the thread says: each a reply to one of the start's needs, or why it failed. */
export type CertificateReply = {
    kind: 'prepared';
} | {
    kind: 'set';
    set: Awaited<ReturnType<PreparedCertificateSet['finish']>>;
} | {
    kind: 'stranger';
    leaf: LeafCertificate;
} | {
    kind: 'error';
    about: 'prepared' | 'set' | 'stranger';
    message: string;
};
