import type { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { windowFindings } from './client-files.js';
import { type Finding, fail } from './findings.js';
import { allowsPurpose, chainEndsAt, namesOf, purposesOf, subjectLine } from './pem.js';

function namesHost(cert: X509Certificate, host: string): boolean {
  return isIP(host) ? cert.checkIP(host) !== undefined : cert.checkHost(host, { subject: 'never' }) !== undefined;
}

function hostFindings(leaf: X509Certificate, host: string, endpoint: string): Finding[] {
  if (namesHost(leaf, host)) return [];
  const names = namesOf(leaf);
  return [
    fail(
      'host-not-in-certificate',
      `The server certificate of ${endpoint} does not name "${host}", the host clients use; it names ${names.length ? names.join(', ') : 'nothing (no subject alternative names)'}.`,
      `Reach the daemon by one of those names, or add "${host}" to the server certificate: action input tls-san: ${host} (CLI: docker-tls up --tls-san ${host}, or docker-tls certs --san ${host}).`,
    ),
  ];
}

function purposeFindings(leaf: X509Certificate, endpoint: string): Finding[] {
  if (allowsPurpose(leaf, 'server')) return [];
  return [
    fail(
      'wrong-eku',
      `The daemon at ${endpoint} presents a certificate for ${purposesOf(leaf)}, not serverAuth: a client certificate used as the server's. Clients refuse it ("unsupported certificate purpose").`,
      'Start the daemon with server/cert.pem and server/key.pem as tlscert and tlskey, not the client files.',
    ),
  ];
}

function authorityFindings(chain: X509Certificate[], authorities: X509Certificate[], endpoint: string): Finding[] {
  if (authorities.length === 0 || chainEndsAt(chain, authorities)) return [];
  const ca = authorities[0];
  return [
    fail(
      'ca-mismatch',
      `The server's certificate chain does not end at ca.pem: ${endpoint} presents "${subjectLine(chain[0])}" issued by "${chain[0].issuer.replace(/\n/g, ', ')}", while ca.pem holds "${subjectLine(ca)}" (SHA-256 ${ca.fingerprint256}). Clients fail with "unable to get local issuer certificate" or "certificate signed by unknown authority".`,
      "Use the ca.pem written with this daemon's certificates (the same run of docker-tls up or the action): DOCKER_CERT_PATH likely points at another run's files, or DOCKER_HOST at another daemon.",
    ),
  ];
}

/** What a verifying client would object to in the server's certificate. */
export function serverCertificateFindings(
  chain: X509Certificate[],
  authorities: X509Certificate[],
  host: string,
  endpoint: string,
  now: Date,
): Finding[] {
  const leaf = chain[0];
  if (!leaf) return [];
  return [
    ...windowFindings(leaf, `server certificate of ${endpoint} (${subjectLine(leaf)})`, now),
    ...hostFindings(leaf, host, endpoint),
    ...purposeFindings(leaf, endpoint),
    ...authorityFindings(chain, authorities, endpoint),
  ];
}
