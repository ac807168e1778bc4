// The action's ecosystem parts end to end, as the runner runs them: the docker context (docker
// --context, buildx build through it, a docker-container builder created on it; the current context
// untouched; nothing left after post), the job summary of main and post, and mode certs as a user
// without root or sudo. The docker CLI works in a DOCKER_CONFIG of the test's own.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { docker, execFileAsync, stepEnv } from '../harness/docker.js';
import { instanceOf } from '../harness/instance.js';
import { snapshot } from '../harness/leaks.js';

let runner: FakeRunner;
const scratch = mkdtempSync(join(tmpdir(), 'dtls-ecosystem-'));
const dockerConfig = join(scratch, 'docker-config');

before(async () => {
  runner = new FakeRunner();
  // A runner has buildx; here it comes with the current engine (scripts/fetch-engine.sh).
  await execFileAsync('docker', ['buildx', 'version']).catch((error: Error) =>
    assert.fail(
      `docker buildx is missing (install the buildx CLI plugin, e.g. scripts/fetch-engine.sh): ${error.message}`,
    ),
  );
});

after(() => {
  runner.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

/** A later step's docker CLI: the exported variables, our config dir, no context chosen by env. */
function clientEnv(exported: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = stepEnv(exported);
  delete env.DOCKER_CONTEXT;
  return { ...env, DOCKER_CONFIG: dockerConfig };
}

/** Runs the body; if it fails before its own post step, post still runs so nothing leaks. */
async function withPost(main: StepResult, body: () => Promise<void>, env?: Record<string, string>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (main.state.instance) await runner.post(main.state, { env });
    throw error;
  }
}

const contextNames = async () =>
  (await docker(['context', 'ls', '--format', '{{.Name}}'], clientEnv())).stdout.split('\n').filter(Boolean);

describe('the docker context', () => {
  test('made for buildx and docker --context, never current, gone after post', async () => {
    const env = { DOCKER_CONFIG: dockerConfig };
    const main = await runner.main({ port: '0' }, { env });
    await withPost(
      main,
      async () => {
        assert.equal(main.code, 0, main.stdout + main.stderr);
        const name = main.outputs.context;
        assert.equal(name, 'docker-tls');
        // No DOCKER_HOST: only the context leads to our daemon.
        const viaContext = clientEnv();
        const version = await docker(['--context', name, 'version', '--format', '{{.Server.APIVersion}}'], viaContext);
        assert.match(version.stdout.trim(), /^1\.\d+$/);
        const info = await docker(['--context', name, 'info', '--format', '{{.DockerRootDir}}'], viaContext);
        assert.ok(info.stdout.includes(instanceOf(main.state).marker), `our daemon's data-root: ${info.stdout}`);
        assert.equal((await docker(['context', 'show'], viaContext)).stdout.trim(), 'default', 'not made current');

        await buildThroughContext(name, viaContext);
        const builder = `dtls-test-builder-${process.pid}`;
        await docker(['buildx', 'create', '--driver', 'docker-container', '--name', builder, name], viaContext);
        const builders = await docker(['buildx', 'ls'], viaContext);
        assert.match(builders.stdout, new RegExp(`${builder}.*docker-container`));
        await docker(['buildx', 'rm', '--force', builder], viaContext).catch(() => undefined);

        assert.match(main.env.TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, /\/docker\.sock$/);
        assertStartSummary(main.summary, 'dockerd');
        assert.match(main.summary, /docker context<\/td><td>docker-tls</);
        assert.match(main.summary, /time to ready<\/td><td>\d+\.\d s/);
      },
      env,
    );
    const post = await runner.post(main.state, { env });
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.deepEqual(await contextNames(), ['default'], 'nothing of the context after post');
    assert.match(post.summary, /cleaned up/);
    assert.match(post.summary, /removed docker context docker-tls/);
    const leaks = await snapshot(instanceOf(main.state).marker);
    assert.deepEqual([leaks.processes, leaks.mounts, leaks.runDirs], [[], [], []]);
  });

  test('context: none makes none and the output is empty', async () => {
    const env = { DOCKER_CONFIG: dockerConfig };
    const main = await runner.main({ port: '0', context: 'none' }, { env });
    await withPost(
      main,
      async () => {
        assert.equal(main.code, 0, main.stdout + main.stderr);
        assert.equal(main.outputs.context, '');
        assert.deepEqual(await contextNames(), ['default']);
      },
      env,
    );
    assert.equal((await runner.post(main.state, { env })).code, 0);
  });

  test('a bad context name fails before anything is made', async () => {
    const main = await runner.main({ context: 'bad name' });
    assert.equal(main.code, 1);
    assert.match(main.stdout, /Invalid context "bad name"/);
    assert.equal(main.state.instance, undefined, 'nothing recorded, nothing made');
  });
});

/** `docker buildx build` through the context (its docker driver): an image from scratch, loaded. */
async function buildThroughContext(name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const dir = join(scratch, 'build');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'hello.txt'), 'built through the context\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n');
  const tag = `dtls-context-build:${process.pid}`;
  await docker(['--context', name, 'buildx', 'build', '--builder', name, '--tag', tag, dir], env, 180_000);
  const images = await docker(['--context', name, 'image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], env);
  assert.ok(images.stdout.split('\n').includes(tag), `the built image is in our daemon: ${images.stdout}`);
}

function assertStartSummary(summary: string, mode: string): void {
  for (const field of [
    'mode',
    'key algorithm',
    'server names',
    'CA fingerprint',
    'server certificate fingerprint',
    'client certificate fingerprint',
    'certificates expire',
  ]) {
    assert.ok(summary.includes(`<td>${field}`), `summary has ${field}: ${summary}`);
  }
  assert.ok(summary.includes(`<td>${mode}`), `summary names mode ${mode}`);
  assert.match(summary, /CA private key<\/td><td>discarded after signing/);
  assert.match(summary, /<td>ecdsa-p256<\/td>/);
  assert.match(summary, /([0-9A-F]{2}:){31}[0-9A-F]{2}/);
}

describe('mode certs', () => {
  test('as a user without root or sudo: the files and outputs, no daemon; post removes them', async () => {
    const main = await runner.main({ mode: 'certs', 'tls-san': 'build.example.test' }, { user: 'nobody' });
    await withPost(main, async () => {
      assert.equal(main.code, 0, main.stdout + main.stderr);
      for (const file of ['ca-cert', 'client-cert', 'client-key']) assert.ok(existsSync(main.outputs[file]), file);
      const serverDir = main.outputs['server-cert-path'];
      assert.deepEqual(readdirSync(serverDir).sort(), ['ca.pem', 'cert.pem', 'key.pem']);
      assert.equal(statSync(join(serverDir, 'key.pem')).uid, uidOf('nobody'), 'written as the step user');
      assert.equal(statSync(join(serverDir, 'key.pem')).mode & 0o777, 0o600);
      assert.match(main.outputs['server-names'], /(^|,)DNS:build\.example\.test(,|$)/);
      assert.match(main.outputs['server-names'], /IP:127\.0\.0\.1/);
      for (const output of ['ca-fingerprint', 'server-cert-fingerprint', 'client-cert-fingerprint']) {
        assert.match(main.outputs[output], /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, output);
      }
      assert.ok(Date.parse(main.outputs['expires-at']) > Date.now() + 5 * 3600_000);
      assert.equal(main.outputs.host, undefined, 'no daemon, no host');
      assert.deepEqual(main.env, {}, 'nothing exported');
      const { stdout } = await execFileAsync('openssl', [
        'x509',
        '-in',
        main.outputs['client-cert'],
        '-noout',
        '-fingerprint',
        '-sha256',
      ]);
      assert.equal(stdout.trim().split('=')[1], main.outputs['client-cert-fingerprint']);
      assertStartSummary(main.summary, 'certs');
    });
    const post = await runner.post(main.state, { user: 'nobody' });
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.ok(!existsSync(main.outputs['server-cert-path']), 'server files removed');
    assert.ok(!existsSync(main.outputs['cert-path']), 'client files removed');
    assert.deepEqual(
      readdirSync(runner.runnerTemp).filter((name) => name.startsWith('dtls-')),
      [],
    );
    assert.match(post.summary, /removed the certificates/);
  });
});

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}
