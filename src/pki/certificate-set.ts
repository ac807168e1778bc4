import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { hostname } from 'node:os';
import { type SubjectAltName, uniqueSans } from '../san.js';
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
  return /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(name) && name !== 'localhost' ? [{ type: 'dns', value: name }] : [];
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

/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
export async function createCertificateSet(options: CertificateSetOptions = {}): Promise<CertificateSet> {
  const keyAlgorithm = options.keyAlgorithm ?? DEFAULT_KEY_ALGORITHM;
  const params = algorithmParams(keyAlgorithm);
  const now = Date.now();
  const notBefore = options.notBefore ?? new Date(now - CLOCK_SKEW_MS);
  const notAfter = options.notAfter ?? new Date(now + (options.validityMs ?? DEFAULT_VALIDITY_MS));
  const serverSans = uniqueSans([...(options.onlyGivenSans ? [] : defaultServerSans()), ...(options.serverSans ?? [])]);
  const subtle = webcrypto.subtle;
  const generate = (extractable: boolean) =>
    subtle.generateKey(params.generate, extractable, ['sign', 'verify']) as Promise<CryptoKeyPair>;

  // Leaf key generation runs alongside the CA's: for RSA it is most of the time.
  const [caKeys, serverKeys, clientKeys] = await Promise.all([generate(false), generate(true), generate(true)]);
  const runId = randomBytes(4).toString('hex');
  const caName = `CN=docker-tls-action CA ${runId}`;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: caName,
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: params.sign,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const authorityKeyId = await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey);
  const leafUsage = x509.KeyUsageFlags.digitalSignature | (params.isRsa ? x509.KeyUsageFlags.keyEncipherment : 0);

  const issue = async (
    keys: CryptoKeyPair,
    commonName: string,
    usage: x509.ExtendedKeyUsage,
    sans: SubjectAltName[],
  ): Promise<LeafCertificate> => {
    const extensions: x509.Extension[] = [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(leafUsage, true),
      new x509.ExtendedKeyUsageExtension([usage], false),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      authorityKeyId,
    ];
    if (sans.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(sans, false));
    const serialNumber = randomSerial();
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber,
      subject: `CN=${commonName}`,
      issuer: ca.subject,
      notBefore,
      notAfter,
      publicKey: keys.publicKey,
      signingKey: caKeys.privateKey,
      signingAlgorithm: params.sign,
      extensions,
    });
    return {
      certPem: cert.toString('pem') + '\n',
      keyPem: keyPem(await subtle.exportKey('pkcs8', keys.privateKey)),
      fingerprint: fingerprintOf(cert.rawData),
      serialNumber,
    };
  };

  const [server, client] = await Promise.all([
    issue(serverKeys, 'docker-tls-action server', x509.ExtendedKeyUsage.serverAuth, serverSans),
    issue(clientKeys, 'docker-tls-action client', x509.ExtendedKeyUsage.clientAuth, []),
  ]);
  return {
    keyAlgorithm,
    caCertPem: ca.toString('pem') + '\n',
    caFingerprint: fingerprintOf(ca.rawData),
    server,
    client,
    serverSans,
    notBefore,
    notAfter,
  };
}
