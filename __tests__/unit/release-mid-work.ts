// Run as a process of its own by certificate-thread.test.ts: certificate threads released in the
// middle of their work, again and again. Released right after the set, a thread is making the
// stranger's keys; released a few milliseconds after the options, the CA's. A thread terminated
// then aborted the whole process (Node asserts when a key generation ends in a dying thread).
import { startCertificateWork } from '../../src/lifecycle/certificate-thread.js';

const rounds = Number(process.argv[2] ?? 20);
for (let round = 0; round < rounds; round += 1) {
  const work = startCertificateWork({ keyAlgorithm: 'ecdsa-p256' });
  await (await work.prepared).finish();
  work.release();
  const early = startCertificateWork({ keyAlgorithm: 'ecdsa-p256' });
  await new Promise((resolve) => setTimeout(resolve, round % 7));
  early.release();
}
console.log(`released ${rounds * 2} threads mid-work`);
