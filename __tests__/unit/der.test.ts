// The DER writer of src/pki against node's own parsers (X509Certificate, URL, KeyObject), so an
// encoding slip cannot hide behind a reader that shares our mistake.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { X509Certificate, webcrypto } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  namedBits,
  objectIdentifier,
  subjectPublicKeyBits,
  time,
  tlv,
  unsignedInteger,
} from '../../src/core/pki/der.js';
import { basicConstraints, commonNameOnly, ipAddressOctets, pem, signCertificate } from '../../src/core/pki/x509.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** The canonical text form of 16 octets, through the WHATWG URL parser. */
function canonicalV6(octets: Buffer): string {
  const groups = Array.from({ length: 8 }, (_, i) => octets.readUInt16BE(2 * i).toString(16));
  return new URL(`http://[${groups.join(':')}]/`).hostname;
}

describe('DER writer', () => {
  test('lengths: short form to 127, long form from 128', () => {
    assert.equal(hex(tlv(0x04, Buffer.alloc(127))).slice(0, 4), '047f');
    assert.equal(hex(tlv(0x04, Buffer.alloc(128))).slice(0, 6), '048180');
    assert.equal(hex(tlv(0x04, Buffer.alloc(256))).slice(0, 8), '04820100');
  });

  test('object identifiers as published (X.690 8.19)', () => {
    assert.equal(hex(objectIdentifier('2.5.29.19')), '0603551d13');
    assert.equal(hex(objectIdentifier('1.2.840.10045.4.3.2')), '06082a8648ce3d040302');
    assert.equal(hex(objectIdentifier('1.3.6.1.5.5.7.3.1')), '06082b06010505070301');
  });

  test('integers are minimal and never negative', () => {
    assert.equal(hex(unsignedInteger(Buffer.from([0, 0, 5]))), '020105');
    assert.equal(hex(unsignedInteger(Buffer.from([0x80]))), '02020080');
    assert.equal(hex(unsignedInteger(Buffer.from([0]))), '020100');
  });

  test('named bits drop trailing zero bits', () => {
    assert.equal(hex(namedBits([0])), '03020780');
    assert.equal(hex(namedBits([0, 2])), '030205a0');
    assert.equal(hex(namedBits([5, 6])), '03020106');
    assert.equal(hex(namedBits([8])), '0303070080');
  });

  test('UTCTime through 2049, GeneralizedTime from 2050, whole seconds', () => {
    assert.equal(time(new Date('2049-12-31T23:59:59.999Z')).toString('latin1').slice(2), '491231235959Z');
    assert.equal(time(new Date('2050-01-01T00:00:00Z')).toString('latin1').slice(2), '20500101000000Z');
    assert.equal(time(new Date('2050-01-01T00:00:00Z'))[0], 0x18);
  });

  test('IPv6 SAN octets name the same address as the text', () => {
    fc.assert(
      fc.property(fc.ipV6(), (address) => {
        const octets = ipAddressOctets(address);
        assert.equal(octets.length, 16);
        assert.equal(canonicalV6(octets), new URL(`http://[${address}]/`).hostname);
      }),
      { numRuns: 500 },
    );
  });

  test('IPv4 SAN octets', () => {
    fc.assert(
      fc.property(fc.ipV4(), (address) => {
        assert.equal([...ipAddressOctets(address)].join('.'), address);
      }),
    );
  });

  test('a certificate that node parses, with the key bits the SPKI holds', async () => {
    const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const spki = Buffer.from(await webcrypto.subtle.exportKey('spki', keys.publicKey));
    const raw = Buffer.from(await webcrypto.subtle.exportKey('raw', keys.publicKey));
    assert.deepEqual(subjectPublicKeyBits(spki), raw);
    const name = commonNameOnly('der test');
    const der = await signCertificate(
      {
        serialNumber: '01ff',
        issuer: name,
        subject: name,
        notBefore: new Date('2030-01-01T00:00:00Z'),
        notAfter: new Date('2051-06-01T12:00:00Z'),
        spki,
        extensions: [basicConstraints(true, 0)],
      },
      {
        key: keys.privateKey,
        params: { name: 'ECDSA', hash: 'SHA-256' },
        signatureOid: '1.2.840.10045.4.3.2',
        isRsa: false,
      },
    );
    const cert = new X509Certificate(pem(der, 'CERTIFICATE'));
    assert.equal(cert.subject, 'CN=der test');
    assert.equal(cert.serialNumber.toLowerCase(), '01ff');
    assert.equal(new Date(cert.validTo).toISOString(), '2051-06-01T12:00:00.000Z');
    assert.equal(cert.ca, true);
    assert.ok(cert.verify(cert.publicKey));
  });
});
