import { type ClientRequest, type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { DockerTlsError } from '../../core/errors.js';
import type { EngineEndpoint } from '../../core/options/engine-endpoint.js';

export interface EngineResponse {
  status: number;
  body: Buffer;
}

export interface EngineRequest {
  method: string;
  /** Path and query, e.g. `/containers/json?all=1`. */
  path: string;
  json?: unknown;
  /** A raw body instead of JSON, with its content type (a tar for the archive API). */
  raw?: { body: Buffer; contentType: string };
  timeoutMs: number;
}

/** The outer engine cannot be reached at all: nothing answered on its socket or address. */
export class EngineUnreachableError extends DockerTlsError {
  readonly endpoint: string;

  constructor(endpoint: EngineEndpoint, cause: Error) {
    const code = (cause as NodeJS.ErrnoException).code ?? cause.message;
    super(`Cannot reach the outer Docker engine at ${endpoint.url} (${code}).`, unreachableHint(endpoint, code), {
      cause,
    });
    this.name = 'EngineUnreachableError';
    this.endpoint = endpoint.url;
  }
}

function unreachableHint(endpoint: EngineEndpoint, code: string): string {
  if (code === 'EACCES' || code === 'EPERM') {
    return `This user may not use ${endpoint.url}: run as root, or add the user to the socket's group (usually "docker").`;
  }
  const where = endpoint.kind === 'unix' ? `its socket ${endpoint.socketPath} exists` : `it listens on ${endpoint.url}`;
  return `Start the Docker engine and check that ${where}, or set dind-engine to the engine that should run the dind container (default unix:///var/run/docker.sock).`;
}

const CONNECT_ERRORS = new Set([
  'ECONNREFUSED',
  'ENOENT',
  'EACCES',
  'EPERM',
  'ENOTSOCK',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** One HTTP exchange with the engine; the body is read whole (the calls here return small bodies). */
export function engineRequest(endpoint: EngineEndpoint, call: EngineRequest): Promise<EngineResponse> {
  return new Promise((resolve, reject) => {
    sendRequest(endpoint, call, reject, (res) =>
      readBody(res, (body) => resolve({ status: res.statusCode ?? 0, body }), reject),
    );
  });
}

/** The whole body of an answer, once it has come. */
function readBody(res: IncomingMessage, done: (body: Buffer) => void, failed: (error: Error) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(Buffer.concat(chunks)));
  res.on('error', failed);
}

/** What a stream of JSON lines (GET /events) is handed to. */
export interface LineHandlers {
  /** The engine has answered 200: every line from now on comes to onLine. */
  onOpen?: () => void;
  onLine: (line: string) => void;
}

/**
 * A GET whose answer is a stream of lines that lasts as long as the engine (GET /events): each line
 * goes to `onLine` as it comes. Resolves when the stream ends (the engine stopped, or closed it);
 * rejects when the engine cannot be reached within `timeoutMs` or answers with an error status.
 */
export function engineLines(
  endpoint: EngineEndpoint,
  path: string,
  handlers: LineHandlers,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = sendRequest(endpoint, { method: 'GET', path, timeoutMs }, reject, (res) => {
      if (res.statusCode !== 200) {
        const refused = (body: Buffer) =>
          reject(new Error(`GET ${path}: ${engineMessage(body)} (HTTP ${res.statusCode})`));
        return readBody(res, refused, reject);
      }
      // Answered: from now on the stream may stay quiet for as long as nothing happens.
      req.setTimeout(0);
      handlers.onOpen?.();
      let pending = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) handlers.onLine(line);
      });
      // A daemon that stops or is killed ends the stream either way: both are its end.
      res.on('close', () => resolve());
      res.on('error', () => resolve());
    });
  });
}

/** Sends one request; `onResponse` gets the answer, `reject` a failure to get one. */
function sendRequest(
  endpoint: EngineEndpoint,
  call: EngineRequest,
  reject: (error: Error) => void,
  onResponse: (res: IncomingMessage) => void,
): ClientRequest {
  const payload = call.raw?.body ?? (call.json === undefined ? undefined : Buffer.from(JSON.stringify(call.json)));
  // Over TCP, Node takes the Host header for the name the server's certificate must carry: leave it
  // to the address. A unix socket has no host; the API wants one all the same.
  const headers: Record<string, string | number> = endpoint.kind === 'unix' ? { Host: 'docker' } : {};
  const contentType = call.raw?.contentType ?? 'application/json';
  if (payload) Object.assign(headers, { 'Content-Type': contentType, 'Content-Length': payload.length });
  let connected = false;
  const base = { method: call.method, path: call.path, headers, agent: false as const, timeout: call.timeoutMs };
  let req: ClientRequest;
  if (endpoint.kind === 'unix') {
    req = httpRequest({ ...base, socketPath: endpoint.socketPath }, onResponse);
  } else if (endpoint.tls) {
    req = httpsRequest({ ...base, host: endpoint.host, port: endpoint.port, ...endpoint.tls }, onResponse);
  } else {
    req = httpRequest({ ...base, host: endpoint.host, port: endpoint.port }, onResponse);
  }
  req.on('socket', (socket) => socket.once('connect', () => (connected = true)));
  req.on('timeout', () =>
    req.destroy(new Error(`no answer within ${call.timeoutMs} ms to ${call.method} ${call.path}`)),
  );
  req.on('error', (error: NodeJS.ErrnoException) => {
    const unreachable = !connected && (CONNECT_ERRORS.has(error.code ?? '') || /no answer/.test(error.message));
    reject(unreachable ? new EngineUnreachableError(endpoint, error) : error);
  });
  req.end(payload);
  return req;
}

/** The `message` of the engine's JSON error body, or the body as text. */
export function engineMessage(body: Buffer): string {
  const text = body.toString('utf8').trim();
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not JSON
  }
  return text;
}
