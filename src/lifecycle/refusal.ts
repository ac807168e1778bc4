import { connect as netConnect } from 'node:net';
import { type ConnectionOptions, type TLSSocket, connect as tlsConnect } from 'node:tls';
import { DockerTlsError } from '../errors.js';
import type { Logger } from '../logger.js';
import { type CertificateSet, type LeafCertificate, createCertificateSet } from '../pki/index.js';
import { PROBE_TIMEOUT_MS } from './readiness.js';

const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';

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

/** A probe's promise as [what it tried, what it saw]; a probe that fails outright proves nothing. */
async function named(what: string, probe: Promise<RefusalResult>): Promise<[string, RefusalResult]> {
  return [what, await probe.catch((error: Error) => ({ refused: false, detail: error.message }))];
}

/**
 * A client certificate of a throw-away CA of its own, for the probe that must be refused. Made
 * while the daemon comes up, it is not on the path to the answer.
 */
export async function strangerCertificate(): Promise<LeafCertificate> {
  return (await createCertificateSet({ validityMs: 10 * 60_000 })).client;
}

/**
 * The point of the exercise: the port must refuse anyone without a certificate from our CA. Each
 * probe must see the daemon refuse (an alert, a close after the handshake began, a 400 to plain
 * HTTP); anything else, a refused connection included, fails the start. A client certificate of a
 * throw-away foreign CA must be refused too, and the server must present the certificate we made:
 * the daemon trusts the CA in memory, not merely some CA.
 */
export async function proveRefusals(
  host: string,
  port: number,
  set: CertificateSet,
  logger: Logger,
  stranger: Promise<LeafCertificate> = strangerCertificate(),
): Promise<void> {
  const timeout = PROBE_TIMEOUT_MS * 2;
  const foreign = stranger.then((leaf) => ({ cert: leaf.certPem, key: leaf.keyPem }));
  // All at once: each is a connection of its own, and the start waits for the last.
  const [probes, ourClient] = await Promise.all([
    Promise.all([
      named('TLS without a client certificate', probeWithoutClientCert(host, port, set.caCertPem, timeout)),
      named(
        'TLS with a client certificate of another CA',
        foreign.then((material) => probeWithForeignClientCert(host, port, set.caCertPem, material, timeout)),
      ),
      named('plain HTTP', probePlainHttp(host, port, timeout)),
    ]),
    problemWithOurClient(host, port, set, timeout),
  ]);
  const unproven = probes.filter(([, result]) => !result.refused);
  if (ourClient)
    unproven.push(['a client certificate of our CA, which must be let in', { refused: false, detail: ourClient }]);
  if (unproven.length > 0) {
    throw new DockerTlsError(
      `Could not prove that the daemon on port ${port} refuses clients it must refuse: ${unproven.map(([what, result]) => `${what}: ${result.detail}`).join('; ')}.`,
      'Something else may be listening on this port, or the daemon configuration disables tlsverify. The job was stopped so nothing runs against an open Docker API.',
    );
  }
  logger.info(`Refused as it must: ${probes.map(([what, result]) => `${what} (${result.detail})`).join('; ')}.`);
}
