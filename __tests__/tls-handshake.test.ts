import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import tls from 'node:tls';
import { type CertificateSet, createCertificateSet } from '../src/core/pki/index.js';

/** What the server saw of one connection. Attempts run one at a time, each on an idle server. */
interface ServerView {
  /** `tlsClientError`: code, message and the chain verification result, if any. */
  errors: string[];
  accepted?: { fingerprint: string; authorized: boolean };
}

/** What one client connection ended with, seen from both ends. */
interface Outcome {
  reply?: string;
  clientError?: NodeJS.ErrnoException;
  timedOut: boolean;
  server: ServerView;
}

/** A refusal must come as a TLS error or close well before this; reaching it fails the test. */
const ATTEMPT_TIMEOUT_MS = 5000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mutual TLS with the generated certificates', () => {
  let set: CertificateSet;
  let other: CertificateSet;
  let server: tls.Server;
  let port: number;
  let view: ServerView = { errors: [] };
  const openConnections = () =>
    new Promise<number>((resolve, reject) =>
      server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
    );
  async function untilIdle(): Promise<void> {
    for (let i = 0; i < 200 && (await openConnections()) > 0; i++) await delay(10);
    assert.equal(await openConnections(), 0, 'the server closed every earlier connection');
  }

  before(async () => {
    [set, other] = await Promise.all([createCertificateSet(), createCertificateSet()]);
    server = tls.createServer(
      {
        cert: set.server.certPem,
        key: set.server.keyPem,
        ca: set.caCertPem,
        requestCert: true,
        rejectUnauthorized: true,
      },
      (socket) => {
        view.accepted = {
          fingerprint: socket.getPeerCertificate().fingerprint256,
          authorized: socket.authorized,
        };
        socket.on('data', (data) => socket.end(`pong:${data.toString()}`));
        socket.on('error', () => {});
      },
    );
    server.on('tlsClientError', (error: NodeJS.ErrnoException, socket: tls.TLSSocket) => {
      view.errors.push(`${error.code} ${error.message} ${socket.authorizationError ?? ''}`);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });

  after(async () => {
    server.close();
    await once(server, 'close');
  });

  /**
   * Connects, sends "ping" once the client side thinks the handshake is done, and waits for the
   * reply, an error or a close. With TLS 1.3 the client finishes its handshake before the server
   * has checked the client certificate, so a refusal only shows on the first read.
   */
  async function attempt(options: tls.ConnectionOptions): Promise<Outcome> {
    await untilIdle();
    view = { errors: [] };
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ca: set.caCertPem, ...options });
    let reply = '';
    let clientError: NodeJS.ErrnoException | undefined;
    let timedOut = false;
    const finished = new Promise<void>((resolve) => {
      socket.on('secureConnect', () => socket.write('ping'));
      socket.on('data', (data) => (reply += data.toString()));
      socket.on('error', (error: NodeJS.ErrnoException) => (clientError = error));
      socket.on('close', () => resolve());
    });
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, ATTEMPT_TIMEOUT_MS);
    await finished;
    clearTimeout(timer);
    // The server's side of the story may trail the client's by a tick.
    await untilIdle();
    for (let i = 0; i < 50 && view.errors.length === 0 && !view.accepted; i++) await delay(10);
    return { reply: reply || undefined, clientError, timedOut, server: view };
  }

  function assertRefused(outcome: Outcome, serverReason: RegExp, clientReason?: RegExp): void {
    assert.equal(outcome.timedOut, false, 'refused promptly, not by a timeout');
    assert.equal(outcome.reply, undefined, 'no application data may pass');
    assert.equal(outcome.server.accepted, undefined, 'the server must not accept the connection');
    assert.equal(outcome.server.errors.length, 1, `one tlsClientError: ${outcome.server.errors.join(' | ')}`);
    assert.match(outcome.server.errors[0], serverReason);
    if (clientReason) {
      assert.ok(outcome.clientError, 'the client sees the alert as an error');
      assert.match(`${outcome.clientError.code} ${outcome.clientError.message}`, clientReason);
    }
  }

  test('accepts the client certificate of the set and exchanges data', async () => {
    const outcome = await attempt({ cert: set.client.certPem, key: set.client.keyPem });
    assert.equal(outcome.timedOut, false);
    assert.equal(outcome.clientError, undefined);
    assert.deepEqual(outcome.server.errors, []);
    assert.equal(outcome.reply, 'pong:ping');
    assert.deepEqual(outcome.server.accepted, { fingerprint: set.client.fingerprint, authorized: true });
  });

  test('the client verifies the server certificate for localhost against the CA', async () => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      ca: set.caCertPem,
      cert: set.client.certPem,
      key: set.client.keyPem,
    });
    await once(socket, 'secureConnect');
    assert.equal(socket.authorized, true);
    assert.equal(socket.getPeerCertificate().fingerprint256, set.server.fingerprint);
    let reply = '';
    socket.on('data', (data) => (reply += data.toString()));
    socket.end('bye');
    await once(socket, 'close');
    assert.equal(reply, 'pong:bye');
  });

  test('a client trusting another CA refuses our server', async () => {
    const outcome = await attempt({ ca: other.caCertPem, cert: other.client.certPem, key: other.client.keyPem });
    assert.equal(outcome.timedOut, false);
    assert.equal(outcome.reply, undefined);
    assert.match(String(outcome.clientError?.code), /UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|UNABLE_TO_GET_ISSUER/);
  });

  for (const version of ['TLSv1.3', 'TLSv1.2'] as const) {
    describe(`refusals over ${version}`, () => {
      const pinned = { minVersion: version, maxVersion: version };

      test('refuses a connection without a client certificate, with an alert', async () => {
        const outcome = await attempt({ ...pinned });
        assertRefused(
          outcome,
          /PEER_DID_NOT_RETURN_A_CERTIFICATE|did not return a certificate/i,
          version === 'TLSv1.3' ? /ALERT_CERTIFICATE_REQUIRED|certificate required/i : /ALERT_HANDSHAKE_FAILURE/i,
        );
      });

      // Node's server verifies the client's chain itself after the OpenSSL handshake and, with
      // rejectUnauthorized, drops the connection without an alert; the reason is the socket's
      // authorizationError, which the server's tlsClientError carries here.
      test('refuses a client certificate from another CA', async () => {
        const outcome = await attempt({ ...pinned, cert: other.client.certPem, key: other.client.keyPem });
        assertRefused(
          outcome,
          /UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT|unknown ca/i,
          version === 'TLSv1.2' ? /ECONNRESET|UNKNOWN_CA/ : undefined,
        );
      });

      test('refuses the server certificate used as a client certificate (EKU serverAuth only)', async () => {
        const outcome = await attempt({ ...pinned, cert: set.server.certPem, key: set.server.keyPem });
        assertRefused(
          outcome,
          /INVALID_PURPOSE|unsupported certificate/i,
          version === 'TLSv1.2' ? /ECONNRESET|UNSUPPORTED_CERTIFICATE/ : undefined,
        );
      });
    });
  }
});
