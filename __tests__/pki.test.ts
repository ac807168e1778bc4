import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type CertificatePaths } from '../src/core/pki/layout.js';
import { writeCertificateSet } from '../src/host/cert-dir.js';
import { CLOCK_SKEW_MS, KEY_ALGORITHMS, type CertificateSet, createCertificateSet } from '../src/core/pki/index.js';
import { parseSanList } from '../src/core/san.js';

const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
};

const VALIDITY_MS = 3 * 3_600_000;
const USER_SANS = 'docker.example.com, 10.0.0.5, [fd00::5]';

/** The host name the server certificate should carry: only when it is a usable DNS name. */
function expectedHostnameSans(): string[] {
  const name = hostname().toLowerCase();
  return /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(name) && name !== 'localhost' ? [`dns:${name}`] : [];
}

const EXPECTED_SERVER_SANS = [
  'dns:localhost',
  'ip:127.0.0.1',
  'ip:::1',
  ...expectedHostnameSans(),
  'dns:docker.example.com',
  'ip:10.0.0.5',
  'ip:fd00::5',
];

const EXPECTED_KEY = {
  'ecdsa-p256': { type: 'ec', namedCurve: 'prime256v1', hash: 'SHA-256', signature: 'ECDSA' },
  'ecdsa-p384': { type: 'ec', namedCurve: 'secp384r1', hash: 'SHA-384', signature: 'ECDSA' },
  'rsa-2048': { type: 'rsa', modulusLength: 2048, hash: 'SHA-256', signature: 'RSASSA-PKCS1-v1_5' },
  'rsa-3072': { type: 'rsa', modulusLength: 3072, hash: 'SHA-256', signature: 'RSASSA-PKCS1-v1_5' },
  'rsa-4096': { type: 'rsa', modulusLength: 4096, hash: 'SHA-256', signature: 'RSASSA-PKCS1-v1_5' },
} as const;

const PEM_KEY = /^-----BEGIN PRIVATE KEY-----\n(?:[A-Za-z0-9+/=]{1,64}\n)+-----END PRIVATE KEY-----\n$/;

function spki(key: Parameters<typeof createPublicKey>[0]): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

function ext<T extends x509.Extension>(cert: x509.X509Certificate, type: new (raw: BufferSource) => T): T {
  const found = cert.getExtension(type);
  assert.ok(found, `extension ${type.name} missing`);
  return found;
}

