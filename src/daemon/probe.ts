import { type RequestOptions, request } from 'node:https';
import { connect as netConnect } from 'node:net';
import { type SecureContext, connect as tlsConnect, createSecureContext } from 'node:tls';

export interface TlsMaterial {
  ca: string;
  cert?: string;
  key?: string;
}

/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
export function clientContext(tls: TlsMaterial): SecureContext {
  return createSecureContext({ ca: tls.ca, cert: tls.cert, key: tls.key });
}

/** Where a client reaches the daemon: 0.0.0.0 and :: are bind-all addresses, not destinations. */
export function clientAddress(bindHost: string): string {
  if (bindHost === '0.0.0.0') return '127.0.0.1';
  if (bindHost === '::') return '::1';
  return bindHost;
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

function judge(response: string, error?: Error): RefusalResult {
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1];
  if (status === '200') return { refused: false, detail: `answered ${response.split('\r\n')[0]}` };
  if (status) return { refused: true, detail: `answered ${response.split('\r\n')[0]}` };
  if (error) return { refused: true, detail: tlsErrorSummary(error) };
  return { refused: true, detail: 'closed the connection without an answer' };
}

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
  return exchange(timeoutMs, (onData, finish) => {
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
  return exchange(timeoutMs, (onData, finish) => {
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

function exchange(
  timeoutMs: number,
  open: (onData: (chunk: Buffer) => void, finish: (error?: Error) => void) => { destroy(): void },
): Promise<RefusalResult> {
  return new Promise((resolve, reject) => {
    let response = '';
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(judge(response, error));
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
