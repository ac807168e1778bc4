import { Worker } from 'node:worker_threads';
import {
  CA_KEY_GONE,
  type CertificateSetOptions,
  type LeafCertificate,
  type PreparedCertificateSet,
  type ServerCertificates,
  bothLeaves,
  prepareCertificateSet,
  strangerClientCertificate,
} from '../core/pki/index.js';
import type { SubjectAltName } from '../core/san.js';
import type { CertificateNeed, CertificateReply, CertificateRequest } from './certificate-worker.js';

/** The certificates a start needs: the set (its leaves once the server's names are known) and the stranger. */
export interface CertificateWork {
  prepared: Promise<PreparedCertificateSet>;
  /** The refusal proof's client certificate of another CA. */
  stranger: Promise<LeafCertificate>;
  /**
   * Ends the thread: the start calls it once it has what it needs or has failed. The thread begins
   * nothing new and ends once the job under way has (certificate-worker.ts says why it is never
   * terminated); until then it keeps the process alive, a few milliseconds for an EC key. A thread
   * still waiting for the server's names (a start stopped by a signal) ends at once.
   */
  release: () => void;
}

/**
 * The worker's module: beside this one in the sources (run with tsx, whose loader the thread
 * inherits), `dist/worker/index.js` from a bundle (scripts/build.mjs). Spelled at run time, so that
 * the bundler does not take it for an asset of its own.
 */
function workerModule(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? new URL('./certificate-worker.ts', here)
    : new URL(['..', 'worker', 'index.js'].join('/'), here);
}

/** The same work on this thread: where no worker can start. */
function inThisThread(options: CertificateSetOptions): CertificateWork {
  return {
    prepared: prepareCertificateSet(options),
    stranger: strangerClientCertificate(),
    release: () => undefined,
  };
}

/**
 * Starts the certificate work on a thread of its own, so that loading the X.509 library and
 * signing take the other core while this one spawns the daemon (doing things at once). Where the
 * thread cannot start or load, the same work on this thread.
 */
export function startCertificateWork(options: CertificateSetOptions): CertificateWork {
  let local: CertificateWork | undefined;
  const here = () => (local ??= inThisThread(options));
  let thread: CertificateWork;
  try {
    thread = onAThread(options);
  } catch {
    return here();
  }
  return {
    prepared: thread.prepared.catch(() => here().prepared),
    stranger: thread.stranger.catch(() => here().stranger),
    release: thread.release,
  };
}

/** A thread started before the start (warmUpCertificateThread), loading the library meanwhile. */
let warm: Thread | undefined;

/** A certificate thread, and how it failed if it did before a start listened to it. */
interface Thread {
  worker: Worker;
  failed?: Error;
}

function newThread(): Thread {
  const worker = new Worker(workerModule());
  // Not what keeps a process alive while it waits to be told what to make (a warm thread no start
  // takes makes nothing, and ends with the process); once released, it is, to its end (release).
  worker.unref();
  const thread: Thread = { worker };
  // A warm thread may fail (its module cannot load) before any start listens: kept for the start,
  // which then works on its own thread instead of waiting for replies that will never come.
  worker.once('error', (error) => (thread.failed ??= error));
  return thread;
}

/**
 * Starts the certificate thread now, before the start knows what to make: it loads the X.509
 * library on another core while this one loads the rest of the program. The next start takes it.
 * Where no thread can start, the start makes its own (or works on this thread).
 */
export function warmUpCertificateThread(): void {
  try {
    warm ??= newThread();
  } catch {
    // The start finds no warm thread and starts its own.
  }
}

/** The work on a worker thread: its replies as promises; `server` hands it the server's extra names. */
function onAThread(options: CertificateSetOptions): CertificateWork {
  const thread = warm ?? newThread();
  warm = undefined;
  if (thread.failed) throw thread.failed;
  const { worker } = thread;
  const tell = (request: CertificateRequest) => worker.postMessage(request);
  tell({ kind: 'options', options });
  const replies = awaitedReplies(worker);
  let asked = false;
  const server = (extraSans: readonly SubjectAltName[] = []) => {
    if (asked) return Promise.reject(new Error(CA_KEY_GONE));
    asked = true;
    tell({ kind: 'finish', extraSans: [...extraSans] });
    return replies.server;
  };
  // The thread issues the client's right after the server's; asked for first, at once.
  let clientAsked = false;
  const client = () => {
    if (!asked && !clientAsked) tell({ kind: 'client' });
    clientAsked = true;
    return replies.client;
  };

  const release = () => {
    // Kept alive to its end: a process that exits first would terminate it mid-job after all.
    worker.ref();
    tell({ kind: 'release' });
  };
  const prepared: PreparedCertificateSet = {
    server,
    client,
    finish: (extraSans) => bothLeaves({ server, client }, extraSans),
  };
  return { prepared: replies.prepared.then(() => prepared), stranger: replies.stranger, release };
}

/** A promise for each of the thread's replies: fulfilled by the reply, rejected by its error or the thread's. */
function awaitedReplies(worker: Worker) {
  const waiting = new Map<CertificateNeed, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  const wait = <T>(kind: CertificateNeed) => {
    const promise = new Promise<T>((resolve, reject) => waiting.set(kind, { resolve, reject }));
    promise.catch(() => undefined);
    return promise;
  };
  const replies = {
    prepared: wait<void>('prepared'),
    server: wait<ServerCertificates>('server'),
    client: wait<LeafCertificate>('client'),
    stranger: wait<LeafCertificate>('stranger'),
  };
  worker.on('message', (reply: CertificateReply) => {
    if (reply.kind === 'error') waiting.get(reply.about)?.reject(new Error(reply.message));
    else waiting.get(reply.kind)?.resolve(valueOf(reply) as never);
  });
  worker.on('error', (error) => {
    for (const each of waiting.values()) each.reject(error);
  });
  return replies;
}

function valueOf(reply: Exclude<CertificateReply, { kind: 'error' }>): unknown {
  if (reply.kind === 'server') return reply.server;
  return reply.kind === 'prepared' ? undefined : reply.leaf;
}
