// The refusal proof must see the daemon refuse (issue 12, item 4): an alert or a close after the
// handshake began, an HTTP 400 to plain HTTP. A refused connection, our own verification error or
// any HTTP answer over TLS proves nothing; a client certificate of a foreign CA must be refused too.
import assert from 'node:assert/strict';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { type Server, createServer as createTlsServer } from 'node:tls';
import { after, before, describe, test } from 'node:test';
import {
  judgePlainRefusal,
  judgeTlsRefusal,
  probePlainHttp,
  probeWithForeignClientCert,
  probeWithoutClientCert,
} from '../../src/core/probes.js';
import { proveRefusals } from '../../src/lifecycle/refusal.js';
import { endpointOf } from '../../src/core/endpoint.js';
import { type CertificateSet, createCertificateSet } from '../../src/core/pki/index.js';

const quiet = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  group: async <T>(_: string, body: () => Promise<T>) => body(),
};
const errorWith = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('judging an exchange', () => {
  test('TLS: an alert from the server or a close after connecting is a refusal', () => {
    const alert = errorWith(
      'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
      'ssl3_read_bytes:tlsv13 alert certificate required',
    );
    assert.deepEqual(judgeTlsRefusal({ response: '', error: alert, connected: true }), {
      refused: true,
      detail: 'TLS alert "certificate required"',
    });
    assert.equal(judgeTlsRefusal({ response: '', connected: true }).refused, true);
    assert.equal(
      judgeTlsRefusal({ response: '', error: errorWith('ECONNRESET', 'read ECONNRESET'), connected: true }).refused,
      true,
    );
  });

  test('TLS: no connection, our own verification error, or any HTTP answer proves nothing', () => {
    const cases = [
      { response: '', error: errorWith('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'), connected: false },
      {
        response: '',
        error: errorWith('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'),
        connected: true,
      },
      {
        response: '',
        error: errorWith('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"),
        connected: true,
      },
      { response: 'HTTP/1.1 200 OK\r\n', connected: true },
      { response: 'HTTP/1.1 401 Unauthorized\r\n', connected: true },
    ];
    for (const exchange of cases) assert.equal(judgeTlsRefusal(exchange).refused, false, JSON.stringify(exchange));
  });

  test('plain HTTP: only an HTTP 400 is a refusal', () => {
    assert.equal(judgePlainRefusal({ response: 'HTTP/1.0 400 Bad Request\r\n', connected: true }).refused, true);
    assert.equal(judgePlainRefusal({ response: 'HTTP/1.1 200 OK\r\n', connected: true }).refused, false);
    assert.equal(judgePlainRefusal({ response: '', connected: true }).refused, false);
    assert.equal(
      judgePlainRefusal({ response: '', error: errorWith('ECONNREFUSED', 'refused'), connected: false }).refused,
      false,
    );
  });
});

/** A TLS server with our server certificate that asks for client certificates of `trusted`, or none. */
function tlsServer(set: CertificateSet, trusted: string | undefined): Promise<Server> {
  const server = createTlsServer(
    {
      cert: set.server.certPem,
      key: set.server.keyPem,
      ca: trusted,
      requestCert: trusted !== undefined,
      rejectUnauthorized: trusted !== undefined,
    },
    (socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK'));
      socket.on('error', () => undefined);
    },
  );
  // What Go's TLS server does with a plain HTTP request.
  server.on('tlsClientError', (_error, socket) => socket.destroy());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const portOf = (server: { address(): AddressInfo | string | null }) => (server.address() as AddressInfo).port;

describe('probes against real sockets', () => {
  let ours: CertificateSet;
  let other: CertificateSet;
  let strict: Server;
  let open: Server;
  before(async () => {
    [ours, other] = await Promise.all([createCertificateSet(), createCertificateSet()]);
    strict = await tlsServer(ours, ours.caCertPem);
    open = await tlsServer(ours, undefined);
  });
  after(() => {
    strict.close();
    open.close();
  });

  test('a server that requires our client certificates refuses no certificate and a foreign one', async () => {
    assert.equal((await probeWithoutClientCert('127.0.0.1', portOf(strict), ours.caCertPem, 4000)).refused, true);
    const foreign = { cert: other.client.certPem, key: other.client.keyPem };
    assert.equal(
      (await probeWithForeignClientCert('127.0.0.1', portOf(strict), ours.caCertPem, foreign, 4000)).refused,
      true,
    );
  });

  test('a server that takes any client is not refusing', async () => {
    assert.equal((await probeWithoutClientCert('127.0.0.1', portOf(open), ours.caCertPem, 4000)).refused, false);
  });

  test('nothing listening is no proof', async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = portOf(probe);
    await new Promise((resolve) => probe.close(resolve));
    assert.equal((await probeWithoutClientCert('127.0.0.1', port, ours.caCertPem, 4000)).refused, false);
    assert.equal((await probePlainHttp('127.0.0.1', port, 4000)).refused, false);
  });

  test('our own failure to verify the server (another CA) is no proof', async () => {
    assert.equal((await probeWithoutClientCert('127.0.0.1', portOf(strict), other.caCertPem, 4000)).refused, false);
  });

  test('proveRefusals fails on a server trusting another CA than ours, or presenting another certificate', async () => {
    // It refuses strangers, but trusts the other CA: our client would be refused, a foreign one let in.
    const wrongTrust = await tlsServer(ours, other.caCertPem);
    try {
      await assert.rejects(
        proveRefusals(endpointOf('127.0.0.1', portOf(wrongTrust)), ours, quiet),
        /Could not prove .*a client certificate of our CA, which must be let in: (refused it|the connection closed)/,
      );
    } finally {
      wrongTrust.close();
    }
  });
});
