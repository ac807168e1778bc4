// A real dockerd with --tlsverify on certificates the test chooses, set up with the action's own
// daemon.json (its own data-root, exec-root, pidfile, containerd namespace; no bridge). For
// refusals the action cannot be made to produce on purpose, such as an expired client certificate
// from the daemon's own CA.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareBareDaemon, removeBareDaemon, spawnBareDaemon, waitForBareDaemon } from './bare-dockerd.js';

export interface OwnDockerd {
  id: string;
  /** dtls-<8 hex>: in every path and in the command lines, so the leak accounting sees it. */
  marker: string;
  host: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

type Pem = { ca: string; cert: string; key: string };

function ping(host: string, port: number, tls: Pem): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path: '/_ping', ...tls, agent: false, timeout: 2000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** The server's PEM written into the daemon's work directory, where its teardown removes it. */
function writeServerFiles(server: Pem) {
  return (workDir: string) => {
    const dir = join(workDir, 'certs');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const files = { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
    writeFileSync(files.ca, server.ca, { mode: 0o644 });
    writeFileSync(files.cert, server.cert, { mode: 0o644 });
    writeFileSync(files.key, server.key, { mode: 0o600 });
    return files;
  };
}

/** Starts it and waits until `readyWith` (a client the daemon accepts) gets an mTLS 200. */
export async function startOwnDockerd(server: Pem, readyWith: Pem): Promise<OwnDockerd> {
  const daemon = await prepareBareDaemon(tmpdir(), writeServerFiles(server), { bridge: false });
  const stop = async () => {
    await removeBareDaemon(daemon);
  };
  try {
    await spawnBareDaemon(daemon);
    const answers = async () => (await ping(daemon.host, daemon.port, readyWith).catch(() => 0)) === 200;
    await waitForBareDaemon(daemon, answers, 60_000, 100);
  } catch (error) {
    await stop();
    throw error;
  }
  return { id: daemon.id, marker: daemon.marker, host: daemon.host, port: daemon.port, logFile: daemon.log, stop };
}
