// Plain HTTP GETs from the suite's own process: to the runner's Docker API on its unix socket (the
// runner user is in group docker) and to a published port. Under emulation every docker CLI or
// curl process costs a second or more of CPU; the checks that run again and again use these.
import { request } from 'node:http';

export interface HttpAnswer {
  status: number;
  body: string;
}

function get(options: { socketPath?: string; host?: string; port?: number; path: string }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ ...options, method: 'GET', agent: false, timeout: 30_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${options.path}: no answer within 30 s`)));
    req.on('error', reject);
    req.end();
  });
}

export const SYSTEM_SOCKET = '/var/run/docker.sock';

/** GET on the runner's Docker API; the parsed JSON body, or an error naming the status. */
export async function systemApi<T>(path: string): Promise<T> {
  const answer = await get({ socketPath: SYSTEM_SOCKET, path });
  if (answer.status !== 200)
    throw new Error(`GET ${path} on the system daemon: ${answer.status} ${answer.body.trim()}`);
  return JSON.parse(answer.body) as T;
}

/** GET http://127.0.0.1:<port>/. */
export function localPage(port: number): Promise<HttpAnswer> {
  return get({ host: '127.0.0.1', port, path: '/' });
}
