// The certificate work of a start on its own thread: the set, with the server's names given at the
// end, and the refusal proof's stranger.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { X509Certificate } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startCertificateWork, warmUpCertificateThread } from '../../src/lifecycle/certificate-thread.js';

test('the thread makes the set with the names given at the end, and a stranger of another CA', async () => {
  const work = startCertificateWork({ keyAlgorithm: 'ecdsa-p256' });
  try {
    const prepared = await work.prepared;
    const set = await prepared.finish([{ type: 'dns', value: 'late.example.test' }]);
    const server = new X509Certificate(set.server.certPem);
    assert.match(server.subjectAltName ?? '', /DNS:late\.example\.test/);
    const stranger = new X509Certificate((await work.stranger).certPem);
    assert.ok(!stranger.checkIssued(new X509Certificate(set.caCertPem)), 'the stranger is of another CA');
    // A client certificate (what the probe presents), short-lived, and not a CA itself.
    assert.deepEqual(stranger.keyUsage, ['1.3.6.1.5.5.7.3.2']);
    assert.equal(stranger.ca, false);
    const lifetimeMs = Date.parse(stranger.validTo) - Date.parse(stranger.validFrom);
    assert.ok(lifetimeMs <= 16 * 60_000, `lives ${lifetimeMs} ms: the probe's minutes, with the clock skew`);
  } finally {
    work.release();
  }
});

test("the thread sends the server's side first, then the client's of the same CA", async () => {
  const work = startCertificateWork({ keyAlgorithm: 'ecdsa-p256' });
  try {
    const prepared = await work.prepared;
    const serverSide = await prepared.server([{ type: 'ip', value: '10.213.0.1' }]);
    assert.equal('client' in serverSide, false);
    const ca = new X509Certificate(serverSide.caCertPem);
    assert.match(new X509Certificate(serverSide.server.certPem).subjectAltName ?? '', /IP Address:10\.213\.0\.1/);
    const client = new X509Certificate((await prepared.client()).certPem);
    assert.ok(client.verify(ca.publicKey), 'the client certificate is signed by the same CA');
    await assert.rejects(prepared.server(), /finished: its CA key is gone/);
  } finally {
    work.release();
  }
});

test('a thread warmed up before the start is the one the start uses, with the options it gets then', async () => {
  warmUpCertificateThread();
  const work = startCertificateWork({ keyAlgorithm: 'ecdsa-p384', serverSans: [{ type: 'dns', value: 'warm.test' }] });
  try {
    const set = await (await work.prepared).finish();
    assert.equal(set.keyAlgorithm, 'ecdsa-p384');
    const server = new X509Certificate(set.server.certPem);
    assert.match(server.subjectAltName ?? '', /DNS:warm\.test/);
    assert.equal(server.publicKey.asymmetricKeyDetails?.namedCurve, 'secp384r1');
  } finally {
    work.release();
  }
});

test('a thread released in the middle of its work ends on its own, and the process exits cleanly', async () => {
  // A failure is not certain on every run: before the fix, four of six such processes aborted
  // (SIGABRT, exit 134; 8 rounds on Node 24). After it, none may, and none did in eight.
  const script = fileURLToPath(new URL('./release-mid-work.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, '8'], {
    timeout: 60_000,
  });
  assert.match(stdout, /released 16 threads mid-work/);
});

test("on the thread too, a client asked for first comes at once; the server's still follows", async () => {
  const work = startCertificateWork({ keyAlgorithm: 'ecdsa-p256' });
  try {
    const prepared = await work.prepared;
    const client = new X509Certificate((await prepared.client()).certPem);
    const serverSide = await prepared.server([{ type: 'dns', value: 'after.test' }]);
    assert.match(new X509Certificate(serverSide.server.certPem).subjectAltName ?? '', /DNS:after\.test/);
    assert.ok(client.verify(new X509Certificate(serverSide.caCertPem).publicKey), 'the same CA');
  } finally {
    work.release();
  }
});
