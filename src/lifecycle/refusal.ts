import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { DockerTlsError } from '../errors.js';
import type { Logger } from '../logger.js';
import { PROBE_TIMEOUT_MS } from './readiness.js';

const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';

export interface RefusalResult {
  refused: boolean;
  /** What the daemon did: the TLS alert, the reset, or the HTTP status it sent. */
  detail: string;
}

/** OpenSSL's messages carry source paths and codes; the alert name is what a reader needs. */
export function tlsErrorSummary(error: Error): string {
  const alert = /alert ([a-z ]+?)(?::|$| \(|\n)/i.exec(error.message)?.[1];
  if (alert) return `TLS alert "${alert.trim()}"`;
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${error.message.split('\n')[0]}` : error.message.split('\n')[0];
}

/** Whether what a stranger got back is a refusal: anything but an HTTP 200 is. */
export function judgeRefusal(response: string, error?: Error): RefusalResult {
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1];
  if (status === '200') return { refused: false, detail: `answered ${response.split('\r\n')[0]}` };
  if (status) return { refused: true, detail: `answered ${response.split('\r\n')[0]}` };
  if (error) return { refused: true, detail: tlsErrorSummary(error) };
  return { refused: true, detail: 'closed the connection without an answer' };
}

type Socket = { destroy(): void };
type OpenSocket = (onData: (chunk: Buffer) => void, finish: (error?: Error) => void) => Socket;

/**
 * Sends the ping over TLS without a client certificate. With TLS 1.3 the client's handshake ends
 * before the server has checked for a certificate, so the verdict comes from what follows: an
 * alert or a close means refused, an HTTP 200 means the daemon does not enforce client certificates.
 */
export function probeWithoutClientCert(
  host: string,
  port: number,
  ca: string,
  timeoutMs: number,
): Promise<RefusalResult> {
  return sendPingAndJudge(timeoutMs, (onData, finish) => {
    const socket = tlsConnect({ host, port, ca, servername: isNameForSni(host) ? host : undefined }, () =>
      socket.write(PING_REQUEST),
    );
    socket.on('data', onData);
    socket.on('error', finish);
    socket.on('close', () => finish());
    return socket;
  });
}

/** Sends the ping as plain HTTP to the TLS port; anything but a 200 is a refusal. */
export function probePlainHttp(host: string, port: number, timeoutMs: number): Promise<RefusalResult> {
  return sendPingAndJudge(timeoutMs, (onData, finish) => {
    const socket = netConnect({ host, port }, () => socket.write(PING_REQUEST));
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
function sendPingAndJudge(timeoutMs: number, open: OpenSocket): Promise<RefusalResult> {
  return new Promise((resolve, reject) => {
    let response = '';
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(judgeRefusal(response, error));
    };
    const socket = open((chunk) => {
      response += chunk.toString('latin1');
      if (/^HTTP\/1\.[01] \d{3}/.test(response)) finish();
    }, finish);
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      socket.destroy();
      reject(new Error(`the daemon neither answered nor closed the connection within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

/** The point of the exercise: the port must refuse anyone without a certificate from our CA. */
export async function proveRefusals(host: string, port: number, ca: string, logger: Logger): Promise<void> {
  const [noCert, plain] = await Promise.all([
    probeWithoutClientCert(host, port, ca, PROBE_TIMEOUT_MS * 2),
    probePlainHttp(host, port, PROBE_TIMEOUT_MS * 2),
  ]);
  if (!noCert.refused || !plain.refused) {
    throw new DockerTlsError(
      `The daemon on port ${port} answered a client it must refuse: ${!noCert.refused ? `TLS without a client certificate ${noCert.detail}` : `plain HTTP ${plain.detail}`}.`,
      'Something else may be listening on this port, or the daemon configuration disables tlsverify. The job was stopped so nothing runs against an open Docker API.',
    );
  }
  logger.info(`Refused as it must: TLS without a client certificate (${noCert.detail}); plain HTTP (${plain.detail}).`);
}
