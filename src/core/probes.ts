import { connect as netConnect } from 'node:net';
import { type RequestOptions, request } from 'node:https';
import {
  type ConnectionOptions,
  type SecureContext,
  type TLSSocket,
  connect as tlsConnect,
  createSecureContext,
} from 'node:tls';
import type { CertificateSet } from './pki/index.js';

// What a client sees of a Docker daemon's TLS port: one mTLS /_ping, and the probes that must be
// refused (no client certificate, a stranger's, plain HTTP). Used by the start (readiness and the
// refusal proof) and by the doctor; they only connect, and judge what came back.

const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';

export interface TlsMaterial {
  ca: string;
  cert?: string;
  key?: string;
}

/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
export function clientContext(tls: TlsMaterial): SecureContext {
  return createSecureContext({ ca: tls.ca, cert: tls.cert, key: tls.key });
}

/** One mTLS `GET /_ping`; resolves with the status code and body, rejects on any error or timeout. */
export function pingOnce(
  host: string,
  port: number,
  secureContext: SecureContext,
  timeoutMs: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // https passes its options on to tls.connect, which takes a prebuilt secureContext; the
    // https typings do not list it.
    const options: RequestOptions & { secureContext: SecureContext } = {
      host,
      port,
      path: '/_ping',
      method: 'GET',
      secureContext,
      agent: false,
      timeout: timeoutMs,
    };
    const req = request(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

export const PROBE_TIMEOUT_MS = 2000;

export interface RefusalResult {
  /** The exchange completed and the server refused; false for an answer and for no proof at all. */
  refused: boolean;
  /** What the daemon did: the TLS alert, the close, the HTTP status it sent, or why nothing was proven. */
  detail: string;
}

/** What a probe saw: the bytes the server sent, how it ended, and how far the connection got. */
export interface Exchange {
  response: string;
  error?: Error;
  /** The TCP connection was made: from here on a close is the server's doing. */
  connected: boolean;
}

/** OpenSSL's messages carry source paths and codes; the alert name is what a reader needs. */
export function tlsErrorSummary(error: Error): string {
  const alert = /alert ([a-z ]+?)(?::|$| \(|\n)/i.exec(error.message)?.[1];
  if (alert) return `TLS alert "${alert.trim()}"`;
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${error.message.split('\n')[0]}` : error.message.split('\n')[0];
}

/** An alert the server sent (OpenSSL words it "... alert ..."), not a check of ours that failed. */
function isServerAlert(error: Error): boolean {
  return /\balert\b/i.test(error.message) && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_SSL');
}

const SERVER_CLOSED = new Set(['ECONNRESET', 'EPIPE']);

/**
 * Whether a TLS exchange shows the server refusing: an alert from it, or a close or reset once the
 * connection was made and before any answer. Any HTTP answer means it let the client in; a refused
 * connection, a timeout or our own verification error proves nothing.
 */
export function judgeTlsRefusal({ response, error, connected }: Exchange): RefusalResult {
  const status = /^HTTP\/1\.[01] \d{3}[^\r\n]*/.exec(response)?.[0];
  if (status) return { refused: false, detail: `answered ${status}` };
  if (!connected) return { refused: false, detail: `no connection (${error ? tlsErrorSummary(error) : 'closed'})` };
  if (!error) return { refused: true, detail: 'closed the connection without an answer' };
  if (isServerAlert(error)) return { refused: true, detail: tlsErrorSummary(error) };
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (SERVER_CLOSED.has(code)) return { refused: true, detail: `${code}: closed the connection without an answer` };
  return { refused: false, detail: `no refusal seen (${tlsErrorSummary(error)})` };
}

/** Plain HTTP to a TLS port: Go's TLS server answers 400 ("Client sent an HTTP request to an HTTPS server"). */
export function judgePlainRefusal({ response, error, connected }: Exchange): RefusalResult {
  const status = /^HTTP\/1\.[01] (\d{3})[^\r\n]*/.exec(response);
  if (status?.[1] === '400') return { refused: true, detail: `answered ${status[0]}` };
  if (status) return { refused: false, detail: `answered ${status[0]}` };
  const how = error ? tlsErrorSummary(error) : 'closed without an answer';
  return { refused: false, detail: connected ? `no HTTP 400 (${how})` : `no connection (${how})` };
}

type Socket = { destroy(): void };
type OpenSocket = (onData: (chunk: Buffer) => void, finish: (error?: Error) => void, onConnect: () => void) => Socket;

/** Sends the ping over TLS with `options` (no client certificate, or a stranger's), judged by judgeTlsRefusal. */
function probeTls(host: string, port: number, options: ConnectionOptions, timeoutMs: number): Promise<RefusalResult> {
  return sendPingAndJudge(timeoutMs, judgeTlsRefusal, (onData, finish, onConnect) => {
    const socket: TLSSocket = tlsConnect(
      { host, port, servername: isNameForSni(host) ? host : undefined, ...options },
      () => socket.write(PING_REQUEST),
    );
    socket.once('connect', onConnect);
    socket.on('data', onData);
    socket.on('error', finish);
    socket.on('close', () => finish());
    return socket;
  });
}

/**
 * Sends the ping over TLS without a client certificate. With TLS 1.3 the client's handshake ends
 * before the server has checked for a certificate, so the verdict comes from what follows: an
 * alert or a close means refused, any HTTP answer means the daemon does not enforce client certificates.
 */
export function probeWithoutClientCert(
  host: string,
  port: number,
  ca: string,
  timeoutMs: number,
): Promise<RefusalResult> {
  return probeTls(host, port, { ca }, timeoutMs);
}

/** The ping with a client certificate of another CA: the daemon must trust our CA only. */
export function probeWithForeignClientCert(
  host: string,
  port: number,
  ca: string,
  foreign: { cert: string; key: string },
  timeoutMs: number,
): Promise<RefusalResult> {
  return probeTls(host, port, { ca, cert: foreign.cert, key: foreign.key }, timeoutMs);
}

/** Sends the ping as plain HTTP to the TLS port; only an HTTP 400 is a refusal. */
export function probePlainHttp(host: string, port: number, timeoutMs: number): Promise<RefusalResult> {
  return sendPingAndJudge(timeoutMs, judgePlainRefusal, (onData, finish, onConnect) => {
    const socket = netConnect({ host, port }, () => {
      onConnect();
      socket.write(PING_REQUEST);
    });
    socket.on('data', onData);
    socket.on('error', finish);
    socket.on('close', () => finish());
    return socket;
  });
}

function isNameForSni(host: string): boolean {
  return !/^[\d.]+$/.test(host) && !host.includes(':');
}

/** Collects the answer on the socket `open` makes until a status line, a close or an error. */
function sendPingAndJudge(
  timeoutMs: number,
  judge: (exchange: Exchange) => RefusalResult,
  open: OpenSocket,
): Promise<RefusalResult> {
  return new Promise((resolve, reject) => {
    let response = '';
    let connected = false;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(judge({ response, error, connected }));
    };
    const socket = open(
      (chunk) => {
        response += chunk.toString('latin1');
        if (/^HTTP\/1\.[01] \d{3}/.test(response)) finish();
      },
      finish,
      () => (connected = true),
    );
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      socket.destroy();
      reject(new Error(`the daemon neither answered nor closed the connection within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

/**
 * Our own client: it must be let in (HTTP 200 to the ping) by a server presenting the very
 * certificate we made. Resolves with what went wrong, or undefined when all is as it must be.
 */
export function problemWithOurClient(
  host: string,
  port: number,
  set: CertificateSet,
  timeoutMs: number,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    let fingerprint = '';
    let response = '';
    const options = { host, port, ca: set.caCertPem, cert: set.client.certPem, key: set.client.keyPem };
    const socket = tlsConnect(
      { ...options, servername: isNameForSni(host) ? host : undefined, timeout: timeoutMs },
      () => {
        fingerprint = socket.getPeerCertificate().fingerprint256;
        socket.write(PING_REQUEST);
      },
    );
    const done = (problem?: string) => {
      socket.destroy();
      resolve(problem);
    };
    socket.on('data', (chunk) => {
      response += chunk.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1];
      if (!status) return;
      if (fingerprint !== set.server.fingerprint) done(`the server presented ${fingerprint}, not our certificate`);
      else done(status === '200' ? undefined : `answered HTTP ${status}`);
    });
    socket.on('timeout', () => done(`no answer within ${timeoutMs} ms`));
    socket.on('error', (error) => done(`refused it (${tlsErrorSummary(error)})`));
    socket.on('close', () => done('the connection closed without an answer'));
  });
}
