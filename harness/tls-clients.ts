// Clients that speak TLS to the daemon directly: curl, openssl s_client, and raw Node TLS
// connections; each gets only the three files of DOCKER_CERT_PATH (or fewer, to be refused).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect, type SecureVersion } from 'node:tls';
import { type RunResult, run } from './commands.js';

/** The files a client gets: DOCKER_CERT_PATH's ca.pem, cert.pem and key.pem. */
export interface ClientFiles {
  ca: string;
  cert?: string;
  key?: string;
}

export function filesOf(certPath: string): Required<ClientFiles> {
  return { ca: join(certPath, 'ca.pem'), cert: join(certPath, 'cert.pem'), key: join(certPath, 'key.pem') };
}

/** A DOCKER_CERT_PATH made of the given files (those left out are simply not there). */
export function certPathWith(files: ClientFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'dtls-test-certs-'));
  copyFileSync(files.ca, join(dir, 'ca.pem'));
  if (files.cert) copyFileSync(files.cert, join(dir, 'cert.pem'));
  if (files.key) copyFileSync(files.key, join(dir, 'key.pem'));
  return dir;
}

export function curl(
  url: string,
  files: ClientFiles,
  extra: string[] = [],
  env?: NodeJS.ProcessEnv,
): Promise<RunResult> {
  const args = ['-sS', '--max-time', '20', '--cacert', files.ca];
  if (files.cert) args.push('--cert', files.cert);
  if (files.key) args.push('--key', files.key);
  return run('curl', [...args, ...extra, url], { env, timeoutMs: 30_000 });
}

export const HTTP_PING = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';

/** `openssl s_client` with an HTTP request on its stdin; -ign_eof keeps it reading the answer. */
export function opensslRequest(
  host: string,
  port: number,
  files: ClientFiles,
  extra: string[] = [],
  request = HTTP_PING,
): Promise<RunResult> {
  const args = ['s_client', '-connect', `${host}:${port}`, '-CAfile', files.ca, '-verify_return_error', '-ign_eof'];
  // Only the given CA file: not the system's store as well.
  args.push('-no-CApath', '-no-CAstore');
  if (files.cert) args.push('-cert', files.cert);
  if (files.key) args.push('-key', files.key);
  return run('openssl', [...args, ...extra], { input: request, timeoutMs: 20_000 });
}

/** What one raw TLS connection ended with. */
export interface TlsAttempt {
  localPort: number;
  /** The HTTP status line, when the server answered. */
  status?: string;
  error?: string;
  timedOut: boolean;
  ms: number;
}

/**
 * One TLS connection that sends `GET /_ping` once the client side believes the handshake is done.
 * The TCP connection is made first so the client's port is known: the daemon's log line for this
 * very connection ("TLS handshake error from 127.0.0.1:PORT: ...") can then be found.
 */
export function tlsAttempt(options: {
  host: string;
  port: number;
  ca?: string;
  cert?: string;
  key?: string;
  servername?: string;
  minVersion?: SecureVersion;
  maxVersion?: SecureVersion;
  timeoutMs?: number;
}): Promise<TlsAttempt> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve) => {
    const raw = netConnect({ host: options.host, port: options.port });
    let localPort = 0;
    let reply = '';
    let done = false;
    const finish = (error?: Error, timedOut = false) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      raw.destroy();
      const status = /^HTTP\/1\.[01] \d{3}[^\r\n]*/.exec(reply)?.[0];
      resolve({
        localPort,
        status,
        error: error ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`.trim() : undefined,
        timedOut,
        ms: Math.round(performance.now() - started),
      });
    };
    const timer = setTimeout(() => finish(new Error('timed out'), true), timeoutMs);
    raw.on('error', (error) => finish(error));
    raw.once('connect', () => {
      localPort = raw.localPort ?? 0;
      const socket = tlsConnect(
        {
          socket: raw,
          // The name the server certificate is checked against (without it Node checks "localhost").
          host: options.host,
          ca: options.ca,
          cert: options.cert,
          key: options.key,
          servername: options.servername,
          minVersion: options.minVersion,
          maxVersion: options.maxVersion,
        },
        () => socket.write(HTTP_PING),
      );
      socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
      socket.on('error', (error) => finish(error));
      socket.on('close', () => finish());
    });
  });
}
