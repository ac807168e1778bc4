// The action end to end, as the GitHub runner runs it: dist/main, a later step that uses only the
// exported environment, dist/post; then nothing of ours may be left.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import {
  BUSYBOX_IMAGE,
  type SystemDaemon,
  docker,
  ensureSystemDaemon,
  execFileAsync,
  importBusybox,
  stepEnv,
} from '../harness/docker.js';
import { instanceOf } from '../harness/instance.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { portOf } from '../harness/ports.js';
import { assertEngineAnswers } from '../harness/engine.js';
import { cgroupDriverOf } from '../src/host/cgroups.js';

let runner: FakeRunner;
let system: SystemDaemon;

before(async () => {
  runner = new FakeRunner();
  system = await ensureSystemDaemon();
});

after(async () => {
  await system.stop();
  runner.dispose();
});

async function linkExists(name: string): Promise<boolean> {
  return execFileAsync('ip', ['-o', 'link', 'show', 'dev', name]).then(
    () => true,
    () => false,
  );
}

/** Runs the test body; if it fails before its own post step, post still runs so nothing leaks. */
async function withPost(main: StepResult, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (main.state.instance) await runner.post(main.state);
    throw error;
  }
}

describe('main exports an mTLS Docker that the next step uses; post leaves nothing', () => {
  let docker0Before: boolean;
  let main: StepResult;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let posted = false;

  before(async () => {
    docker0Before = await linkExists('docker0');
    main = await runner.main({ port: '0', 'tls-san': 'ci.example.test' });
    env = stepEnv(main.env);
    port = main.env.DOCKER_HOST ? portOf(main.env.DOCKER_HOST) : 0;
  });

  // If a test fails before the post test, post still runs so nothing leaks.
  after(async () => {
    if (!posted && main?.state.instance) await runner.post(main.state);
  });

  test('the system daemon made docker0', () => {
    if (system.startedHere) assert.ok(docker0Before, 'the system daemon made docker0');
  });

  test('main: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH and every output', () => {
    assert.equal(main.code, 0, main.stdout + main.stderr);
    assert.match(main.env.DOCKER_HOST, /^tcp:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(main.env.DOCKER_TLS_VERIFY, '1');
    assert.ok(existsSync(`${main.env.DOCKER_CERT_PATH}/cert.pem`));
    assert.equal(main.outputs.host, main.env.DOCKER_HOST);
    assert.equal(main.outputs['cert-path'], main.env.DOCKER_CERT_PATH);
    for (const output of [
      'ca-cert',
      'client-cert',
      'client-key',
      'server-cert-fingerprint',
      'expires-at',
      'pid',
      'log-file',
    ]) {
      assert.ok(main.outputs[output], `output ${output}`);
    }
    assert.match(main.outputs['server-cert-fingerprint'], /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.ok(Date.parse(main.outputs['expires-at']) > Date.now() + 5 * 3_600_000);
  });

  test('main: no private key in its output; refusals proven; a job summary', () => {
    assert.doesNotMatch(main.stdout + main.stderr, /PRIVATE KEY/);
    assert.match(main.stdout, /Refused as it must/);
    assert.match(main.summary, /Docker over mutual TLS/);
  });

  test('the next step: docker version, info (data-root under RUNNER_TEMP), run', async () => {
    const version = await docker(['version', '--format', '{{.Server.Version}}'], env);
    assert.match(version.stdout, /\d+\.\d+/);
    assertEngineAnswers(env);
    const info = await docker(['info', '--format', '{{.DockerRootDir}}'], env);
    assert.ok(info.stdout.trim().startsWith(runner.runnerTemp), `data-root ${info.stdout} under RUNNER_TEMP`);
    await importBusybox(env);
    const run = await docker(['run', '--rm', BUSYBOX_IMAGE, 'echo', 'hello over mTLS'], env);
    assert.equal(run.stdout.trim(), 'hello over mTLS');
    // A container left running must not survive post either.
    await docker(['run', '-d', '--name', 'left-running', BUSYBOX_IMAGE, 'sleep', '600'], env);
    // Its cgroup lies under our own parent (cgroupfs driver) or in a scope systemd removes with it.
    const pid = (await docker(['inspect', '-f', '{{.State.Pid}}', 'left-running'], env)).stdout.trim();
    const full = (await docker(['inspect', '-f', '{{.Id}}', 'left-running'], env)).stdout.trim();
    const cgroups = readFileSync(`/proc/${pid}/cgroup`, 'utf8');
    const expected =
      cgroupDriverOf({}) === 'cgroupfs' ? `/dtls-${instanceOf(main.state).id}/${full}` : `docker-${full}.scope`;
    assert.ok(cgroups.includes(expected), `${expected} in\n${cgroups}`);
  });

  test("the runner's own daemon answers all along, unaffected", async () => {
    assert.ok((await docker(['info', '--format', '{{.Name}}'], system.env)).stdout.trim());
  });

  test('post: the log, a clean teardown, nothing of ours left', async () => {
    posted = true;
    const post = await runner.post(main.state);
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /::group::dockerd log/);
    assert.match(post.stdout, /Cleaned up: dockerd stopped/);
    assert.doesNotMatch(post.stdout, /::warning::/);
    await assertNoLeaks({ ids: [instanceOf(main.state).id], ports: [port] });
    assert.deepEqual(readdirSync(runner.runnerTemp), [], 'RUNNER_TEMP is as it was');
    await assert.rejects(docker(['version'], env, 10_000), 'the daemon is gone');
  });

  test("after post: the runner's daemon and its docker0 as they were", async () => {
    assert.ok(
      (await docker(['info', '--format', '{{.Name}}'], system.env)).stdout.trim(),
      'system daemon still answers',
    );
    assert.equal(await linkExists('docker0'), docker0Before, 'docker0 of the system daemon is as it was');
  });

  test('post again: nothing to clean up', async () => {
    const again = await runner.post(main.state);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /Nothing to clean up/);
  });
});

