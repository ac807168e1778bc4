import type { SubjectAlternativeNameExtension } from '@peculiar/x509';
import { type SubjectAltName } from '../san.js';
import type { X509 } from './load-x509.js';
/** dNSName and iPAddress entries, in the given order; not critical, as the subject is not empty (RFC 5280 4.2.1.6). */
export declare function subjectAltNameExtension(x509: X509, sans: readonly SubjectAltName[]): SubjectAlternativeNameExtension;
