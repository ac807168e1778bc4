import { type CertificateSetOptions, type LeafCertificate, type PreparedCertificateSet } from '../core/pki/index.js';
/** The certificates a start needs: the set (its leaves once the server's names are known) and the stranger. */
export interface CertificateWork {
    prepared: Promise<PreparedCertificateSet>;
    /** The refusal proof's client certificate of another CA. */
    stranger: Promise<LeafCertificate>;
    /**
     * Ends the thread: the start calls it once it has what it needs or has failed. The thread begins
     * nothing new and ends once the job under way has (certificate-worker.ts says why it is never
     * terminated); until then it keeps the process alive, a few milliseconds for an EC key. A thread
     * still waiting for the server's names (a start stopped by a signal) ends at once.
     */
    release: () => void;
}
/**
 * Starts the certificate work on a thread of its own, so that loading the X.509 library and
 * signing take the other core while this one spawns the daemon (doing things at once). Where the
 * thread cannot start or load, the same work on this thread.
 */
export declare function startCertificateWork(options: CertificateSetOptions): CertificateWork;
/**
 * Starts the certificate thread now, before the start knows what to make: it loads the X.509
 * library on another core while this one loads the rest of the program. The next start takes it.
 * Where no thread can start, the start makes its own (or works on this thread).
 */
export declare function warmUpCertificateThread(): void;
