import type { Endpoint } from '../core/endpoint.js';
import type { Logger } from '../core/logger.js';
import { type CertificateSet, type LeafCertificate } from '../core/pki/index.js';
/**
 * The point of the exercise: the port must refuse anyone without a certificate from our CA. Each
 * probe must see the daemon refuse (an alert, a close after the handshake began, a 400 to plain
 * HTTP); anything else, a refused connection included, fails the start. A client certificate of a
 * throw-away foreign CA must be refused too, and the server must present the certificate we made:
 * the daemon trusts the CA in memory, not merely some CA.
 */
export declare function proveRefusals(endpoint: Pick<Endpoint, 'clientHost' | 'clientPort'>, set: CertificateSet, logger: Logger, stranger?: Promise<LeafCertificate>): Promise<void>;
