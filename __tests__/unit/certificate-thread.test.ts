// The certificate work of a start on its own thread: the set, with the server's names given at the
// end, and the refusal proof's stranger.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { X509Certificate } from 'node:crypto';
import { startCertificateWork } from '../../src/lifecycle/certificate-thread.js';

test('the thread makes the set with the names given at the end, and a stranger of another CA', async () => {
  const work = startCertificateWork({ keyAlgorithm: 'ecdsa-p256' });
  try {
    const prepared = await work.prepared;
    const set = await prepared.finish([{ type: 'dns', value: 'late.example.test' }]);
    const server = new X509Certificate(set.server.certPem);
    assert.match(server.subjectAltName ?? '', /DNS:late\.example\.test/);
    const stranger = new X509Certificate((await work.stranger).certPem);
    assert.ok(!stranger.checkIssued(new X509Certificate(set.caCertPem)), 'the stranger is of another CA');
  } finally {
    work.release();
  }
});
