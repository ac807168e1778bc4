// The certificate work of a start, on a thread of its own (certificate-thread.ts starts it): the
// library loads at once, before the start says what to make (a process may start the thread first
// thing, while its own code loads); then the CA and the leaves' keys as soon as the options come,
// the server certificate once its names are known (what the daemon waits for), the client's right
// after it, and the refusal proof's stranger. @peculiar/x509 loads and signs here while the main
// thread spawns the daemon and sets up its network. The CA key lives and dies with this thread.
import { parentPort } from 'node:worker_threads';
import { loadX509 } from '../core/pki/load-x509.js';
import {
  type CertificateSetOptions,
  type PreparedCertificateSet,
  type LeafCertificate,
  type ServerCertificates,
  prepareCertificateSet,
  strangerClientCertificate,
} from '../core/pki/index.js';
import type { SubjectAltName } from '../core/san.js';

/**
 * What the thread is told: what to make, then the server's extra names (`finish`: the server's
 * certificate, then the client's), or the client's alone first; `release` at any time.
 */
export type CertificateRequest =
  | { kind: 'options'; options: CertificateSetOptions }
  | { kind: 'finish'; extraSans: SubjectAltName[] }
  | { kind: 'client' }
  | { kind: 'release' };

/** What the thread says: each a reply to one of the start's needs, or why it failed. */
export type CertificateReply =
  | { kind: 'prepared' }
  | { kind: 'server'; server: ServerCertificates }
  | { kind: 'client'; leaf: LeafCertificate }
  | { kind: 'stranger'; leaf: LeafCertificate }
  | { kind: 'error'; about: CertificateNeed; message: string };

export type CertificateNeed = 'prepared' | 'server' | 'client' | 'stranger';

const port = parentPort!;
/** The start has what it needs, or has failed: nothing new is begun, and nothing more is said. */
let released = false;
const send = (reply: CertificateReply) => {
  if (!released) port.postMessage(reply);
};
const failed = (about: CertificateNeed) => (error: Error) => send({ kind: 'error', about, message: error.message });

// Its failure, if any, is the one prepareCertificateSet meets and reports.
loadX509().catch(() => undefined);

let prepared: Promise<PreparedCertificateSet> | undefined;

/** The options say what to make; `finish`, the server's extra names; `release`, that it is over. */
port.on('message', (request: CertificateRequest) => {
  if (request.kind === 'release') return release();
  if (request.kind === 'options') {
    prepared ??= prepareCertificateSet(request.options);
    prepared.then(() => send({ kind: 'prepared' }), failed('prepared'));
    return;
  }
  if (!prepared) return failed('prepared')(new Error(`the certificate thread was told ${request.kind} first`));
  if (request.kind === 'client') prepared.then(sendClient, failed('client'));
  else finish(prepared, request.extraSans);
});

let clientSent = false;
/** The client's certificate, said once, whether the start asked for it first or the server's was. */
async function sendClient(set: PreparedCertificateSet): Promise<void> {
  if (clientSent) return;
  clientSent = true;
  await set.client().then((leaf) => send({ kind: 'client', leaf }), failed('client'));
}

/**
 * The thread then ends by itself, once the job under way (a key, a signature) has ended: it is
 * never terminated in the middle of one, because Node aborts the whole process when a key
 * generation ends in a thread being terminated (KeyGenJob::ToResult asserts, Node 24).
 */
function release(): void {
  released = true;
  port.close();
}

function finish(preparing: Promise<PreparedCertificateSet>, extraSans: SubjectAltName[]): void {
  preparing
    .then(
      async (set) => {
        // The server's first: the daemon waits for its files, the client's are needed once it answers.
        await set.server(extraSans).then((server) => send({ kind: 'server', server }), failed('server'));
        if (!released) await sendClient(set);
      },
      (error: Error) => {
        failed('server')(error);
        failed('client')(error);
      },
    )
    // The proof's client certificate of a CA of its own: needed once the daemon answers, so made
    // after the set, which the daemon waits for; not at all once the start is over.
    .then(() => (released ? undefined : strangerClientCertificate()))
    .then((leaf) => leaf && send({ kind: 'stranger', leaf }), failed('stranger'))
    .finally(() => port.close());
}
