import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import tls from 'node:tls';
import { tlsErrorSummary } from '../core/probes.js';

/** What one TLS connection with the client's files, verifying nothing itself, ended with. */
export type ProbeOutcome =
  | { kind: 'unreachable'; detail: string }
  /** The port answered the ClientHello with something that is not TLS. */
  | { kind: 'not-tls'; detail: string }
  | {
      kind: 'tls';
      /** The server's chain, leaf first (may be empty if the handshake failed before it came). */
      chain: X509Certificate[];
      /** Whether our side finished the handshake (TLS 1.3: before the server judged our certificate). */
      handshake: boolean;
      /** Node's own verdict on the chain against ca.pem, and on the host name. */
      authorizationError?: string;
      identityError?: string;
      /** The first line and body of the answer to GET /version, if one came. */
      status?: number;
      body?: string;
      /** How the connection ended when no answer came: an alert, a reset, a close. */
      failure?: string;
      /** The failure came as a TLS alert from the server. */
      alert?: boolean;
    };

export interface ProbeMaterial {
  ca?: string;
  cert?: string;
  key?: string;
}

const NOT_TLS = /wrong version number|packet length too long|http request|unknown protocol|record layer failure/i;
const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);
const VERSION_REQUEST = 'GET /version HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';

/** The chain a server presented, leaf first; node links it through issuerCertificate. */
function presentedChain(socket: tls.TLSSocket): X509Certificate[] {
  const chain: X509Certificate[] = [];
  let link: tls.DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  const seen = new Set<string>();
  while (link?.raw && !seen.has(link.fingerprint256)) {
    seen.add(link.fingerprint256);
    chain.push(new X509Certificate(link.raw));
    link = link.issuerCertificate;
  }
  return chain;
}

function secureContextOf(material: ProbeMaterial): tls.SecureContext {
  try {
    return tls.createSecureContext(material);
  } catch {
    // A key that does not match its certificate: connect without a client certificate; the file
    // checks report the mismatch.
    return tls.createSecureContext({ ca: material.ca });
  }
}

function parseAnswer(raw: string): { status?: number; body?: string } {
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1];
  if (!status) return {};
  return { status: Number(status), body: raw.slice(raw.indexOf('\r\n\r\n') + 4) };
}

/**
 * One connection as a client would make it, with our client certificate, but verifying nothing so
 * that everything the server shows can be examined. Sends GET /version once the handshake is done.
 */
export function probeConnection(
  host: string,
  port: number,
  material: ProbeMaterial,
  timeoutMs = 5000,
): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    let raw = '';
    let handshake = false;
    let verdict: { authorizationError?: string; identityError?: string } = {};
    let chain: X509Certificate[] = [];
    let done = false;
    const socket = tls.connect({
      host,
      port,
      servername: isIP(host) ? undefined : host,
      secureContext: secureContextOf(material),
      rejectUnauthorized: false,
    });
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      if (!handshake && chain.length === 0) {
        try {
          chain = presentedChain(socket);
        } catch {
          chain = [];
        }
      }
      resolve(classify(raw, handshake, chain, verdict, error));
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.on('secureConnect', () => {
      handshake = true;
      chain = presentedChain(socket);
      const identity = tls.checkServerIdentity(host, socket.getPeerCertificate());
      verdict = { authorizationError: socket.authorizationError?.toString(), identityError: identity?.message };
      socket.write(VERSION_REQUEST);
    });
    socket.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
    socket.on('error', finish);
    socket.on('close', () => finish());
  });
}

function classify(
  raw: string,
  handshake: boolean,
  chain: X509Certificate[],
  verdict: { authorizationError?: string; identityError?: string },
  error?: Error,
): ProbeOutcome {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!handshake && error && code && UNREACHABLE.has(code)) return { kind: 'unreachable', detail: `${code}` };
  if (!handshake && error && /^no answer within/.test(error.message) && chain.length === 0) {
    return { kind: 'unreachable', detail: error.message };
  }
  if (!handshake && error && NOT_TLS.test(`${code} ${error.message}`)) {
    return { kind: 'not-tls', detail: tlsErrorSummary(error) };
  }
  const answer = parseAnswer(raw);
  if (answer.status !== undefined) return { kind: 'tls', chain, handshake, ...verdict, ...answer };
  const failure = error ? tlsErrorSummary(error) : 'the server closed the connection without an answer';
  return { kind: 'tls', chain, handshake, ...verdict, failure, alert: /alert/i.test(error?.message ?? '') };
}
