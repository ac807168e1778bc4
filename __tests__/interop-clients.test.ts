// Real clients against the action's daemon, each configured only from what the action exported:
// DOCKER_HOST, DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH (or the three files in it). Then every key
// algorithm with the docker CLI and docker-py. See docs/compatibility.md.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { BUSYBOX_IMAGE, importBusybox, stepEnv } from '../harness/docker.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { curl, filesOf, opensslRequest } from '../harness/tls-clients.js';
import { dockerCli, ok, withEnv } from '../harness/commands.js';
import { dockerPy } from '../harness/docker-py.js';
import { instanceOf } from '../harness/instance.js';
import { lastJson, nodeClient } from '../harness/node-clients.js';
import { portOf } from '../harness/ports.js';
import { assertEngineAnswers } from '../harness/engine.js';

let runner: FakeRunner;

before(() => {
  runner = new FakeRunner();
});

after(() => {
  runner.dispose();
});

/** One started action: what main returned, and post run once, from the test or from `after`. */
class Started {
  posted?: StepResult;
  constructor(readonly main: StepResult) {}
  get env() {
    return stepEnv(this.main.env);
  }
  get port() {
    return portOf(this.main.env.DOCKER_HOST);
  }
  get files() {
    return filesOf(this.main.env.DOCKER_CERT_PATH);
  }
  async post(): Promise<StepResult> {
    this.posted ??= await runner.post(this.main.state);
    return this.posted;
  }
}

async function start(inputs: Record<string, string>): Promise<Started> {
  const main = await runner.main({ port: '0', ...inputs });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  assert.equal(main.env.DOCKER_TLS_VERIFY, '1');
  return new Started(main);
}

async function postAndCheck(started: Started): Promise<void> {
  const post = await started.post();
  assert.equal(post.code, 0, post.stdout + post.stderr);
  assert.doesNotMatch(post.stdout, /::warning::/);
  await assertNoLeaks({ ids: [instanceOf(started.main.state).id], ports: [started.port] });
}

