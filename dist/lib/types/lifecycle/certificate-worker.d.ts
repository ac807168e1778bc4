import { type PreparedCertificateSet, createCertificateSet } from '../core/pki/index.js';
/** What the thread says: each a reply to one of the start's needs, or why it failed. */
export type CertificateReply = {
    kind: 'prepared';
} | {
    kind: 'set';
    set: Awaited<ReturnType<PreparedCertificateSet['finish']>>;
} | {
    kind: 'stranger';
    leaf: Awaited<ReturnType<typeof createCertificateSet>>['client'];
} | {
    kind: 'error';
    about: 'prepared' | 'set' | 'stranger';
    message: string;
};
