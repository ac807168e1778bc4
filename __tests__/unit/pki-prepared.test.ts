// A certificate set made in two steps: everything but the server certificate ahead, the server's
// signature once its names are known (mode dind learns the container's addresses at its start).
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { test } from 'node:test';
import { prepareCertificateSet } from '../../src/core/pki/index.js';

test('a prepared set finishes with a server certificate naming the names given last, signed by the same CA as the client', async () => {
  const prepared = await prepareCertificateSet({ serverSans: [{ type: 'dns', value: 'from-options' }] });
  const set = await prepared.finish([
    { type: 'ip', value: '10.213.0.2' },
    { type: 'dns', value: 'docker' },
  ]);
  const ca = new X509Certificate(set.caCertPem);
  const server = new X509Certificate(set.server.certPem);
  const client = new X509Certificate(set.client.certPem);
  assert.ok(server.verify(ca.publicKey), 'the server certificate is signed by the CA');
  assert.ok(client.verify(ca.publicKey), 'the client certificate is signed by the same CA');
  const names = server.subjectAltName ?? '';
  for (const name of [
    'DNS:localhost',
    'IP Address:127.0.0.1',
    'DNS:from-options',
    'IP Address:10.213.0.2',
    'DNS:docker',
  ])
    assert.ok(names.includes(name), `${name} in ${names}`);
  assert.equal(client.subjectAltName, undefined, 'the client certificate names no host');
  assert.deepEqual(
    set.serverSans.filter((san) => san.value === 'docker' || san.value === '10.213.0.2'),
    [
      { type: 'ip', value: '10.213.0.2' },
      { type: 'dns', value: 'docker' },
    ],
  );
});

test('a prepared set finishes once: the CA key is gone after the server certificate', async () => {
  const prepared = await prepareCertificateSet();
  await prepared.finish();
  await assert.rejects(prepared.finish([{ type: 'dns', value: 'another' }]), /finished: its CA key is gone/);
});

test("the server's side comes first, without the client's; the client's follows, of the same CA", async () => {
  const prepared = await prepareCertificateSet();
  const serverSide = await prepared.server([{ type: 'dns', value: 'first.test' }]);
  assert.equal('client' in serverSide, false, 'no client certificate in what the daemon gets');
  const ca = new X509Certificate(serverSide.caCertPem);
  const server = new X509Certificate(serverSide.server.certPem);
  assert.ok(server.verify(ca.publicKey));
  assert.match(server.subjectAltName ?? '', /DNS:first\.test/);
  const client = new X509Certificate((await prepared.client()).certPem);
  assert.ok(client.verify(ca.publicKey), 'the client certificate is signed by the same CA');
  assert.equal(await prepared.client(), await prepared.client(), 'one client certificate per set');
  await assert.rejects(prepared.server(), /finished: its CA key is gone/);
});

test("a client asked for first is issued at once; the server's still comes, of the same CA", async () => {
  const prepared = await prepareCertificateSet();
  const client = new X509Certificate((await prepared.client()).certPem);
  const serverSide = await prepared.server();
  assert.ok(client.verify(new X509Certificate(serverSide.caCertPem).publicKey));
  assert.notEqual(client.serialNumber, new X509Certificate(serverSide.server.certPem).serialNumber);
});
