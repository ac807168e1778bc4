// The connection doctor against real TLS and HTTP servers on 127.0.0.1: each cause is built for
// real with the project's PKI and must be named in the doctor's output. No root, no Docker.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import tls from 'node:tls';
import { runCli } from '../src/adapters/cli/run.js';
import { type DoctorTarget, diagnoseConnection, formatFindings, parseDockerHost } from '../src/doctor/index.js';
import { type Authority, type LeafCertificate, createAuthority } from '../src/core/pki/index.js';

const HOUR = 3_600_000;
const now = () => Date.now();
const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-doctor-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

const API_ANSWER = JSON.stringify({ Version: '28.5.1', ApiVersion: '1.51' });
const HTTP_OK = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${API_ANSWER.length}\r\nConnection: close\r\n\r\n${API_ANSWER}`;

let dirCount = 0;
/** A client directory as DOCKER_CERT_PATH names it; `null` leaves a file out. */
function clientDir(files: { ca: string | null; cert: string | null; key: string | null }): string {
  const dir = join(tempRoot, `client-${++dirCount}`);
  mkdirSync(dir);
  if (files.ca !== null) writeFileSync(join(dir, 'ca.pem'), files.ca);
  if (files.cert !== null) writeFileSync(join(dir, 'cert.pem'), files.cert);
  if (files.key !== null) writeFileSync(join(dir, 'key.pem'), files.key, { mode: 0o600 });
  return dir;
}

/** Stands in for dockerd: mTLS with a CA of its own for clients, answers GET /version. */
async function tlsDaemon(server: LeafCertificate, trustedClientCa: string): Promise<Server> {
  const daemon = tls.createServer(
    { cert: server.certPem, key: server.keyPem, ca: trustedClientCa, requestCert: true, rejectUnauthorized: true },
    (socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end(HTTP_OK));
    },
  );
  daemon.on('tlsClientError', () => {});
  return listen(daemon);
}

async function listen<T extends Server>(server: T): Promise<T> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return server;
}
const servers: Server[] = [];
after(() => servers.forEach((server) => server.close()));
const portOf = (server: Server) => (server.address() as AddressInfo).port;

/** The doctor's printed lines for one target (the CA-bundle variables of this machine left out). */
async function doctor(server: Server, certPath: string, extra: Partial<DoctorTarget> = {}): Promise<string> {
  const target: DoctorTarget = {
    host: '127.0.0.1',
    port: portOf(server),
    certPath,
    tlsVerify: '1',
    env: {},
    ...extra,
  };
  return formatFindings(await diagnoseConnection(target, { timeoutMs: 3000 })).join('\n');
}

const ENVIRONMENT_CAUSES = new Set(['tls-verify-value', 'ca-bundle-override', 'plain-http-to-tls-port']);

function assertNamed(output: string, cause: string, ...details: (string | RegExp)[]): void {
  assert.match(output, new RegExp(`^fail \\[${cause}\\]`, 'm'), `cause ${cause} named in:\n${output}`);
  for (const detail of details) {
    if (typeof detail === 'string') assert.ok(output.includes(detail), `"${detail}" in:\n${output}`);
    else assert.match(output, detail);
  }
  if (ENVIRONMENT_CAUSES.has(cause)) {
    // Only the variables are wrong: the daemon and the files work, and the doctor says so.
    assert.match(output, /^ok {3}\[reachable\] The daemon and these client files work together/m, output);
  } else {
    assert.doesNotMatch(output, /\[reachable\]/, 'a broken set-up is never reported as reachable');
  }
}

describe('docker-tls doctor: the connection diagnosis', () => {
  let ours: Authority;
  let other: Authority;
  let server: LeafCertificate;
  let client: LeafCertificate;
  let daemon: Server;
  let goodDir: string;

  before(async () => {
    const window = { notBefore: new Date(now() - 300_000), notAfter: new Date(now() + 6 * HOUR) };
    [ours, other] = await Promise.all([createAuthority('ecdsa-p256', window), createAuthority('ecdsa-p256', window)]);
    const sans = [
      { type: 'dns' as const, value: 'localhost' },
      { type: 'ip' as const, value: '127.0.0.1' },
    ];
    [server, client] = await Promise.all([ours.issue('server', { sans }), ours.issue('client')]);
    daemon = await tlsDaemon(server, ours.caCertPem);
    goodDir = clientDir({ ca: ours.caCertPem, cert: client.certPem, key: client.keyPem });
  });

  test('all good: reaches the Docker API over mutual TLS and says which version', async () => {
    const output = await doctor(daemon, goodDir);
    assert.match(output, /^ok {3}\[reachable\] Reaches Docker API version 1\.51 at 127\.0\.0\.1:\d+ over mutual TLS/m);
    assert.doesNotMatch(output, /^(fail|warn)/m, output);
  });

  test('a client file missing', async () => {
    const dir = clientDir({ ca: ours.caCertPem, cert: client.certPem, key: null });
    assertNamed(await doctor(daemon, dir), 'file-missing', join(dir, 'key.pem'), 'DOCKER_CERT_PATH');
  });

  test('a client file unreadable (a directory where ca.pem should be)', async () => {
    const dir = clientDir({ ca: null, cert: client.certPem, key: client.keyPem });
    mkdirSync(join(dir, 'ca.pem'));
    assertNamed(await doctor(daemon, dir), 'file-unreadable', join(dir, 'ca.pem'), 'EISDIR');
  });

  test('a client file that is not PEM', async () => {
    const dir = clientDir({ ca: ours.caCertPem, cert: 'not a certificate\n', key: client.keyPem });
    assertNamed(await doctor(daemon, dir), 'file-invalid', join(dir, 'cert.pem'));
  });

  test('a key that does not match its certificate', async () => {
    const stranger = await ours.issue('client');
    const dir = clientDir({ ca: ours.caCertPem, cert: client.certPem, key: stranger.keyPem });
    assertNamed(await doctor(daemon, dir), 'key-mismatch', 'is not the private key of');
  });

  test('the server certificate expired: the local clock and the window are shown', async () => {
    const expired = await ours.issue('server', {
      sans: [{ type: 'ip', value: '127.0.0.1' }],
      window: { notBefore: new Date(now() - 3 * HOUR), notAfter: new Date(now() - HOUR) },
    });
    const output = await doctor(await tlsDaemon(expired, ours.caCertPem), goodDir);
    assertNamed(
      output,
      'certificate-expired',
      /server certificate .* has expired: valid from \S+Z to \S+Z; this machine's clock reads \S+Z/,
    );
  });

  test('the client certificate is not yet valid', async () => {
    const early = await ours.issue('client', {
      window: { notBefore: new Date(now() + HOUR), notAfter: new Date(now() + 2 * HOUR) },
    });
    const dir = clientDir({ ca: ours.caCertPem, cert: early.certPem, key: early.keyPem });
    const clock = new Date();
    const output = formatFindings(
      await diagnoseConnection(
        { host: '127.0.0.1', port: portOf(daemon), certPath: dir, tlsVerify: '1', env: {} },
        { now: clock, timeoutMs: 3000 },
      ),
    ).join('\n');
    assertNamed(output, 'certificate-not-yet-valid', `clock reads ${clock.toISOString()}`, 'NTP');
  });

  test('the host used is not among the server certificate names, which are listed', async () => {
    const named = await ours.issue('server', { sans: [{ type: 'dns', value: 'docker.example.com' }] });
    const output = await doctor(await tlsDaemon(named, ours.caCertPem), goodDir);
    assertNamed(
      output,
      'host-not-in-certificate',
      'does not name "127.0.0.1"',
      'DNS:docker.example.com',
      'tls-san: 127.0.0.1',
    );
  });

  test('wrong EKU: the server certificate used as the client certificate', async () => {
    const dir = clientDir({ ca: ours.caCertPem, cert: server.certPem, key: server.keyPem });
    const output = await doctor(daemon, dir);
    assertNamed(output, 'wrong-eku', 'server certificate used as a client certificate', 'client/ directory');
    assertNamed(output, 'client-certificate-refused');
  });

  test('wrong EKU: the daemon presents a client certificate', async () => {
    const clientAsServer = await ours.issue('client', { sans: [{ type: 'ip', value: '127.0.0.1' }] });
    const output = await doctor(await tlsDaemon(clientAsServer, ours.caCertPem), goodDir);
    assertNamed(output, 'wrong-eku', 'a client certificate used as the server', 'not serverAuth');
  });

  test("CA mismatch: the server's chain does not end at ca.pem", async () => {
    const dir = clientDir({ ca: other.caCertPem, cert: client.certPem, key: client.keyPem });
    assertNamed(await doctor(daemon, dir), 'ca-mismatch', 'does not end at ca.pem', 'unable to get local issuer');
  });

  test('plain HTTP against the TLS port (DOCKER_TLS_VERIFY unset)', async () => {
    const output = await doctor(daemon, goodDir, { tlsVerify: undefined });
    assertNamed(output, 'plain-http-to-tls-port', 'DOCKER_TLS_VERIFY is unset', 'DOCKER_TLS_VERIFY=1');
  });

  test('TLS against a plain HTTP port', async () => {
    const plain = await listen(http.createServer((_request, response) => response.end(API_ANSWER)));
    const output = await doctor(plain, goodDir);
    assertNamed(output, 'tls-to-plain-port', 'does not speak TLS', /plain HTTP request there answered HTTP\/1\.1 200/);
  });

  for (const value of ['0', 'true', 'yes']) {
    test(`DOCKER_TLS_VERIFY=${value}, a value clients read differently`, async () => {
      const output = await doctor(daemon, goodDir, { tlsVerify: value });
      const meaning = value === '0' ? 'treat any non-empty value as "verify on"' : 'use TLS only for exactly "1"';
      assertNamed(output, 'tls-verify-value', `DOCKER_TLS_VERIFY="${value}"`, meaning, 'DOCKER_TLS_VERIFY=1');
    });
  }

  test('a CA bundle variable that overrides ca.pem for docker-py', async () => {
    const bundle = join(tempRoot, 'bundle.pem');
    writeFileSync(bundle, other.caCertPem);
    const output = await doctor(daemon, goodDir, { env: { REQUESTS_CA_BUNDLE: bundle } });
    assertNamed(output, 'ca-bundle-override', `REQUESTS_CA_BUNDLE=${bundle}`, 'docker-py');

    const withOurs = join(tempRoot, 'bundle-with-ours.pem');
    writeFileSync(withOurs, other.caCertPem + ours.caCertPem);
    const fine = await doctor(daemon, goodDir, { env: { CURL_CA_BUNDLE: withOurs } });
    assert.doesNotMatch(fine, /ca-bundle-override/, 'a bundle that holds our CA overrides nothing');
    assert.match(fine, /\[reachable\]/);
  });

  test('the daemon refuses our client certificate (it trusts another CA for clients)', async () => {
    const picky = await tlsDaemon(server, other.caCertPem);
    const output = await doctor(picky, goodDir);
    assertNamed(output, 'client-certificate-refused', 'refused our client certificate', 'after cert.pem was sent');
    assert.doesNotMatch(output, /ca-mismatch|wrong-eku|expired/, 'nothing else is wrong');
  });

  test('nothing listens on the port', async () => {
    const gone = await listen(http.createServer());
    const port = portOf(gone);
    gone.close();
    await once(gone, 'close');
    const output = formatFindings(
      await diagnoseConnection({ host: '127.0.0.1', port, certPath: goodDir, tlsVerify: '1', env: {} }),
    ).join('\n');
    assertNamed(output, 'unreachable', 'ECONNREFUSED');
  });

  describe('through the CLI verb', () => {
    const saved = { ...process.env };
    before(() => {
      for (const name of [
        'REQUESTS_CA_BUNDLE',
        'CURL_CA_BUNDLE',
        'DOCKER_HOST',
        'DOCKER_TLS_VERIFY',
        'DOCKER_CERT_PATH',
      ]) {
        delete process.env[name];
      }
    });
    after(() => Object.assign(process.env, saved));

    async function cli(args: string[]): Promise<{ code: number; output: string }> {
      const lines: string[] = [];
      const code = await runCli(
        ['doctor', '--port', '0', ...args],
        (line) => lines.push(line),
        (line) => lines.push(line),
      );
      return { code, output: lines.join('\n') };
    }

    test('flags name the endpoint: the diagnosis follows the machine checks', async () => {
      const { output } = await cli(['--host', `tcp://127.0.0.1:${portOf(daemon)}`, '--cert-path', goodDir]);
      assert.match(output, /^ok +node:/m, 'the machine checks still run');
      assert.match(output, /^ok {3}\[reachable\] Reaches Docker API version 1\.51/m);
    });

    test('DOCKER_HOST=tcp:// from the environment, and exit 1 when the connection is wrong', async () => {
      process.env.DOCKER_HOST = `tcp://127.0.0.1:${portOf(daemon)}`;
      process.env.DOCKER_CERT_PATH = clientDir({ ca: other.caCertPem, cert: client.certPem, key: client.keyPem });
      process.env.DOCKER_TLS_VERIFY = '1';
      const { code, output } = await cli([]);
      assert.match(output, /^fail \[ca-mismatch\]/m);
      assert.match(output, /the connection failed; see above/);
      assert.equal(code, 1);
    });

    test('--help describes the connection diagnosis', async () => {
      const lines: string[] = [];
      assert.equal(await runCli(['doctor', '--help'], (line) => lines.push(line)), 0);
      assert.match(lines.join('\n'), /--cert-path DIR[\s\S]*DOCKER_TLS_VERIFY/);
    });
  });
});

describe('DOCKER_HOST parsing', () => {
  test('host, port, IPv6 in brackets, the TLS port by default', () => {
    assert.deepEqual(parseDockerHost('tcp://127.0.0.1:2376'), { host: '127.0.0.1', port: 2376 });
    assert.deepEqual(parseDockerHost('tcp://[::1]:12345'), { host: '::1', port: 12345 });
    assert.deepEqual(parseDockerHost('tcp://docker.example.com'), { host: 'docker.example.com', port: 2376 });
    assert.deepEqual(parseDockerHost('tcp://docker:80'), { host: 'docker', port: 80 });
    assert.throws(() => parseDockerHost('unix:///var/run/docker.sock'), /only tcp:\/\//);
    assert.throws(() => parseDockerHost('tcp://host:2376/path'), /without a path/);
  });
});
