// The throw-away CA: its key is generated non-extractable and lives only in the closure of the
// Authority that createAuthority returns; leaf certificates are signed through it. The certificates
// are built by @peculiar/x509 (loaded while the CA's key is generated), signed with WebCrypto.
import { KeyObject, createHash, randomBytes, webcrypto } from 'node:crypto';
import type { Extension, Name, PublicKey, SubjectKeyIdentifierExtension, X509Certificate } from '@peculiar/x509';
import type { SubjectAltName } from '../san.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM, algorithmParams } from './algorithms.js';
import { type X509, loadX509 } from './load-x509.js';
import { type LeafKind, caExtensions, leafExtensions } from './profile.js';
import { randomSerial } from './serial.js';
import { subjectAltNameExtension } from './subject-alt-names.js';

export interface LeafCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the DER certificate, colon-separated upper-case hex, as `openssl x509 -fingerprint`. */
  fingerprint: string;
  /** As the certificate holds it: lower-case hex of the positive INTEGER, without a sign octet. */
  serialNumber: string;
}

export function fingerprintOf(der: ArrayBuffer | Buffer): string {
  const hex = createHash('sha256')
    .update(Buffer.from(der as ArrayBuffer))
    .digest('hex')
    .toUpperCase();
  return hex.match(/../g)!.join(':');
}

export interface ValidityWindow {
  notBefore: Date;
  notAfter: Date;
}

/**
 * A CA that can issue. Its key is non-extractable and lives only in this object's closure: the
 * product drops it inside createCertificateSet; tests keep one to mint certificates with windows
 * of their own (expired, not yet valid) from the daemon's CA.
 */
export interface Authority {
  keyAlgorithm: KeyAlgorithm;
  caCertPem: string;
  caFingerprint: string;
  window: ValidityWindow;
  issue(
    kind: LeafKind,
    options?: { sans?: SubjectAltName[]; window?: ValidityWindow; keys?: CryptoKeyPair },
  ): Promise<LeafCertificate>;
}

const COMMON_NAMES: Record<LeafKind, string> = {
  server: 'docker-tls-action server',
  client: 'docker-tls-action client',
};

function generateKeys(keyAlgorithm: KeyAlgorithm, extractable: boolean): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(algorithmParams(keyAlgorithm).generate, extractable, [
    'sign',
    'verify',
  ]) as Promise<CryptoKeyPair>;
}

/** Leaf keys are extractable: their private halves are written for dockerd and the clients. */
export function generateLeafKeys(keyAlgorithm: KeyAlgorithm = DEFAULT_KEY_ALGORITHM): Promise<CryptoKeyPair> {
  return generateKeys(keyAlgorithm, true);
}

/** PEM with a final newline, as the files hold it. */
function certificatePem(cert: X509Certificate): string {
  return `${cert.toString('pem')}\n`;
}

/** Unencrypted PKCS#8 `PRIVATE KEY` PEM, one block, with a final newline. */
function privateKeyPem(key: CryptoKey): string {
  return KeyObject.from(key).export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * The certified key as the library takes it, and its subjectKeyIdentifier: the SHA-1 of the
 * subjectPublicKey bits (RFC 5280 4.2.1.2, method 1). One export of the key serves both.
 */
async function certifiedKey(
  x509: X509,
  publicKey: CryptoKey,
): Promise<{ key: PublicKey; keyId: SubjectKeyIdentifierExtension }> {
  const key = await x509.PublicKey.create(publicKey);
  const keyId = Buffer.from(await key.getKeyIdentifier()).toString('hex');
  return { key, keyId: new x509.SubjectKeyIdentifierExtension(keyId) };
}

interface IssuerParts {
  x509: X509;
  keyAlgorithm: KeyAlgorithm;
  window: ValidityWindow;
  caKey: CryptoKey;
  caName: Name;
  authorityKeyId: Extension;
}

/** Signs leaf certificates with the CA's key, which lives on only in this closure. */
function leafIssuer({ x509, keyAlgorithm, window, caKey, caName, authorityKeyId }: IssuerParts): Authority['issue'] {
  const params = algorithmParams(keyAlgorithm);
  const fixed = leafExtensions(x509, params.isRsa);
  return async (kind, options = {}) => {
    const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
    const sans = options.sans ?? [];
    const { key, keyId } = await certifiedKey(x509, keys.publicKey);
    const extensions = [...fixed[kind], keyId, authorityKeyId];
    if (sans.length > 0) extensions.push(subjectAltNameExtension(x509, sans));
    const leafWindow = options.window ?? window;
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: randomSerial(),
      issuer: caName,
      subject: new x509.Name([{ CN: [COMMON_NAMES[kind]] }]),
      notBefore: leafWindow.notBefore,
      notAfter: leafWindow.notAfter,
      publicKey: key,
      signingKey: caKey,
      signingAlgorithm: params.sign,
      extensions,
    });
    return {
      certPem: certificatePem(cert),
      keyPem: privateKeyPem(keys.privateKey),
      fingerprint: fingerprintOf(cert.rawData),
      serialNumber: cert.serialNumber,
    };
  };
}

export async function createAuthority(keyAlgorithm: KeyAlgorithm, window: ValidityWindow): Promise<Authority> {
  // The library loads while the key is generated: on the main thread the one, on libuv's the other.
  const [x509, caKeys] = await Promise.all([loadX509(), generateKeys(keyAlgorithm, false)]);
  const caName = new x509.Name([{ CN: [`docker-tls-action CA ${randomBytes(4).toString('hex')}`] }]);
  const { key, keyId } = await certifiedKey(x509, caKeys.publicKey);
  const ca = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    issuer: caName,
    subject: caName,
    ...window,
    publicKey: key,
    signingKey: caKeys.privateKey,
    signingAlgorithm: algorithmParams(keyAlgorithm).sign,
    extensions: [...caExtensions(x509), keyId],
  });
  const issue = leafIssuer({
    x509,
    keyAlgorithm,
    window,
    caKey: caKeys.privateKey,
    caName,
    authorityKeyId: new x509.AuthorityKeyIdentifierExtension(keyId.keyId),
  });
  return {
    keyAlgorithm,
    caCertPem: certificatePem(ca),
    caFingerprint: fingerprintOf(ca.rawData),
    window,
    issue,
  };
}
