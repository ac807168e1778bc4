// IP addresses in the server certificate's SANs, read back by OpenSSL and used by a TLS client:
// each must name the address as it was written, in every IPv6 spelling. @peculiar/x509 2.2 reads
// the dotted quad of an IPv6 address as one hex group (`::ffff:10.0.0.1` became
// 0:0:0:0:0:0:ffff:10, that is ::255.255.0.16; `::1.2.3.4` became ::1): these tests failed on that
// before src/pki gave it normalised addresses.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { checkServerIdentity, connect, createServer } from 'node:tls';
import { describe, test } from 'node:test';
import { type CertificateSet, createCertificateSet } from '../src/core/pki/index.js';
import { parseSanList } from '../src/core/san.js';

/** An address's canonical text by the WHATWG URL parser: independent of ipaddr.js and of the library. */
function canonical(address: string): string {
  return address.includes(':') ? new URL(`http://[${address}]/`).hostname : address;
}

/** The iPAddress SANs as `openssl x509 -text` prints them, in order. */
function opensslIpSans(certPem: string): string[] {
  const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: certPem, encoding: 'utf8' });
  return [...text.matchAll(/IP Address:([0-9A-Fa-f:.]+)/g)].map((match) => match[1]);
}

function serverNaming(sans: string): Promise<CertificateSet> {
  return createCertificateSet({ onlyGivenSans: true, serverSans: parseSanList(sans, 'tls-san') });
}

describe('IP address SANs', () => {
  test('an IPv4-mapped IPv6 address comes out as written: openssl reads ::ffff:10.0.0.1', async () => {
    const set = await serverNaming('::ffff:10.0.0.1');
    const [shown] = opensslIpSans(set.server.certPem);
    assert.equal(canonical(shown), canonical('::ffff:10.0.0.1'), `openssl shows ${shown}`);
    assert.equal(canonical(shown), '[::ffff:a00:1]');
  });

  test('every IPv6 spelling comes out as the address written (openssl -text)', async () => {
    const written = [
      '::1',
      '::',
      'fd00::5',
      '[fd00::6]',
      'IP:fd00:0:0:0:0:0:0:7',
      'fd00:0000:0000:0000:0000:0000:0000:0008',
      'FD00::9',
      '2001:db8::1:0:0:1',
      '::ffff:192.168.1.2',
      '::1.2.3.4',
      '64:ff9b::192.0.2.1',
      '1:2:3:4:5:6:7.8.9.10',
      '10.0.0.5',
    ];
    const set = await serverNaming(written.join(', '));
    const expected = parseSanList(written.join(', '), 'tls-san').map((san) => canonical(san.value));
    assert.deepEqual(opensslIpSans(set.server.certPem).map(canonical), expected);
    // Node's parser agrees, in its own spelling.
    const node = new X509Certificate(set.server.certPem).subjectAltName ?? '';
    const nodeIps = [...node.matchAll(/IP Address:([^,]+)/g)].map((match) => canonical(match[1]));
    assert.deepEqual(nodeIps, expected);
  });

  test('a TLS client connecting to ::ffff:127.0.0.1 accepts the certificate for that address', async () => {
    const set = await serverNaming('::ffff:127.0.0.1');
    const cert = new X509Certificate(set.server.certPem);
    // The check can fail: another mapped address is refused by the same certificate.
    assert.ok(checkServerIdentity('::ffff:127.0.0.2', { subjectaltname: cert.subjectAltName } as never));
    const server = createServer({ cert: set.server.certPem, key: set.server.keyPem }, (socket) => socket.end('ok'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const client = connect({ host: '::ffff:127.0.0.1', port, ca: set.caCertPem });
      const [error] = await Promise.race([
        once(client, 'secureConnect').then(() => [undefined]),
        once(client, 'error'),
      ]);
      const remoteAddress = client.remoteAddress;
      client.destroy();
      assert.equal(error, undefined, `the client refused the certificate: ${String(error)}`);
      assert.equal(remoteAddress, '::ffff:127.0.0.1', 'the client went to the mapped address');
    } finally {
      server.close();
    }
  });
});