describe('clients configured from the exported environment', () => {
  let daemon: Started;

  before(async () => {
    daemon = await start({ 'tls-san': 'interop.example.test' });
    await importBusybox(daemon.env);
  });

  after(async () => {
    await daemon?.post();
  });

  test('the daemon is the engine under test, with its own containerd', () => {
    assertEngineAnswers(daemon.env);
  });

  test('docker CLI: version, info, ps, run', async () => {
    const env = daemon.env;
    const version = JSON.parse(ok(await dockerCli(['version', '--format', '{{json .Server}}'], env)));
    assert.match(version.Version, /^\d+\.\d+/);
    assert.equal(version.Os, 'linux');
    const info = ok(await dockerCli(['info', '--format', '{{.DockerRootDir}}'], env)).trim();
    assert.ok(info.startsWith(runner.runnerTemp), `the action's daemon (data-root ${info}), not the system one`);
    ok(await dockerCli(['ps', '-a'], env));
    const run = ok(await dockerCli(['run', '--rm', BUSYBOX_IMAGE, 'echo', 'hello from the docker CLI'], env));
    assert.equal(run.trim(), 'hello from the docker CLI');
  });

  test('curl with --cacert/--cert/--key: /_ping, /version, /containers/json, and a container run', async () => {
    const base = `https://127.0.0.1:${daemon.port}`;
    const files = daemon.files;
    const env = daemon.env;
    assert.equal(ok(await curl(`${base}/_ping`, files, [], env)), 'OK');
    assert.match(JSON.parse(ok(await curl(`${base}/version`, files, [], env))).Version, /^\d+\.\d+/);
    assert.ok(Array.isArray(JSON.parse(ok(await curl(`${base}/containers/json?all=1`, files, [], env)))));

    const json = ['-H', 'Content-Type: application/json', '-X', 'POST'];
    const body = JSON.stringify({ Image: BUSYBOX_IMAGE, Cmd: ['echo', 'hello from curl'], Tty: true });
    const created = JSON.parse(ok(await curl(`${base}/containers/create`, files, [...json, '-d', body], env)));
    assert.match(created.Id, /^[0-9a-f]{64}$/);
    ok(await curl(`${base}/containers/${created.Id}/start`, files, ['-X', 'POST', '-f'], env));
    const waited = JSON.parse(ok(await curl(`${base}/containers/${created.Id}/wait`, files, ['-X', 'POST'], env)));
    assert.equal(waited.StatusCode, 0);
    const logs = ok(await curl(`${base}/containers/${created.Id}/logs?stdout=1`, files, [], env));
    assert.equal(logs.trim(), 'hello from curl');
    ok(await curl(`${base}/containers/${created.Id}`, files, ['-X', 'DELETE', '-f'], env));
  });

  test('openssl s_client -verify_return_error: HTTP 200 "OK" over TLS 1.2 and TLS 1.3', async () => {
    for (const [flag, version] of [
      ['-tls1_2', 'TLSv1.2'],
      ['-tls1_3', 'TLSv1.3'],
    ]) {
      // -brief: the connection summary goes to stderr, so stdout is the HTTP answer alone.
      const result = await opensslRequest('127.0.0.1', daemon.port, daemon.files, [flag, '-brief']);
      const answer = ok(result);
      assert.match(answer, /^HTTP\/1\.1 200 OK\r\n/, `${flag}: ${answer}`);
      assert.match(answer, /^Api-Version: 1\.\d+\r$/m, `${flag}: the Docker API answered`);
      assert.match(answer, /\r\n\r\nOK$/, `${flag}: body OK`);
      assert.match(result.stderr, /^Verification: OK$/m);
      assert.match(result.stderr, new RegExp(`^Protocol version: ${version.replace('.', '\\.')}$`, 'm'));
    }
  });

  test('dockerode: new Docker() reads DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', async () => {
    const result = lastJson<{
      modem: Record<string, unknown>;
      ping: string;
      version: string;
      containers: number;
      exitCode: number;
      logs: string;
    }>(await nodeClient('client-dockerode.ts', [BUSYBOX_IMAGE], daemon.env));
    assert.deepEqual(result.modem, {
      protocol: 'https',
      host: '127.0.0.1',
      port: String(daemon.port),
      hasCa: true,
      hasCert: true,
      hasKey: true,
    });
    assert.equal(result.ping, 'OK');
    assert.match(result.version, /^\d+\.\d+/);
    assert.equal(typeof result.containers, 'number');
    assert.equal(result.exitCode, 0);
    assert.equal(result.logs, 'hello from dockerode');
  });

  test('testcontainers-node: a GenericContainer from the local image, exec and logs, nothing pulled', async () => {
    const env = withEnv(daemon.env, { TESTCONTAINERS_RYUK_DISABLED: 'true', DEBUG: 'testcontainers*' });
    const since = Math.floor(Date.now() / 1000) - 1;
    const result = await nodeClient('client-testcontainers.ts', [BUSYBOX_IMAGE], env);
    const out = lastJson<{ id: string; exec: { exitCode: number; stdout: string }; logs: string }>(result);
    assert.match(out.id, /^[0-9a-f]{64}$/);
    assert.equal(out.exec.exitCode, 0);
    assert.equal(out.exec.stdout.trim(), 'hello from testcontainers exec');
    assert.match(out.logs, /started in testcontainers/);
    // Its own log: it chose the environment's daemon, found the image and pulled nothing.
    assert.match(result.stderr, /Container runtime strategy "ConfigurationStrategy" works/);
    assert.match(result.stderr, new RegExp(`Image "${BUSYBOX_IMAGE}" already exists`));
    assert.doesNotMatch(result.stderr, /Pulling image/);
    assert.ok(result.stderr.includes(`dockerHost: "${daemon.main.env.DOCKER_HOST}"`), 'configured from DOCKER_HOST');
    // The container it started lived and went on the action's daemon.
    const events = ok(
      await dockerCli(
        [
          'events',
          '--since',
          String(since),
          '--until',
          String(Math.ceil(Date.now() / 1000) + 1),
          '--filter',
          `container=${out.id}`,
          '--format',
          '{{.Action}}',
        ],
        daemon.env,
      ),
    );
    for (const action of ['create', 'start', 'exec_start', 'die', 'destroy']) {
      assert.match(events, new RegExp(`^${action}`, 'm'), `event ${action}: ${events}`);
    }
  });

  test('docker-py docker.from_env(): ping, version, containers, run', async () => {
    const result = await dockerPy(daemon.env, 'plain', BUSYBOX_IMAGE);
    assert.equal(result.baseUrl, `https://127.0.0.1:${daemon.port}`);
    assert.equal(result.ping, true);
    assert.match(result.version, /^\d+\.\d+/);
    assert.equal(typeof result.containers, 'number');
    assert.equal(result.run, 'hello from docker-py');
  });

  test('docker-py with ssl.VERIFY_X509_STRICT on every context that handshakes', async () => {
    const result = await dockerPy(daemon.env, 'strict', BUSYBOX_IMAGE);
    assert.equal(result.ping, true);
    assert.equal(result.run, 'hello from docker-py');
    assert.ok(result.handshakes.length >= 1, 'the patched wrap_socket was used for the handshake');
    for (const handshake of result.handshakes) {
      // urllib3 checks the host name itself after the handshake (check_hostname stays off); the
      // refusals suite proves docker-py refuses a name the certificate does not hold.
      assert.equal(handshake.strict, true, 'VERIFY_X509_STRICT set');
      assert.equal(handshake.verifyMode, 2, 'CERT_REQUIRED');
    }
  });

  test('post: the daemon is gone, nothing of it is left', async () => {
    await postAndCheck(daemon);
    const after = await dockerCli(['version'], daemon.env, 15_000);
    assert.notEqual(after.code, 0);
  });
});

