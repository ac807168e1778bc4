// The readiness probe against a TLS server whose certificate does not name the address it is asked
// at: the start fails at once (not at the start-up timeout) with the name used, the names the
// certificate has and the input that adds one. And the names the bind address puts in the server
// certificate. No root, no daemon: a Node https server on loopback stands in for dockerd.
import assert from 'node:assert/strict';
import { endpointOf, bindAddressSans } from '../../src/core/endpoint.js';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { networkInterfaces } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { DockerTlsError } from '../../src/core/errors.js';
import { type LaunchedDaemon } from '../../src/engines/engine.js';
import { clientContext } from '../../src/core/probes.js';
import { waitUntilReady } from '../../src/lifecycle/readiness.js';
import { type CertificateSet, createCertificateSet } from '../../src/core/pki/index.js';

function fakeDaemon(): LaunchedDaemon {
  return {
    name: 'dockerd',
    launchedAt: performance.now(),
    exitReason: () => undefined,
    explainFailure: async () => '',
    ready: async () => ({}),
  };
}

describe('readiness against a certificate that lacks the name used', () => {
  let set: CertificateSet;
  let server: ReturnType<typeof createServer>;
  let port: number;

  before(async () => {
    // Names only a DNS name: 127.0.0.1, the address the probe uses, is not in it.
    set = await createCertificateSet({
      serverSans: [{ type: 'dns', value: 'daemon.example.test' }],
      onlyGivenSans: true,
    });
    server = createServer(
      { key: set.server.keyPem, cert: set.server.certPem, ca: set.caCertPem, requestCert: true },
      (_req, res) => res.end('OK'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  after(() => server.close());

  test('fails at once with the name used, the names the certificate has and the input that adds one', async () => {
    const started = performance.now();
    const error = await waitUntilReady({
      daemon: fakeDaemon(),
      endpoint: endpointOf('127.0.0.1', port),
      tls: clientContext({ ca: set.caCertPem, cert: set.client.certPem, key: set.client.keyPem }),
      timeoutMs: 30_000,
      timeoutOption: 'startup-timeout',
      sansOption: 'tls-san',
    }).then(
      () => assert.fail('readiness succeeded against a certificate without the name'),
      (caught: unknown) => caught,
    );
    const elapsed = performance.now() - started;
    assert.ok(error instanceof DockerTlsError, String(error));
    assert.ok(elapsed < 10_000, `failed after ${Math.round(elapsed)} ms, long before the 30 s timeout`);
    assert.match(error.message, /does not name 127\.0\.0\.1/);
    assert.match(error.message, /DNS:daemon\.example\.test/);
    assert.match(error.hint ?? '', /Add 127\.0\.0\.1 to tls-san/);
    assert.doesNotMatch(`${error.message} ${error.hint}`, /startup-timeout/);
  });

  test('a certificate that names the address is ready', async () => {
    const good = await createCertificateSet({ serverSans: [{ type: 'ip', value: '127.0.0.1' }], onlyGivenSans: true });
    const named = createServer(
      { key: good.server.keyPem, cert: good.server.certPem, ca: good.caCertPem, requestCert: true },
      (_req, res) => res.end('OK'),
    );
    await new Promise<void>((resolve) => named.listen(0, '127.0.0.1', resolve));
    try {
      await waitUntilReady({
        daemon: fakeDaemon(),
        endpoint: endpointOf('127.0.0.1', (named.address() as AddressInfo).port),
        tls: clientContext({ ca: good.caCertPem, cert: good.client.certPem, key: good.client.keyPem }),
        timeoutMs: 10_000,
        timeoutOption: 'startup-timeout',
        sansOption: 'tls-san',
      });
    } finally {
      named.close();
    }
  });
});

describe('names of the bind address in the server certificate', () => {
  const interfaces = {
    lo: [
      { address: '127.0.0.1', family: 'IPv4' },
      { address: '::1', family: 'IPv6' },
    ],
    eth0: [
      { address: '10.1.0.4', family: 'IPv4' },
      { address: 'fe80::1', family: 'IPv6' },
      { address: '2001:db8::4', family: 'IPv6' },
    ],
    'dtls-1a2b3c4d': [{ address: '10.213.16.1', family: 'IPv4' }],
  } as unknown as ReturnType<typeof networkInterfaces>;

  test('a concrete address is named itself, and only itself', () => {
    assert.deepEqual(bindAddressSans('10.1.0.4', interfaces), [{ type: 'ip', value: '10.1.0.4' }]);
    assert.deepEqual(bindAddressSans('2001:db8::4', interfaces), [{ type: 'ip', value: '2001:db8::4' }]);
  });

  for (const wildcard of ['0.0.0.0', '::']) {
    test(`${wildcard}: every interface address but link-local IPv6`, () => {
      assert.deepEqual(
        bindAddressSans(wildcard, interfaces).map((san) => san.value),
        ['127.0.0.1', '::1', '10.1.0.4', '2001:db8::4', '10.213.16.1'],
      );
    });
  }
});
