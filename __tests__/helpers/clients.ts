// Real clients driven the way a later workflow step drives them: each one gets only the environment
// the action exported (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH) or the three files in it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect, type SecureVersion } from 'node:tls';
import { REPO_ROOT } from './runner.js';
import { snapshot } from './docker.js';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the command was killed because it ran past its time limit. */
  timedOut: boolean;
  ms: number;
}

/** Runs a command to its end; never throws, so refusals can be asserted on. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number; cwd?: string } = {},
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd ?? REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
    child.on('error', (error) => {
      stderr += String(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: Math.round(performance.now() - started) });
    });
  });
}

export function describeRun(result: RunResult): string {
  return `exit ${result.code}${result.timedOut ? ' (timed out)' : ''} after ${result.ms} ms\nstdout: ${result.stdout.slice(-3000)}\nstderr: ${result.stderr.slice(-3000)}`;
}

/** Asserts the command worked and returns its stdout. */
export function ok(result: RunResult): string {
  assert.equal(result.code, 0, describeRun(result));
  return result.stdout;
}

/**
 * Asserts a refusal: the command failed on its own (not killed by our time limit, and quickly), and
 * its output says why with `expected`.
 */
export function refused(result: RunResult, expected: RegExp, maxMs = 15_000): string {
  assert.equal(result.timedOut, false, `a refusal, not a timeout: ${describeRun(result)}`);
  assert.notEqual(result.code, 0, `must fail: ${describeRun(result)}`);
  assert.ok(result.ms < maxMs, `refused within ${maxMs} ms: ${describeRun(result)}`);
  const output = result.stdout + result.stderr;
  assert.match(output, expected, describeRun(result));
  return output;
}

export function portOf(dockerHost: string): number {
  return Number(new URL(dockerHost.replace(/^tcp:/, 'https:')).port);
}

export function withEnv(env: NodeJS.ProcessEnv, more: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const result = { ...env };
  for (const [name, value] of Object.entries(more)) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

export function dockerCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<RunResult> {
  return run('docker', args, { env, timeoutMs });
}

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

/**
 * docker-py, as `docker.from_env()` configures itself. With `strict`, every SSLContext that
 * performs a handshake gets VERIFY_X509_STRICT first, and the handshakes are counted: docker-py
 * builds its context through requests/urllib3, so the flag is set where the socket is wrapped.
 */
const DOCKER_PY = String.raw`
import json, ssl, sys, warnings
warnings.simplefilter('ignore')
mode, image = sys.argv[1], sys.argv[2]
handshakes = []
if mode == 'strict':
    original = ssl.SSLContext.wrap_socket
    def wrap_socket(self, *args, **kwargs):
        self.verify_flags |= ssl.VERIFY_X509_STRICT
        handshakes.append({
            'strict': bool(self.verify_flags & ssl.VERIFY_X509_STRICT),
            'verifyMode': int(self.verify_mode),
            'checkHostname': self.check_hostname,
        })
        return original(self, *args, **kwargs)
    ssl.SSLContext.wrap_socket = wrap_socket
import docker
client = docker.from_env()
result = {
    'baseUrl': client.api.base_url,
    'ping': client.ping(),
    'version': client.version()['Version'],
    'containers': len(client.containers.list(all=True)),
}
if image:
    result['run'] = client.containers.run(image, ['echo', 'hello from docker-py'], remove=True).decode().strip()
result['handshakes'] = handshakes
print(json.dumps(result))
`;

export interface DockerPyResult {
  baseUrl: string;
  ping: boolean;
  version: string;
  containers: number;
  run?: string;
  handshakes: Array<{ strict: boolean; verifyMode: number; checkHostname: boolean }>;
}

/** Debian's python3 with python3-docker; the pyenv python3 on PATH has no docker module. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export function dockerPyRaw(env: NodeJS.ProcessEnv, mode: 'plain' | 'strict', image = ''): Promise<RunResult> {
  return run(SYSTEM_PYTHON, ['-c', DOCKER_PY, mode, image], { env, timeoutMs: 60_000 });
}

export async function dockerPy(env: NodeJS.ProcessEnv, mode: 'plain' | 'strict', image = ''): Promise<DockerPyResult> {
  return JSON.parse(
    ok(await dockerPyRaw(env, mode, image))
      .trim()
      .split('\n')
      .pop()!,
  ) as DockerPyResult;
}

/** Runs one of the client scripts next to this file in a Node process of its own (a later step). */
export function nodeClient(script: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 90_000) {
  return run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], { env, timeoutMs });
}

/** Parses the one JSON line a client script prints last. */
export function lastJson<T>(result: RunResult): T {
  const lines = ok(result).trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
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

/** The daemon's log, read from a mark on: what it said about the connections made since. */
export class DaemonLog {
  constructor(readonly path: string) {}

  mark(): number {
    return statSync(this.path).size;
  }

  since(mark: number): string {
    return readFileSync(this.path).subarray(mark).toString('utf8');
  }

  /** Waits for the daemon's line about the connection from `clientPort` and returns its reason. */
  async reasonFor(clientPort: number, mark: number, timeoutMs = 5000): Promise<string> {
    const needle = new RegExp(`TLS handshake error from [^ ]+:${clientPort}: (.*)`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = needle.exec(this.since(mark));
      if (match) return match[1];
      if (Date.now() > deadline) return `(no log line for client port ${clientPort})`;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The reasons of the handshake errors logged after `mark`. */
  reasonsSince(mark: number): string[] {
    return [...this.since(mark).matchAll(/TLS handshake error from [^ ]+:\d+: (.*)/g)].map((match) => match[1]);
  }

  /** Waits until a handshake error after `mark` gives `reason`; then every one there must give it. */
  async waitFor(reason: RegExp, mark: number, timeoutMs = 5000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const reasons = this.reasonsSince(mark);
      if (reasons.some((line) => reason.test(line))) {
        for (const line of reasons) assert.match(line, reason, `every refusal since the mark: ${reasons.join(' | ')}`);
        return reasons;
      }
      if (Date.now() > deadline) {
        assert.fail(`the daemon logged no handshake error matching ${reason}; it logged:\n${reasons.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The id main recorded in its state: every path, process and bridge of that instance carries it. */
export function instanceOf(state: Record<string, string>): { id: string; marker: string; logFile: string } {
  const instance = JSON.parse(state.instance) as { id: string; logFile: string };
  return { id: instance.id, marker: `dtls-${instance.id}`, logFile: instance.logFile };
}

/**
 * Nothing of this instance is left: no process, mount, bridge or exec-root named after it, nothing
 * listening on its port. Only this instance is looked at: others may run tests on the same machine.
 */
export async function assertCleanedUp(marker: string, port: number): Promise<void> {
  const leaks = await snapshot();
  const mine = (items: string[]) => items.filter((item) => item.includes(marker));
  assert.deepEqual(mine(leaks.processes), [], `no process of ${marker}`);
  assert.deepEqual(mine(leaks.mounts), [], `no mount of ${marker}`);
  assert.deepEqual(mine(leaks.bridges), [], `no bridge of ${marker}`);
  assert.deepEqual(mine(leaks.runDirs), [], `no exec-root of ${marker}`);
  assert.ok(!leaks.listeners.some((line) => new RegExp(`:${port}\\s`).test(line)), `nothing listens on ${port}`);
}
