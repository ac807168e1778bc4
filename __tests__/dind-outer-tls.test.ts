// Mode dind on a tcp:// outer engine beyond loopback: the dind server's private key is copied into
// the container through that engine's API, so plain TCP is refused and mutual TLS with the engine's
// client files (dind-engine-cert-path) is how it goes. The outer engine here is a daemon of our
// own, started by `docker-tls up`, bound to an address an interface of the test carries.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { DIND_TEST_IMAGE } from '../harness/dind-outer.js';
import { stepEnv } from '../harness/docker.js';
import { FakeRunner, REPO_ROOT } from '../harness/runner.js';

const execFileAsync = promisify(execFile);
const cli = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const tag = randomBytes(2).toString('hex');
// A veth pair of the test's own (this kernel may lack the dummy type): one end carries the address.
const [END, PEER] = [`dtlsv${tag}a`, `dtlsv${tag}b`];
// An address of this machine that is not loopback, on an interface the test makes.
const ADDRESS = `10.251.${parseInt(tag.slice(0, 2), 16)}.1`;
const stateDir = mkdtempSync(join(tmpdir(), 'dtls-outer-tls-'));
let outer: Record<string, string>;
let runner: FakeRunner;

before(async () => {
  execFileSync('ip', ['link', 'add', END, 'type', 'veth', 'peer', 'name', PEER]);
  execFileSync('ip', ['addr', 'add', `${ADDRESS}/32`, 'dev', END]);
  for (const end of [END, PEER]) execFileSync('ip', ['link', 'set', end, 'up']);
  const up = await execFileAsync(process.execPath, [
    ...[cli, 'up', '--host', ADDRESS, '--port', '0', '--state-dir', stateDir, '--format', 'json'],
  ]);
  outer = JSON.parse(up.stdout) as Record<string, string>;
  // The fixture dind image, built on the outer engine through its TLS API.
  await execFileAsync(join(REPO_ROOT, 'scripts', 'build-dind-image.sh'), [DIND_TEST_IMAGE], {
    env: { ...process.env, ...stepEnv(outer) },
    timeout: 600_000,
  });
  runner = new FakeRunner();
});

after(async () => {
  runner?.dispose();
  if (outer) await execFileAsync(process.execPath, [cli, 'down', '--state', outer.DOCKER_TLS_STATE]);
  execFileSync('ip', ['link', 'delete', END]);
  rmSync(stateDir, { recursive: true, force: true });
});

const inputs = () => ({
  mode: 'dind',
  'dind-engine': outer.DOCKER_HOST,
  'dind-image': DIND_TEST_IMAGE,
  'dind-privileged': 'false',
  port: '0',
});

test('plain TCP to an outer engine beyond loopback is refused before anything is made', async () => {
  const main = await runner.main(inputs());
  assert.equal(main.code, 1);
  assert.match(
    main.stdout,
    /::error::Invalid dind-engine ".*": a tcp:\/\/ outer engine beyond this machine needs mutual TLS/,
  );
  assert.deepEqual(main.state, {});
});

test('with dind-engine-cert-path: the dind daemon over mutual TLS to the outer engine; post removes it', async () => {
  const main = await runner.main({ ...inputs(), 'dind-engine-cert-path': outer.DOCKER_CERT_PATH });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  const post = () => runner.post(main.state);
  try {
    const inner = execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], {
      env: { PATH: process.env.PATH, ...stepEnv(main.env) },
      encoding: 'utf8',
    });
    assert.match(inner, /^\d+\.\d+/);
    const state = JSON.parse(main.state.instance) as Record<string, string>;
    assert.equal(state.outerEngineCertPath, outer.DOCKER_CERT_PATH);
  } finally {
    const done = await post();
    assert.equal(done.code, 0);
    assert.doesNotMatch(done.stdout, /::warning::/, done.stdout);
  }
  const outerEnv = { PATH: process.env.PATH, ...stepEnv(outer) };
  const left = execFileSync('docker', ['ps', '-aq'], { env: outerEnv, encoding: 'utf8' }).trim();
  assert.equal(left, '', 'no container left on the outer engine');
});
