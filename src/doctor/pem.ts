import { X509Certificate } from 'node:crypto';

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Every certificate in a PEM text (a bundle may hold many); throws on a block that does not parse. */
export function certificatesIn(pem: string): X509Certificate[] {
  return (pem.match(CERTIFICATE_BLOCK) ?? []).map((block) => new X509Certificate(block));
}

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/** Whether the certificate may serve the purpose; no EKU extension means any purpose. */
export function allowsPurpose(cert: X509Certificate, purpose: 'server' | 'client'): boolean {
  // Node names the extended key usage list `keyUsage`.
  const usages = cert.keyUsage;
  if (!usages || usages.length === 0) return true;
  return usages.includes(purpose === 'server' ? SERVER_AUTH : CLIENT_AUTH);
}

/** The purposes a certificate's EKU names, in words. */
export function purposesOf(cert: X509Certificate): string {
  const usages = cert.keyUsage ?? [];
  if (usages.length === 0) return 'any purpose (no extended key usage)';
  const words = usages.map((oid) => (oid === SERVER_AUTH ? 'serverAuth' : oid === CLIENT_AUTH ? 'clientAuth' : oid));
  return words.join(', ');
}

/** The subject alternative names, as the certificate lists them ("DNS:localhost", "IP:127.0.0.1"). */
export function namesOf(cert: X509Certificate): string[] {
  return (cert.subjectAltName ?? '')
    .split(/,\s*/)
    .filter((name) => name !== '')
    .map((name) => name.replace(/^IP Address:/, 'IP:'));
}

export function validityOf(cert: X509Certificate): { notBefore: Date; notAfter: Date } {
  return { notBefore: new Date(cert.validFrom), notAfter: new Date(cert.validTo) };
}

/** Whether `cert` was signed by one of `authorities` (or is one of them). */
export function issuedByOneOf(cert: X509Certificate, authorities: readonly X509Certificate[]): boolean {
  return authorities.some(
    (ca) => ca.fingerprint256 === cert.fingerprint256 || (cert.checkIssued(ca) && cert.verify(ca.publicKey)),
  );
}

/** Whether a presented chain (leaf first) ends at one of `authorities`: some link is signed by one. */
export function chainEndsAt(chain: readonly X509Certificate[], authorities: readonly X509Certificate[]): boolean {
  return chain.some((link) => issuedByOneOf(link, authorities));
}

export function subjectLine(cert: X509Certificate): string {
  return cert.subject.replace(/\n/g, ', ');
}
