// A bare Docker API call over a unix socket, for the harness's outer engines.
import { request } from 'node:http';

/** One Docker API call over the daemon's own unix socket; resolves with status and parsed body. */
export function unixApi(
  socketPath: string,
  method: string,
  path: string,
  timeoutMs = 5000,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path, timeout: timeoutMs, headers: { Host: 'docker' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // plain-text answer, e.g. "OK" from /_ping
        }
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