const ALGORITHMS: Array<{ name: string; type: string; detail: Record<string, unknown> }> = [
  { name: 'ecdsa-p256', type: 'ec', detail: { namedCurve: 'prime256v1' } },
  { name: 'ecdsa-p384', type: 'ec', detail: { namedCurve: 'secp384r1' } },
  { name: 'rsa-2048', type: 'rsa', detail: { modulusLength: 2048 } },
  { name: 'rsa-3072', type: 'rsa', detail: { modulusLength: 3072 } },
  { name: 'rsa-4096', type: 'rsa', detail: { modulusLength: 4096 } },
];

describe('every key-algorithm with the docker CLI and docker-py', () => {
  for (const algorithm of ALGORITHMS) {
    test(algorithm.name, async () => {
      const daemon = await start({ 'key-algorithm': algorithm.name });
      try {
        for (const file of ['ca.pem', 'cert.pem']) {
          const cert = new X509Certificate(readFileSync(`${daemon.main.env.DOCKER_CERT_PATH}/${file}`));
          assert.equal(cert.publicKey.asymmetricKeyType, algorithm.type, file);
          for (const [key, value] of Object.entries(algorithm.detail)) {
            assert.equal(
              (cert.publicKey.asymmetricKeyDetails as Record<string, unknown>)[key],
              value,
              `${file} ${key}`,
            );
          }
        }
        const env = daemon.env;
        const version = ok(await dockerCli(['version', '--format', '{{.Server.Version}}'], env));
        assert.match(version, /^\d+\.\d+/);
        ok(await dockerCli(['ps', '-a'], env));
        await importBusybox(env);
        const run = ok(await dockerCli(['run', '--rm', BUSYBOX_IMAGE, 'echo', algorithm.name], env));
        assert.equal(run.trim(), algorithm.name);

        const plain = await dockerPy(env, 'plain', BUSYBOX_IMAGE);
        assert.equal(plain.ping, true);
        assert.equal(plain.run, 'hello from docker-py');
        const strict = await dockerPy(env, 'strict');
        assert.equal(strict.ping, true);
        assert.ok(strict.handshakes.length >= 1 && strict.handshakes.every((handshake) => handshake.strict));
      } finally {
        await postAndCheck(daemon);
      }
    });
  }
});
