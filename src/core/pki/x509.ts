// The X.509 v3 structures of our certificates (RFC 5280), encoded with der.ts and signed with
// WebCrypto. Only what the certificate profile needs: a one-CN name, the six extensions we emit,
// and the certificate itself.
import { createHash, webcrypto } from 'node:crypto';
import type { SubjectAltName } from '../san.js';
import {
  bitString,
  booleanTrue,
  contextTag,
  derNull,
  directoryString,
  namedBits,
  objectIdentifier,
  octetString,
  sequence,
  set,
  smallInteger,
  subjectPublicKeyBits,
  time,
  tlv,
  unsignedInteger,
} from './der.js';

const OID = {
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

/** KeyUsage bit numbers (RFC 5280 4.2.1.3). */
export const KEY_USAGE = { digitalSignature: 0, keyEncipherment: 2, keyCertSign: 5, cRLSign: 6 } as const;
export const EXTENDED_KEY_USAGE = { serverAuth: OID.serverAuth, clientAuth: OID.clientAuth } as const;

/** A DER-encoded Extension. */
export type Extension = Buffer;

function extension(oid: string, critical: boolean, value: Buffer): Extension {
  return sequence(objectIdentifier(oid), ...(critical ? [booleanTrue()] : []), octetString(value));
}

/** Critical; `pathLength` only for a CA. cA FALSE is the DEFAULT, so a leaf's value is empty. */
export function basicConstraints(ca: boolean, pathLength?: number): Extension {
  const fields = ca ? [booleanTrue(), ...(pathLength === undefined ? [] : [smallInteger(pathLength)])] : [];
  return extension(OID.basicConstraints, true, sequence(...fields));
}

/** Critical. */
export function keyUsage(bits: readonly number[]): Extension {
  return extension(OID.keyUsage, true, namedBits(bits));
}

export function extendedKeyUsage(purposes: readonly string[]): Extension {
  return extension(OID.extKeyUsage, false, sequence(...purposes.map(objectIdentifier)));
}

/** RFC 5280 4.2.1.2 method 1: the SHA-1 of the subjectPublicKey bits. */
export function keyIdentifier(spki: Uint8Array): Buffer {
  return createHash('sha1').update(subjectPublicKeyBits(spki)).digest();
}

export function subjectKeyIdentifier(keyId: Buffer): Extension {
  return extension(OID.subjectKeyId, false, octetString(keyId));
}

/** keyIdentifier only: [0] IMPLICIT OCTET STRING. */
export function authorityKeyIdentifier(keyId: Buffer): Extension {
  return extension(OID.authorityKeyId, false, sequence(tlv(contextTag(0, false), keyId)));
}

/** 4 or 16 octets of an address already validated by san.ts. */
export function ipAddressOctets(address: string): Buffer {
  if (!address.includes(':')) return Buffer.from(address.split('.').map(Number));
  const [head, tail = ''] = address.split('::');
  const groups = (part: string): string[] => (part ? part.split(':') : []);
  const withV4 = (parts: string[]): string[] =>
    parts.flatMap((part) => {
      if (!part.includes('.')) return [part];
      const [a, b, c, d] = part.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  const left = withV4(groups(head));
  const right = withV4(groups(tail));
  const middle = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return Buffer.from(
    [...left, ...middle, ...right].flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]),
  );
}

/** dNSName [2] IA5String and iPAddress [7] OCTET STRING, both IMPLICIT, in the given order. */
export function subjectAltName(sans: readonly SubjectAltName[]): Extension {
  const names = sans.map((san) =>
    san.type === 'dns'
      ? tlv(contextTag(2, false), Buffer.from(san.value, 'ascii'))
      : tlv(contextTag(7, false), ipAddressOctets(san.value)),
  );
  return extension(OID.subjectAltName, false, sequence(...names));
}

/** A Name of one RDN, the common name. */
export function commonNameOnly(commonName: string): Buffer {
  return sequence(set(sequence(objectIdentifier(OID.commonName), directoryString(commonName))));
}

export interface CertificateFields {
  /** Hex of a positive serial whose first octet is neither 0x00 nor above 0x7f. */
  serialNumber: string;
  issuer: Buffer;
  subject: Buffer;
  notBefore: Date;
  notAfter: Date;
  /** DER SubjectPublicKeyInfo of the certified key. */
  spki: Uint8Array;
  extensions: readonly Extension[];
}

export interface Signer {
  key: CryptoKey;
  params: EcdsaParams | Algorithm;
  signatureOid: string;
  isRsa: boolean;
}

/** ECDSA-Sig-Value (RFC 3279) from WebCrypto's r ‖ s. */
function ecdsaSignatureDer(raw: Buffer): Buffer {
  const half = raw.length / 2;
  return sequence(unsignedInteger(raw.subarray(0, half)), unsignedInteger(raw.subarray(half)));
}

/** Encodes and signs a v3 certificate; returns its DER. */
export async function signCertificate(fields: CertificateFields, signer: Signer): Promise<Buffer> {
  // RFC 3279/4055: parameters NULL for RSA PKCS#1 v1.5, absent for ECDSA.
  const algorithm = sequence(objectIdentifier(signer.signatureOid), ...(signer.isRsa ? [derNull()] : []));
  const tbs = sequence(
    tlv(contextTag(0, true), smallInteger(2)),
    tlv(0x02, Buffer.from(fields.serialNumber, 'hex')),
    algorithm,
    fields.issuer,
    sequence(time(fields.notBefore), time(fields.notAfter)),
    fields.subject,
    fields.spki,
    tlv(contextTag(3, true), sequence(...fields.extensions)),
  );
  const raw = Buffer.from(await webcrypto.subtle.sign(signer.params, signer.key, tbs));
  return sequence(tbs, algorithm, bitString(signer.isRsa ? raw : ecdsaSignatureDer(raw)));
}

/** PEM with 64-character lines, no trailing newline (callers add it). */
export function pem(der: Uint8Array, label: string): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}
