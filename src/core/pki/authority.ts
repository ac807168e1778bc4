// The throw-away CA: its key is generated non-extractable and lives only in the closure of the
// Authority that createAuthority returns; leaf certificates are signed through it.
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import type { SubjectAltName } from '../san.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM, algorithmParams } from './algorithms.js';
import { type LeafKind, caExtensions, leafExtensions } from './profile.js';
import {
  type Extension,
  type Signer,
  authorityKeyIdentifier,
  commonNameOnly,
  keyIdentifier,
  pem,
  signCertificate,
  subjectAltName,
  subjectKeyIdentifier,
} from './x509.js';

export interface LeafCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the DER certificate, colon-separated upper-case hex, as `openssl x509 -fingerprint`. */
  fingerprint: string;
  serialNumber: string;
}

/** A positive serial of 127 random bits: the top bit clear so DER never reads it as negative. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return bytes.toString('hex');
}

export function fingerprintOf(der: ArrayBuffer | Buffer): string {
  const hex = createHash('sha256')
    .update(Buffer.from(der as ArrayBuffer))
    .digest('hex')
    .toUpperCase();
  return hex.match(/../g)!.join(':');
}

function keyPem(pkcs8: ArrayBuffer): string {
  return pem(new Uint8Array(pkcs8), 'PRIVATE KEY') + '\n';
}

async function spkiOf(publicKey: CryptoKey): Promise<Buffer> {
  return Buffer.from(await webcrypto.subtle.exportKey('spki', publicKey));
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

interface IssuerParts {
  keyAlgorithm: KeyAlgorithm;
  window: ValidityWindow;
  signer: Signer;
  caName: ReturnType<typeof commonNameOnly>;
  authorityKeyId: Extension;
  fixed: Record<LeafKind, Extension[]>;
}

/** Signs leaf certificates with the CA's key, which lives on only in this closure. */
function leafIssuer({ keyAlgorithm, window, signer, caName, authorityKeyId, fixed }: IssuerParts): Authority['issue'] {
  return async (kind, options = {}) => {
    const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
    const sans = options.sans ?? [];
    const spki = await spkiOf(keys.publicKey);
    const extensions = [...fixed[kind], subjectKeyIdentifier(keyIdentifier(spki)), authorityKeyId];
    if (sans.length > 0) extensions.push(subjectAltName(sans));
    const serialNumber = randomSerial();
    const leafWindow = options.window ?? window;
    const cert = await signCertificate(
      {
        serialNumber,
        issuer: caName,
        subject: commonNameOnly(COMMON_NAMES[kind]),
        notBefore: leafWindow.notBefore,
        notAfter: leafWindow.notAfter,
        spki,
        extensions,
      },
      signer,
    );
    return {
      certPem: pem(cert, 'CERTIFICATE') + '\n',
      keyPem: keyPem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
      fingerprint: fingerprintOf(cert),
      serialNumber,
    };
  };
}

export async function createAuthority(keyAlgorithm: KeyAlgorithm, window: ValidityWindow): Promise<Authority> {
  const params = algorithmParams(keyAlgorithm);
  const caKeys = await generateKeys(keyAlgorithm, false);
  const caSpki = await spkiOf(caKeys.publicKey);
  const caKeyId = keyIdentifier(caSpki);
  const caName = commonNameOnly(`docker-tls-action CA ${randomBytes(4).toString('hex')}`);
  const signer: Signer = {
    key: caKeys.privateKey,
    params: params.sign,
    signatureOid: params.signatureOid,
    isRsa: params.isRsa,
  };
  const ca = await signCertificate(
    {
      serialNumber: randomSerial(),
      issuer: caName,
      subject: caName,
      ...window,
      spki: caSpki,
      extensions: [...caExtensions(), subjectKeyIdentifier(caKeyId)],
    },
    signer,
  );
  const issue = leafIssuer({
    keyAlgorithm,
    window,
    signer,
    caName,
    authorityKeyId: authorityKeyIdentifier(caKeyId),
    fixed: leafExtensions(params.isRsa),
  });

  return {
    keyAlgorithm,
    caCertPem: pem(ca, 'CERTIFICATE') + '\n',
    caFingerprint: fingerprintOf(ca),
    window,
    issue,
  };
}
