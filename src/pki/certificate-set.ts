import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { hostname } from 'node:os';
import { type SubjectAltName, isDnsName, uniqueSans } from '../san.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM, algorithmParams } from './algorithms.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** Clients whose clock runs a little behind the runner's still accept a certificate made just now. */
export const CLOCK_SKEW_MS = 5 * 60_000;
export const DEFAULT_VALIDITY_MS = 6 * 3_600_000;

export interface CertificateSetOptions {
  keyAlgorithm?: KeyAlgorithm;
  validityMs?: number;
  /** SANs beyond the ones every server certificate gets (see `defaultServerSans`). */
  serverSans?: readonly SubjectAltName[];
  /** Leave out the default SANs; for tests that need a certificate naming only what they pass. */
  onlyGivenSans?: boolean;
  /** Overrides the validity window; for tests that need expired or not-yet-valid certificates. */
  notBefore?: Date;
  notAfter?: Date;
}

export interface LeafCertificate {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the DER certificate, colon-separated upper-case hex, as `openssl x509 -fingerprint`. */
  fingerprint: string;
  serialNumber: string;
}

export interface CertificateSet {
  keyAlgorithm: KeyAlgorithm;
  caCertPem: string;
  caFingerprint: string;
  server: LeafCertificate;
  client: LeafCertificate;
  serverSans: SubjectAltName[];
  notBefore: Date;
  notAfter: Date;
}

export function defaultServerSans(): SubjectAltName[] {
  return [
    { type: 'dns', value: 'localhost' },
    { type: 'ip', value: '127.0.0.1' },
    { type: 'ip', value: '::1' },
    ...hostnameSan(),
  ];
}

function hostnameSan(): SubjectAltName[] {
  const name = hostname().toLowerCase();
  return isDnsName(name) && !name.startsWith('*') && name !== 'localhost' ? [{ type: 'dns', value: name }] : [];
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
  return x509.PemConverter.encode(pkcs8, 'PRIVATE KEY') + '\n';
}

export interface ValidityWindow {
  notBefore: Date;
  notAfter: Date;
}

export type LeafKind = 'server' | 'client';

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

// The extensions that are the same in every certificate of a kind. Each is an encoded, immutable
// object: built once per process instead of once per certificate (encoding them is a good part of
// the cost of a set).

/** The CA's constant extensions, once built. */
let sharedCaExtensions: x509.Extension[] | undefined;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map<boolean, Record<LeafKind, x509.Extension[]>>();

function caExtensions(): x509.Extension[] {
  sharedCaExtensions ??= [
    new x509.BasicConstraintsExtension(true, 0, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
  ];
  return sharedCaExtensions;
}

function leafExtensions(isRsa: boolean): Record<LeafKind, x509.Extension[]> {
  let fixed = sharedLeafExtensions.get(isRsa);
  if (!fixed) {
    // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
    const usage = x509.KeyUsageFlags.digitalSignature | (isRsa ? x509.KeyUsageFlags.keyEncipherment : 0);
    const common = [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usage, true),
    ];
    fixed = {
      server: [...common, new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false)],
      client: [...common, new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth], false)],
    };
    sharedLeafExtensions.set(isRsa, fixed);
  }
  return fixed;
}

export async function createAuthority(keyAlgorithm: KeyAlgorithm, window: ValidityWindow): Promise<Authority> {
  const params = algorithmParams(keyAlgorithm);
  const caKeys = await generateKeys(keyAlgorithm, false);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: `CN=docker-tls-action CA ${randomBytes(4).toString('hex')}`,
    notBefore: window.notBefore,
    notAfter: window.notAfter,
    keys: caKeys,
    signingAlgorithm: params.sign,
    extensions: [...caExtensions(), await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey)],
  });
  const authorityKeyId = await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey);
  const fixed = leafExtensions(params.isRsa);

  const issue: Authority['issue'] = async (kind, options = {}) => {
    const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
    const sans = options.sans ?? [];
    const extensions: x509.Extension[] = [
      ...fixed[kind],
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      authorityKeyId,
    ];
    if (sans.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(sans, false));
    const serialNumber = randomSerial();
    const leafWindow = options.window ?? window;
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber,
      subject: `CN=${COMMON_NAMES[kind]}`,
      issuer: ca.subject,
      notBefore: leafWindow.notBefore,
      notAfter: leafWindow.notAfter,
      publicKey: keys.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: params.sign,
      extensions,
    });
    return {
      certPem: cert.toString('pem') + '\n',
      keyPem: keyPem(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
      fingerprint: fingerprintOf(cert.rawData),
      serialNumber,
    };
  };

  return {
    keyAlgorithm,
    caCertPem: ca.toString('pem') + '\n',
    caFingerprint: fingerprintOf(ca.rawData),
    window,
    issue,
  };
}

/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
export async function createCertificateSet(options: CertificateSetOptions = {}): Promise<CertificateSet> {
  const keyAlgorithm = options.keyAlgorithm ?? DEFAULT_KEY_ALGORITHM;
  const now = Date.now();
  const window = {
    notBefore: options.notBefore ?? new Date(now - CLOCK_SKEW_MS),
    notAfter: options.notAfter ?? new Date(now + (options.validityMs ?? DEFAULT_VALIDITY_MS)),
  };
  const serverSans = uniqueSans([...(options.onlyGivenSans ? [] : defaultServerSans()), ...(options.serverSans ?? [])]);
  // Leaf key generation runs alongside the CA's: for RSA it is most of the time.
  const [authority, serverKeys, clientKeys] = await Promise.all([
    createAuthority(keyAlgorithm, window),
    generateLeafKeys(keyAlgorithm),
    generateLeafKeys(keyAlgorithm),
  ]);
  const [server, client] = await Promise.all([
    authority.issue('server', { sans: serverSans, keys: serverKeys }),
    authority.issue('client', { keys: clientKeys }),
  ]);
  return {
    keyAlgorithm,
    caCertPem: authority.caCertPem,
    caFingerprint: authority.caFingerprint,
    server,
    client,
    serverSans,
    ...window,
  };
}
