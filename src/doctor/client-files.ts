import { type KeyObject, type X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { type Finding, fail } from './findings.js';
import { allowsPurpose, certificatesIn, purposesOf, subjectLine, validityOf } from './pem.js';

/** The client's three files as read and parsed; a part is missing when its file failed. */
export interface ClientMaterial {
  caPem?: string;
  certPem?: string;
  keyPem?: string;
  authorities: X509Certificate[];
  certificate?: X509Certificate;
  key?: KeyObject;
}

const WHERE =
  'DOCKER_CERT_PATH must name the client directory that "docker-tls up" or "docker-tls certs" wrote (…/client), with ca.pem, cert.pem and key.pem.';

async function readOne(certPath: string, name: string, findings: Finding[]): Promise<string | undefined> {
  const path = join(certPath, name);
  try {
    return await fs.readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      findings.push(fail('file-missing', `${path} does not exist.`, WHERE));
    } else {
      findings.push(
        fail(
          'file-unreadable',
          `${path} cannot be read (${code ?? (error as Error).message}).`,
          `Make ${name} a regular file this user can read (run the client as the user that made the certificates, or fix the owner and mode); ${WHERE}`,
        ),
      );
    }
    return undefined;
  }
}

function parse<T>(path: string, what: string, findings: Finding[], body: () => T | undefined): T | undefined {
  try {
    const value = body();
    if (value !== undefined) return value;
    findings.push(fail('file-invalid', `${path} holds no ${what}.`, WHERE));
  } catch (error) {
    findings.push(fail('file-invalid', `${path} is not a valid ${what}: ${(error as Error).message}.`, WHERE));
  }
  return undefined;
}

/** Reads and parses ca.pem, cert.pem and key.pem; every problem becomes a finding, never a throw. */
export async function loadClientFiles(certPath: string): Promise<{ material: ClientMaterial; findings: Finding[] }> {
  const findings: Finding[] = [];
  const [caPem, certPem, keyPem] = await Promise.all(
    ['ca.pem', 'cert.pem', 'key.pem'].map((name) => readOne(certPath, name, findings)),
  );
  const material: ClientMaterial = { caPem, certPem, keyPem, authorities: [] };
  if (caPem !== undefined) {
    material.authorities =
      parse(join(certPath, 'ca.pem'), 'PEM certificate', findings, () => {
        const all = certificatesIn(caPem);
        return all.length > 0 ? all : undefined;
      }) ?? [];
  }
  if (certPem !== undefined) {
    material.certificate = parse(
      join(certPath, 'cert.pem'),
      'PEM certificate',
      findings,
      () => certificatesIn(certPem)[0],
    );
  }
  if (keyPem !== undefined) {
    material.key = parse(join(certPath, 'key.pem'), 'PEM private key', findings, () => createPrivateKey(keyPem));
  }
  return { material, findings };
}

/** The key must be the private half of cert.pem's public key. */
export function keyMatchFindings(material: ClientMaterial, certPath: string): Finding[] {
  const { certificate, key } = material;
  if (!certificate || !key) return [];
  const fromKey = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const fromCert = certificate.publicKey.export({ type: 'spki', format: 'der' });
  if (fromKey.equals(fromCert)) return [];
  return [
    fail(
      'key-mismatch',
      `${join(certPath, 'key.pem')} is not the private key of ${join(certPath, 'cert.pem')} (${subjectLine(certificate)}): the two files come from different sets.`,
      'Use the cert.pem and key.pem written together in one client directory; do not mix files of two runs.',
    ),
  ];
}

/** One certificate's validity window against the local clock. */
export function windowFindings(cert: X509Certificate, label: string, now: Date): Finding[] {
  const { notBefore, notAfter } = validityOf(cert);
  const window = `valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}; this machine's clock reads ${now.toISOString()}`;
  if (now > notAfter) {
    return [
      fail(
        'certificate-expired',
        `The ${label} has expired: ${window}.`,
        'Make new certificates (run "docker-tls up" or the action again, with a longer cert-validity if the job runs long); if the dates look wrong, fix this machine\'s clock (NTP).',
      ),
    ];
  }
  if (now < notBefore) {
    return [
      fail(
        'certificate-not-yet-valid',
        `The ${label} is not valid yet: ${window}.`,
        "This machine's clock is behind the one that made the certificate: synchronise it (NTP, timedatectl set-ntp true), or make the certificates on this machine.",
      ),
    ];
  }
  return [];
}

/** The client's own files: key pair, validity of cert and CA, and a client purpose in cert.pem. */
export function clientFileFindings(material: ClientMaterial, certPath: string, now: Date): Finding[] {
  const findings = keyMatchFindings(material, certPath);
  for (const ca of material.authorities) findings.push(...windowFindings(ca, `CA in ca.pem (${subjectLine(ca)})`, now));
  const cert = material.certificate;
  if (cert) {
    findings.push(...windowFindings(cert, `client certificate cert.pem (${subjectLine(cert)})`, now));
    if (!allowsPurpose(cert, 'client')) {
      findings.push(
        fail(
          'wrong-eku',
          `cert.pem (${subjectLine(cert)}) is for ${purposesOf(cert)}, not clientAuth: it is a server certificate used as a client certificate, and the daemon refuses it ("unsupported certificate").`,
          'Point DOCKER_CERT_PATH at the client/ directory, not server/.',
        ),
      );
    }
  }
  return findings;
}
