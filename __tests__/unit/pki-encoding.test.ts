// What src/pki asks of @peculiar/x509, byte for byte where DER leaves no choice: the profile's
// extensions, the times, the key identifiers, the serials and the iPAddress octets. Each is checked
// against a reader or a computation of its own (Node's X509Certificate, KeyObject, the WHATWG URL
// parser), so that a slip cannot hide behind a reader that shares the library's mistake.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { KeyObject, X509Certificate, createHash, webcrypto } from 'node:crypto';
import { describe, test } from 'node:test';
import { createAuthority } from '../../src/core/pki/index.js';
import { loadX509 } from '../../src/core/pki/load-x509.js';
import { caExtensions, leafExtensions } from '../../src/core/pki/profile.js';
import { SERIAL_BYTES, serialFrom } from '../../src/core/pki/serial.js';
import { subjectAltNameExtension } from '../../src/core/pki/subject-alt-names.js';

const hex = (bytes: ArrayBuffer | Uint8Array): string => Buffer.from(bytes as ArrayBuffer).toString('hex');

/** The canonical text of 16 octets, through the WHATWG URL parser. */
function canonicalV6(octets: Buffer): string {
  const groups = Array.from({ length: 8 }, (_, i) => octets.readUInt16BE(2 * i).toString(16));
  return new URL(`http://[${groups.join(':')}]/`).hostname;
}

/** The contents of the one iPAddress entry of a SAN extension made for `address`. */
async function ipSanOctets(address: string): Promise<Buffer> {
  const x509 = await loadX509();
  const [name] = subjectAltNameExtension(x509, [{ type: 'ip', value: address }]).names.items;
  const der = Buffer.from(name.rawData);
  assert.equal(der[0], 0x87, 'iPAddress is [7] IMPLICIT OCTET STRING');
  assert.equal(der[1], der.length - 2);
  return der.subarray(2);
}

describe('the profile in DER', () => {
  test('extension values are exact: cA FALSE left out as DEFAULT, key usage bits without trailing zeros', async () => {
    const x509 = await loadX509();
    const values = (extensions: { rawData: ArrayBuffer }[]) => extensions.map((extension) => hex(extension.rawData));
    assert.deepEqual(values(caExtensions(x509)), [
      '30120603551d130101ff040830060101ff020100', // critical, CA:TRUE, pathlen 0
      '300e0603551d0f0101ff040403020106', // critical, keyCertSign cRLSign
    ]);
    const ecdsa = leafExtensions(x509, false);
    assert.deepEqual(values(ecdsa.server), [
      '300c0603551d130101ff04023000', // critical, CA:FALSE
      '300e0603551d0f0101ff040403020780', // critical, digitalSignature
      '30130603551d25040c300a06082b06010505070301', // serverAuth only
    ]);
    assert.equal(values(ecdsa.client)[2], '30130603551d25040c300a06082b06010505070302'); // clientAuth only
    assert.equal(values(leafExtensions(x509, true).server)[1], '300e0603551d0f0101ff0404030205a0'); // + keyEncipherment
  });

  test('UTCTime through 2049, GeneralizedTime from 2050, whole seconds', async () => {
    const authority = await createAuthority('ecdsa-p256', {
      notBefore: new Date('2049-12-31T23:59:59.999Z'),
      notAfter: new Date('2050-01-01T00:00:00Z'),
    });
    const der = new X509Certificate(authority.caCertPem).raw;
    const utc = Buffer.concat([Buffer.from([0x17, 13]), Buffer.from('491231235959Z', 'latin1')]);
    const generalized = Buffer.concat([Buffer.from([0x18, 15]), Buffer.from('20500101000000Z', 'latin1')]);
    assert.ok(der.includes(Buffer.concat([utc, generalized])), 'notBefore UTCTime, notAfter GeneralizedTime');
  });
});

describe('key identifiers', () => {
  for (const algorithm of ['ecdsa-p256', 'rsa-2048'] as const) {
    test(`${algorithm}: SKI is the SHA-1 of the subjectPublicKey bits (RFC 5280 4.2.1.2 method 1), AKI the CA's`, async () => {
      const window = { notBefore: new Date(Date.now() - 60_000), notAfter: new Date(Date.now() + 3_600_000) };
      const authority = await createAuthority(algorithm, window);
      const leaf = await authority.issue('client');
      const x509 = await loadX509();
      for (const certPem of [authority.caCertPem, leaf.certPem]) {
        const cert = new x509.X509Certificate(certPem);
        const key = new X509Certificate(certPem).publicKey;
        // The subjectPublicKey bits: RSAPublicKey (PKCS#1) for RSA, the uncompressed point for EC.
        const bits = algorithm === 'rsa-2048' ? key.export({ type: 'pkcs1', format: 'der' }) : await ecPoint(key);
        const ski = cert.getExtension(x509.SubjectKeyIdentifierExtension)!;
        assert.equal(ski.keyId, createHash('sha1').update(bits).digest('hex'));
      }
      const caKeyId = new x509.X509Certificate(authority.caCertPem).getExtension(x509.SubjectKeyIdentifierExtension)!;
      const aki = new x509.X509Certificate(leaf.certPem).getExtension(x509.AuthorityKeyIdentifierExtension)!;
      assert.equal(aki.keyId, caKeyId.keyId);
    });
  }
});

/** The uncompressed point of a P-256 public key. */
async function ecPoint(key: KeyObject): Promise<Buffer> {
  const spki = key.export({ type: 'spki', format: 'der' });
  const imported = await webcrypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true, []);
  return Buffer.from(await webcrypto.subtle.exportKey('raw', imported));
}

describe('serial numbers', () => {
  test('from any random bytes: 16 octets, top bit clear, first octet never 0x00', () => {
    const edges = [
      Buffer.alloc(SERIAL_BYTES),
      Buffer.alloc(SERIAL_BYTES, 0xff),
      Buffer.from([0x80, ...Array(15).fill(0)]),
    ];
    const random = fc.uint8Array({ minLength: SERIAL_BYTES, maxLength: SERIAL_BYTES });
    const check = (bytes: Uint8Array) => {
      const serial = serialFrom(bytes);
      assert.match(serial, /^[4-7][0-9a-f]{31}$/);
      assert.equal(serial.slice(2), hex(bytes.subarray(1)), 'only the first octet is touched');
    };
    edges.forEach(check);
    fc.assert(fc.property(random, check));
  });
});

describe('iPAddress octets', () => {
  test('IPv6: 16 octets naming the same address as the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.ipV6(), async (address) => {
        const octets = await ipSanOctets(address);
        assert.equal(octets.length, 16);
        assert.equal(canonicalV6(octets), new URL(`http://[${address}]/`).hostname);
      }),
      { numRuns: 500 },
    );
  });

  test('IPv4: 4 octets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.ipV4(), async (address) => {
        assert.equal([...(await ipSanOctets(address))].join('.'), address);
      }),
    );
  });

  test('an address that is not one is refused, not encoded as something else', async () => {
    for (const bad of ['fe80::1%eth0', '010.0.0.1', '::ffff:010.0.0.1', '1.2.3', 'fd00::5]']) {
      await assert.rejects(ipSanOctets(bad), /Not an IPv4 or IPv6 address/, bad);
    }
  });
});