function openssl(args: string[]): string {
  return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-test-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

for (const algorithm of KEY_ALGORITHMS) {
  describe(`certificate set (${algorithm})`, () => {
    const isRsa = algorithm.startsWith('rsa');
    let set: CertificateSet;
    let paths: CertificatePaths;
    let startedAt: number;
    let finishedAt: number;
    let ca: x509.X509Certificate;
    let server: x509.X509Certificate;
    let client: x509.X509Certificate;
    let nodeCa: X509Certificate;
    let nodeServer: X509Certificate;
    let nodeClient: X509Certificate;

    before(async () => {
      startedAt = Date.now();
      set = await createCertificateSet({
        keyAlgorithm: algorithm,
        validityMs: VALIDITY_MS,
        serverSans: parseSanList(USER_SANS, 'tls-san'),
      });
      finishedAt = Date.now();
      paths = await writeCertificateSet(join(tempRoot, algorithm), set);
      ca = new x509.X509Certificate(readFileSync(paths.serverCa, 'utf8'));
      server = new x509.X509Certificate(readFileSync(paths.serverCert, 'utf8'));
      client = new x509.X509Certificate(readFileSync(paths.clientCert, 'utf8'));
      nodeCa = new X509Certificate(readFileSync(paths.serverCa));
      nodeServer = new X509Certificate(readFileSync(paths.serverCert));
      nodeClient = new X509Certificate(readFileSync(paths.clientCert));
    });

    test('openssl verify -x509_strict accepts server and client against ca.pem, for their purpose', () => {
      for (const [cert, purpose] of [
        [paths.serverCert, 'sslserver'],
        [paths.clientCert, 'sslclient'],
      ]) {
        const output = openssl(['verify', '-x509_strict', '-purpose', purpose, '-CAfile', paths.serverCa, cert]);
        assert.equal(output.trim(), `${cert}: OK`);
      }
      // The wrong purpose is refused: the EKUs really restrict each certificate.
      assert.throws(() =>
        openssl(['verify', '-x509_strict', '-purpose', 'sslclient', '-CAfile', paths.serverCa, paths.serverCert]),
      );
      assert.throws(() =>
        openssl(['verify', '-x509_strict', '-purpose', 'sslserver', '-CAfile', paths.serverCa, paths.clientCert]),
      );
    });

    test('both directories carry the same CA, the one of the set', () => {
      assert.equal(readFileSync(paths.serverCa, 'utf8'), set.caCertPem);
      assert.equal(readFileSync(paths.clientCa, 'utf8'), set.caCertPem);
      assert.equal(readFileSync(paths.serverCert, 'utf8'), set.server.certPem);
      assert.equal(readFileSync(paths.clientCert, 'utf8'), set.client.certPem);
    });

    test('CA: self-signed, CA:TRUE pathlen 0 critical, keyCertSign|cRLSign critical, SKI, nothing else', async () => {
      assert.deepEqual(
        [...ca.extensions].map((e) => e.type),
        [OID.basicConstraints, OID.keyUsage, OID.subjectKeyId],
      );
      const bc = ext(ca, x509.BasicConstraintsExtension);
      assert.equal(bc.critical, true);
      assert.equal(bc.ca, true);
      assert.equal(bc.pathLength, 0);
      const ku = ext(ca, x509.KeyUsagesExtension);
      assert.equal(ku.critical, true);
      assert.equal(ku.usages, x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign);
      const ski = ext(ca, x509.SubjectKeyIdentifierExtension);
      assert.equal(ski.critical, false);
      assert.match(ski.keyId, /^[0-9a-f]{40}$/);
      assert.equal(ca.subject, ca.issuer);
      assert.ok(await ca.verify({ signatureOnly: true }));
      // Node's own parser agrees.
      assert.equal(nodeCa.ca, true);
      assert.equal(nodeCa.keyUsage, undefined, 'no EKU on the CA');
      assert.equal(nodeCa.subjectAltName, undefined);
      assert.ok(nodeCa.checkIssued(nodeCa));
      assert.ok(nodeCa.verify(nodeCa.publicKey));
    });

    for (const role of ['server', 'client'] as const) {
      test(`${role}: extensions exactly the ${role} profile`, () => {
        const cert = role === 'server' ? server : client;
        const nodeCert = role === 'server' ? nodeServer : nodeClient;
        assert.deepEqual(
          [...cert.extensions].map((e) => e.type),
          [
            OID.basicConstraints,
            OID.keyUsage,
            OID.extKeyUsage,
            OID.subjectKeyId,
            OID.authorityKeyId,
            ...(role === 'server' ? [OID.subjectAltName] : []),
          ],
        );
        const bc = ext(cert, x509.BasicConstraintsExtension);
        assert.equal(bc.critical, true);
        assert.equal(bc.ca, false);
        assert.equal(bc.pathLength, undefined);
        const ku = ext(cert, x509.KeyUsagesExtension);
        assert.equal(ku.critical, true);
        assert.equal(
          ku.usages,
          isRsa
            ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment
            : x509.KeyUsageFlags.digitalSignature,
        );
        const eku = ext(cert, x509.ExtendedKeyUsageExtension);
        const expectedEku = role === 'server' ? OID.serverAuth : OID.clientAuth;
        assert.deepEqual([...eku.usages], [expectedEku]);
        assert.deepEqual(nodeCert.keyUsage, [expectedEku]);
        assert.equal(nodeCert.ca, false);

        const ski = ext(cert, x509.SubjectKeyIdentifierExtension);
        assert.match(ski.keyId, /^[0-9a-f]{40}$/);
        assert.notEqual(ski.keyId, ext(ca, x509.SubjectKeyIdentifierExtension).keyId);
        const aki = ext(cert, x509.AuthorityKeyIdentifierExtension);
        assert.equal(aki.keyId, ext(ca, x509.SubjectKeyIdentifierExtension).keyId);
        assert.equal(aki.certId, undefined);

        if (role === 'server') {
          const san = ext(cert, x509.SubjectAlternativeNameExtension);
          assert.equal(san.critical, false);
          assert.deepEqual(
            san.names.items.map((name) => `${name.type}:${name.value}`),
            EXPECTED_SERVER_SANS,
          );
          assert.equal(
            nodeCert.subjectAltName,
            [
              'DNS:localhost',
              'IP Address:127.0.0.1',
              'IP Address:0:0:0:0:0:0:0:1',
              ...expectedHostnameSans().map((name) => `DNS:${name.slice(4)}`),
              'DNS:docker.example.com',
              'IP Address:10.0.0.5',
              'IP Address:FD00:0:0:0:0:0:0:5',
            ].join(', '),
          );
          assert.deepEqual(
            set.serverSans.map((name) => `${name.type}:${name.value}`),
            EXPECTED_SERVER_SANS,
          );
        } else {
          assert.equal(nodeCert.subjectAltName, undefined);
        }
      });

      test(`${role}: issued and signed by the CA with the expected algorithm`, async () => {
        const cert = role === 'server' ? server : client;
        const nodeCert = role === 'server' ? nodeServer : nodeClient;
        assert.equal(cert.issuer, ca.subject);
        assert.ok(nodeCert.checkIssued(nodeCa));
        assert.ok(nodeCert.verify(nodeCa.publicKey));
        assert.ok(!nodeCert.verify(nodeCert.publicKey), 'not self-signed');
        assert.ok(await cert.verify({ publicKey: ca.publicKey, signatureOnly: true }));
        const expected = EXPECTED_KEY[algorithm];
        const signature = cert.signatureAlgorithm as { name: string; hash?: { name: string } };
        assert.equal(signature.name, expected.signature);
        assert.equal(signature.hash?.name, expected.hash);
      });

      test(`${role}: key.pem is one unencrypted PKCS#8 PRIVATE KEY block matching cert.pem`, () => {
        const keyPath = role === 'server' ? paths.serverKey : paths.clientKey;
        const pem = readFileSync(keyPath, 'utf8');
        assert.match(pem, PEM_KEY);
        assert.equal(pem.match(/-----BEGIN /g)?.length, 1);
        assert.doesNotMatch(pem, /ENCRYPTED|Proc-Type|DEK-Info/);
        const key = createPrivateKey(pem); // would throw if a passphrase were needed
        const body = Buffer.from(pem.replace(/-----[A-Z ]+-----|\n/g, ''), 'base64');
        assert.deepEqual(key.export({ type: 'pkcs8', format: 'der' }), body, 'the block is PKCS#8 as is');
        const expected = EXPECTED_KEY[algorithm];
        assert.equal(key.asymmetricKeyType, expected.type);
        if ('namedCurve' in expected) assert.equal(key.asymmetricKeyDetails?.namedCurve, expected.namedCurve);
        else assert.equal(key.asymmetricKeyDetails?.modulusLength, expected.modulusLength);
        const nodeCert = role === 'server' ? nodeServer : nodeClient;
        assert.deepEqual(spki(key), nodeCert.publicKey.export({ type: 'spki', format: 'der' }));
        assert.ok(nodeCert.checkPrivateKey(key));
        // openssl reads it without a passphrase prompt (stdin closed).
        openssl(['pkey', '-in', keyPath, '-noout', '-passin', 'pass:']);
      });
    }

    test('serial numbers are positive, 16 bytes at most, and distinct', () => {
      const serials = [ca, server, client].map((cert) => cert.serialNumber);
      for (const serial of serials) {
        assert.match(serial, /^[0-9a-f]+$/);
        assert.ok(serial.length <= 40, 'at most 20 octets');
        assert.ok(parseInt(serial.slice(0, 2), 16) < 0x80, `serial ${serial} would be negative in DER`);
        assert.ok(BigInt(`0x${serial}`) > 0n);
      }
      assert.equal(new Set(serials).size, 3);
      assert.deepEqual(
        [nodeCa, nodeServer, nodeClient].map((cert) => cert.serialNumber.toLowerCase()),
        serials,
      );
      assert.equal(set.server.serialNumber, server.serialNumber);
      assert.equal(set.client.serialNumber, client.serialNumber);
    });

    test('validity: notBefore ≈ now - 5 min, notAfter ≈ now + validity, same window on all three', () => {
      // Certificate times have one-second resolution.
      const slack = 1000;
      for (const cert of [ca, server, client]) {
        const notBefore = cert.notBefore.getTime();
        const notAfter = cert.notAfter.getTime();
        assert.ok(notBefore >= startedAt - CLOCK_SKEW_MS - slack, `notBefore ${cert.notBefore.toISOString()}`);
        assert.ok(notBefore <= finishedAt - CLOCK_SKEW_MS, `notBefore ${cert.notBefore.toISOString()}`);
        assert.ok(notAfter >= startedAt + VALIDITY_MS - slack, `notAfter ${cert.notAfter.toISOString()}`);
        assert.ok(notAfter <= finishedAt + VALIDITY_MS, `notAfter ${cert.notAfter.toISOString()}`);
      }
      assert.equal(CLOCK_SKEW_MS, 5 * 60_000);
      assert.equal(server.notAfter.getTime(), ca.notAfter.getTime());
      assert.equal(client.notBefore.getTime(), ca.notBefore.getTime());
      assert.equal(Math.floor(set.notAfter.getTime() / 1000) * 1000, server.notAfter.getTime());
    });

    test('fingerprints in the result are the SHA-256 of the written certificates', () => {
      assert.equal(set.caFingerprint, nodeCa.fingerprint256);
      assert.equal(set.server.fingerprint, nodeServer.fingerprint256);
      assert.equal(set.client.fingerprint, nodeClient.fingerprint256);
    });
  });
}