describe('the action with a dedicated dockerd', () => {
  test('IPv6 loopback: DOCKER_HOST in brackets', async () => {
    const main = await runner.main({ host: '::1', port: '0' });
    await withPost(main, async () => {
      assert.equal(main.code, 0, main.stdout + main.stderr);
      assert.match(main.env.DOCKER_HOST, /^tcp:\/\/\[::1\]:\d+$/);
      const version = await docker(['version', '--format', '{{.Server.Os}}'], stepEnv(main.env));
      assert.equal(version.stdout.trim(), 'linux');
    });
    const post = await runner.post(main.state);
    assert.equal(post.code, 0);
    await assertNoLeaks({ ids: [instanceOf(main.state).id] });
  });

  test('cert-dir given: certificates there; post removes only what it made', async () => {
    const existing = join(runner.root, 'given-empty');
    mkdirSync(existing);
    const fresh = join(runner.root, 'given-new');
    for (const [certDir, keptAfterPost] of [
      [existing, true],
      [fresh, false],
    ] as const) {
      const main = await runner.main({ port: '0', 'cert-dir': certDir });
      await withPost(main, async () => {
        assert.equal(main.code, 0, main.stdout + main.stderr);
        assert.equal(main.env.DOCKER_CERT_PATH, join(certDir, 'client'));
        assert.equal(main.outputs['ca-cert'], join(certDir, 'client', 'ca.pem'));
        assert.deepEqual(readdirSync(certDir).sort(), ['client', 'server']);
        const version = await docker(['version', '--format', '{{.Server.Os}}'], stepEnv(main.env));
        assert.equal(version.stdout.trim(), 'linux');
      });
      const post = await runner.post(main.state);
      assert.equal(post.code, 0, post.stdout + post.stderr);
      assert.equal(existsSync(certDir), keptAfterPost, `${certDir} is there after post only if it was before`);
      if (keptAfterPost) assert.deepEqual(readdirSync(certDir), []);
    }
  });

  test('a port already taken: a clear error before anything is made', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const main = await runner.main({ port: String(port) });
      assert.equal(main.code, 1);
      assert.match(main.stdout, new RegExp(`::error::Port ${port} on 127.0.0.1 is already in use`));
      assert.match(main.stdout, /port: 0/);
      assert.deepEqual(main.env, {});
      assert.deepEqual(readdirSync(runner.runnerTemp), []);
      const post = await runner.post(main.state);
      assert.equal(post.code, 0);
      assert.match(post.stdout, /Nothing to clean up: the main step made nothing/);
    } finally {
      blocker.close();
    }
  });

  test('dockerd missing: names the package to install', async () => {
    const main = await runner.main({ port: '0' }, { env: { PATH: '/nonexistent' } });
    assert.equal(main.code, 1);
    assert.match(main.stdout, /::error::dockerd \(the Docker Engine daemon\) is not installed/);
    assert.match(main.stdout, /apt-get install -y docker.io/);
    assert.deepEqual(readdirSync(runner.runnerTemp), []);
  });

  // The parsers' refusals are unit tests (__tests__/unit/action-inputs.test.ts); this one shows, end to
  // end, that a refusal comes before anything is made.
  const badInputs: Array<[Record<string, string>, RegExp]> = [
    [{ port: '70000' }, /Invalid port "70000": must be a whole number from 0 to 65535/],
  ];
  for (const [inputs, message] of badInputs) {
    test(`bad input ${JSON.stringify(inputs)}: one clear error, nothing made`, async () => {
      const main = await runner.main({ port: '0', ...inputs });
      assert.equal(main.code, 1);
      assert.match(main.stdout, message);
      assert.match(main.stdout, /Example of a valid|use the host, port and tls-san inputs/);
      assert.deepEqual(main.state, {});
      assert.deepEqual(readdirSync(runner.runnerTemp), []);
    });
  }
});
