import type { SubjectAlternativeNameExtension } from '@peculiar/x509';
import { type SubjectAltName, normalizedIp } from '../san.js';
import type { X509 } from './load-x509.js';

/**
 * An address in the spelling that @peculiar/x509 2.2 encodes right: IPv4 as a dotted quad, IPv6
 * as eight hex groups. The library reads the dotted quad at the end of an IPv6 address as one hex
 * group (`::ffff:10.0.0.1` became 0:0:0:0:0:0:ffff:10, that is ::255.255.0.16; `::1.2.3.4` became
 * ::1) and drops a zone.
 */
function libraryIpText(address: string): string {
  const normalized = normalizedIp(address);
  if (normalized === undefined) throw new Error(`Not an IPv4 or IPv6 address: ${JSON.stringify(address)}`);
  return normalized;
}

/** dNSName and iPAddress entries, in the given order; not critical, as the subject is not empty (RFC 5280 4.2.1.6). */
export function subjectAltNameExtension(x509: X509, sans: readonly SubjectAltName[]): SubjectAlternativeNameExtension {
  return new x509.SubjectAlternativeNameExtension(
    sans.map((san) => ({ type: san.type, value: san.type === 'ip' ? libraryIpText(san.value) : san.value })),
    false,
  );
}
