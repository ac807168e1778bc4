// Where the keys are (and the CA's is not), and the daemon under concurrent mTLS load.
// See docs/compatibility.md.
import assert from 'node:assert/strict';
import { X509Certificate, createPrivateKey, createPublicKey } from 'node:crypto';
import { type Dirent, existsSync, lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { Agent, type RequestOptions, request } from 'node:https';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { BUSYBOX_IMAGE, importBusybox, stepEnv } from '../harness/docker.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { dockerCli, ok } from '../harness/commands.js';
import { filesOf } from '../harness/tls-clients.js';
import { instanceOf } from '../harness/instance.js';
import { portOf } from '../harness/ports.js';

const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?-----END \1PRIVATE KEY-----/g;
const MAX_SCANNED_FILE = 64 * 1024 * 1024;

interface FoundKey {
  file: string;
  spki: string;
}

/** Every PEM private key in the regular files under `root` (symlinks not followed). */
function findPrivateKeys(root: string, found: FoundKey[] = [], scanned = { files: 0 }): FoundKey[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) findPrivateKeys(path, found, scanned);
    else if (entry.isFile()) {
      if (lstatSync(path).size > MAX_SCANNED_FILE) continue;
      scanned.files += 1;
      found.push(...privateKeysIn(path, readFileSync(path, 'latin1')));
    }
  }
  return found;
}

function privateKeysIn(file: string, text: string): FoundKey[] {
  return [...text.matchAll(PEM_PRIVATE_KEY)].map((match) => {
    // A key that cannot be parsed (encrypted, say) cannot be shown not to be the CA's: fail.
    const key = createPrivateKey(match[0]);
    return { file, spki: spkiOf(createPublicKey(key)) };
  });
}

function spkiOf(key: ReturnType<typeof createPublicKey>): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

function certSpki(path: string): string {
  return spkiOf(new X509Certificate(readFileSync(path)).publicKey);
}

function mode(path: string): string {
  return (statSync(path).mode & 0o777).toString(8).padStart(4, '0');
}

interface PingResult {
  status: number;
  body: string;
  socket: object;
}

