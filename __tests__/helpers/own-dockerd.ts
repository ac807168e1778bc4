// A real dockerd with --tlsverify on certificates the test chooses, set up the way the action sets
// up its own (daemon.json with its own data-root, exec-root, pidfile, containerd namespace; no
// bridge, no iptables). For refusals the action cannot be made to produce on purpose, such as an
// expired client certificate from the daemon's own CA.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OwnDockerd {
  /** dtls-<8 hex>: in every path and in the command lines, so the leak snapshot sees it. */
  marker: string;
  host: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

async function freePort(host: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.listen(0, host, resolve).on('error', reject));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function ping(host: string, port: number, tls: { ca: string; cert: string; key: string }): Promise<number> {
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

export async function startOwnDockerd(
  server: { ca: string; cert: string; key: string },
  readyWith: { ca: string; cert: string; key: string },
): Promise<OwnDockerd> {
  const marker = `dtls-${randomBytes(4).toString('hex')}`;
  const host = '127.0.0.1';
  const port = await freePort(host);
  const workDir = join(tmpdir(), marker);
  const execRoot = join(existsSync('/run') ? '/run' : tmpdir(), marker);
  mkdirSync(join(workDir, 'certs'), { recursive: true, mode: 0o700 });
  const certs = {
    ca: join(workDir, 'certs', 'ca.pem'),
    cert: join(workDir, 'certs', 'cert.pem'),
    key: join(workDir, 'certs', 'key.pem'),
  };
  writeFileSync(certs.ca, server.ca, { mode: 0o644 });
  writeFileSync(certs.cert, server.cert, { mode: 0o644 });
  writeFileSync(certs.key, server.key, { mode: 0o600 });
  const logFile = join(workDir, 'docker.log');
  const config = join(workDir, 'daemon.json');
  writeFileSync(
    config,
    JSON.stringify({
      'data-root': join(workDir, 'data'),
      'exec-root': execRoot,
      pidfile: join(workDir, 'docker.pid'),
      bridge: 'none',
      iptables: false,
      'ip-masq': false,
      'containerd-namespace': marker,
      // The plugins' namespace can only be set by flag (see dockerdFlags in src/daemon/daemon-json.ts).
      'shutdown-timeout': 3,
      tls: true,
      tlsverify: true,
      tlscacert: certs.ca,
      tlscert: certs.cert,
      tlskey: certs.key,
      hosts: [`unix://${join(workDir, 'docker.sock')}`, `tcp://${host}:${port}`],
    }),
    { mode: 0o600 },
  );

  const fd = openSync(logFile, 'a', 0o600);
  let child: ChildProcess;
  try {
    child = spawn('dockerd', ['--config-file', config, '--containerd-plugins-namespace', `${marker}-plugins`], {
      stdio: ['ignore', fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  let exited = false;
  child.once('exit', () => (exited = true));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const deadline = Date.now() + 20_000;
      while (!exited && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      if (!exited) child.kill('SIGKILL');
      while (!exited) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    rmSync(execRoot, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      const log = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`dockerd exited before it was ready:\n${log.slice(-3000)}`);
    }
    if ((await ping(host, port, readyWith).catch(() => 0)) === 200) break;
    if (Date.now() > deadline) {
      const log = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`dockerd did not answer within 60 s:\n${log.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { marker, host, port, logFile, stop };
}