function get(options: RequestOptions): Promise<PingResult> {
  return new Promise((resolve, reject) => {
    const req = request({ timeout: 30_000, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, socket: req.socket! }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end();
  });
}

describe('secrets and load', () => {
  let runner: FakeRunner;
  let main: StepResult;
  let posted: StepResult | undefined;
  let port: number;
  let tls: { ca: string; cert: string; key: string };

  before(async () => {
    runner = new FakeRunner();
    main = await runner.main({ port: '0', 'daemon-config': '{"debug": true}' }, { env: { RUNNER_DEBUG: '1' } });
    assert.equal(main.code, 0, main.stdout + main.stderr);
    port = portOf(main.env.DOCKER_HOST);
    const files = filesOf(main.env.DOCKER_CERT_PATH);
    tls = {
      ca: readFileSync(files.ca, 'utf8'),
      cert: readFileSync(files.cert, 'utf8'),
      key: readFileSync(files.key, 'utf8'),
    };
    // Give data-root something to hold: an image and a container that ran.
    const env = stepEnv(main.env);
    await importBusybox(env);
    ok(await dockerCli(['run', '--name', 'secrets-scan', BUSYBOX_IMAGE, 'echo', 'hello'], env));
  });

  after(async () => {
    posted ??= await runner.post(main.state);
    runner.dispose();
  });

  test("the CA's private key is nowhere on disk: cert dir, data-root, exec-root, RUNNER_TEMP, the log", () => {
    const instance = JSON.parse(main.state.instance) as {
      certDir: string;
      dataRoot: string;
      execRoot: string;
      logFile: string;
      workDir: string;
    };
    const certDir = instance.certDir;
    const caSpki = certSpki(join(certDir, 'client', 'ca.pem'));
    assert.equal(caSpki, certSpki(join(certDir, 'server', 'ca.pem')));
    assert.ok(instance.dataRoot.startsWith(runner.runnerTemp) && instance.logFile.startsWith(runner.runnerTemp));
    assert.ok(existsSync(instance.dataRoot) && existsSync(instance.logFile));

    const scanned = { files: 0 };
    const found = [runner.runnerTemp, certDir, instance.dataRoot, instance.execRoot].flatMap((root) =>
      findPrivateKeys(root, [], scanned),
    );
    found.push(...privateKeysIn(instance.logFile, readFileSync(instance.logFile, 'latin1')));
    assert.ok(scanned.files > 20, `scanned ${scanned.files} files`);

    const matchesCa = found.filter((key) => key.spki === caSpki);
    assert.deepEqual(matchesCa, [], "no private key on disk belongs to the CA's certificate");
    // The method finds keys: the server's and the client's are there (RUNNER_TEMP holds the cert
    // dir, hence each twice), the daemon's private copy of the server's, and nothing else.
    const serverSpki = certSpki(join(certDir, 'server', 'cert.pem'));
    const clientSpki = certSpki(join(certDir, 'client', 'cert.pem'));
    const byFile = new Map(found.map((key) => [key.file, key.spki]));
    assert.deepEqual(
      [...byFile.entries()].sort(),
      [
        [join(certDir, 'client', 'key.pem'), clientSpki],
        [join(certDir, 'server', 'key.pem'), serverSpki],
        [join(instance.workDir, 'tls', 'key.pem'), serverSpki],
      ].sort(),
    );
  });

  test('key files are 0600 in 0700 directories; certificates 0644', () => {
    const certDir = JSON.parse(main.state.instance).certDir as string;
    assert.equal(mode(certDir), '0700');
    for (const side of ['server', 'client']) {
      assert.equal(mode(join(certDir, side)), '0700', `${side}/`);
      assert.equal(mode(join(certDir, side, 'key.pem')), '0600', `${side}/key.pem`);
      for (const file of ['cert.pem', 'ca.pem'])
        assert.equal(mode(join(certDir, side, file)), '0644', `${side}/${file}`);
    }
  });

  test('no PRIVATE KEY in what main wrote: stdout, stderr, outputs, exported env, state, summary', () => {
    for (const [name, text] of Object.entries({
      stdout: main.stdout,
      stderr: main.stderr,
      outputs: JSON.stringify(main.outputs),
      env: JSON.stringify(main.env),
      state: JSON.stringify(main.state),
      summary: main.summary,
    })) {
      assert.doesNotMatch(text, /PRIVATE KEY/, name);
    }
    assert.match(main.stdout, /::debug::/, 'with debug output on');
  });

  test("no PRIVATE KEY in dockerd's command line or environment", () => {
    const pid = Number(main.outputs.pid);
    for (const file of ['cmdline', 'environ']) {
      assert.doesNotMatch(readFileSync(`/proc/${pid}/${file}`, 'latin1'), /PRIVATE KEY/, file);
    }
  });

  test('200 concurrent mTLS requests, each on a fresh connection (agent: false)', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, () => get({ host: '127.0.0.1', port, path: '/_ping', ...tls, agent: false })),
    );
    assert.deepEqual(
      results.filter((result) => result.status !== 200 || result.body !== 'OK').map((result) => result.status),
      [],
    );
    assert.equal(new Set(results.map((result) => result.socket)).size, 200, '200 connections');
  });

  test('200 concurrent mTLS requests over keep-alive (20 sockets at most)', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 20, ...tls });
    const connections = new Set<object>();
    try {
      const results = await Promise.all(
        Array.from({ length: 200 }, () => get({ host: '127.0.0.1', port, path: '/version', agent })),
      );
      for (const result of results) connections.add(result.socket);
      const bad = results.filter((result) => result.status !== 200);
      assert.deepEqual(
        bad.map((result) => `${result.status} ${result.body.slice(0, 200)}`),
        [],
      );
      for (const result of results) assert.match(JSON.parse(result.body).Version, /^\d+\.\d+/);
      assert.ok(connections.size <= 20, `${connections.size} connections for 200 requests`);
    } finally {
      agent.destroy();
    }
  });

  test('post: no PRIVATE KEY in its output, the daemon is gone, nothing of it is left', async () => {
    posted = await runner.post(main.state);
    assert.equal(posted.code, 0, posted.stdout + posted.stderr);
    assert.match(posted.stdout, /::group::dockerd log/, 'post printed the (debug) daemon log');
    assert.doesNotMatch(posted.stdout + posted.stderr, /PRIVATE KEY/);
    await assertNoLeaks({ ids: [instanceOf(main.state).id], ports: [port] });
    assert.deepEqual(readdirSync(runner.runnerTemp), [], 'RUNNER_TEMP is as it was');
  });
});
