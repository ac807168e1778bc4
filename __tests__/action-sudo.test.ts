// GitHub-hosted runners run jobs as a non-root user with passwordless sudo: the action must start
// dockerd through sudo, the next step must use it as that user, and post must remove what root made.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { instanceOf } from '../harness/instance.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { stepEnv } from '../harness/docker.js';
import { assertEngineAnswers } from '../harness/engine.js';

const USER = 'dtls-runner';
const SUDOERS = `/etc/sudoers.d/${USER}`;
let runner: FakeRunner;
let createdUser = false;

before(() => {
  runner = new FakeRunner();
  try {
    execFileSync('id', [USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--no-create-home', '--shell', '/bin/sh', USER]);
    createdUser = true;
  }
  writeFileSync(SUDOERS, `${USER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 });
});

after(() => {
  rmSync(SUDOERS, { force: true });
  if (createdUser) execFileSync('userdel', [USER]);
  runner.dispose();
});

function asUser(command: string[], env: NodeJS.ProcessEnv): string {
  const pairs = ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'PATH'].map((name) => `${name}=${env[name]}`);
  return execFileSync('sudo', ['-n', '-u', USER, 'env', '-i', ...pairs, ...command], { encoding: 'utf8' });
}

test('as a non-root user with passwordless sudo: works, and post leaves nothing', async () => {
  const main = await runner.main({ port: '0' }, { user: USER });
  try {
    await checkStep(main);
  } finally {
    const post = await runner.post(main.state, { user: USER });
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /Cleaned up: dockerd stopped/);
    assert.doesNotMatch(post.stdout, /::warning::/);
  }
  assert.deepEqual(readdirSync(runner.runnerTemp), []);
  await assertNoLeaks({ ids: [instanceOf(main.state).id] });
});

async function checkStep(main: StepResult): Promise<void> {
  assert.equal(main.code, 0, main.stdout + main.stderr);
  const env = stepEnv(main.env);
  assert.equal(asUser(['docker', 'version', '--format', '{{.Server.Os}}'], env).trim(), 'linux');
  assertEngineAnswers(env);
  // The client key belongs to the job's user, not to root, and only that user can read it.
  const owner = execFileSync('stat', ['-c', '%U %a', `${main.env.DOCKER_CERT_PATH}/key.pem`], {
    encoding: 'utf8',
  }).trim();
  assert.equal(owner, `${USER} 600`);
  // Through sudo too, dockerd gets the environment we chose: none of sudo's variables, nor the job's.
  const names = readFileSync(`/proc/${main.outputs.pid}/environ`, 'utf8')
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.split('=')[0]);
  assert.ok(names.includes('PATH'), names.join(' '));
  assert.deepEqual(
    names.filter((name) =>
      /^(SUDO_|GITHUB_|ACTIONS_|RUNNER_|DOCKER_|INPUT_|STATE_)|^(HOME|USER|LOGNAME|MAIL)$/.test(name),
    ),
    [],
  );
}

test('as a non-root user without sudo: one clear error, nothing made', async () => {
  rmSync(SUDOERS, { force: true });
  try {
    // sudo -u still starts the step as that user; the step itself then has no sudo rights.
    writeFileSync(SUDOERS, `root ALL=(${USER}) NOPASSWD:ALL\n`, { mode: 0o440 });
    const main = await runner.main({ port: '0' }, { user: USER });
    assert.equal(main.code, 1);
    assert.match(
      main.stdout,
      /::error::Starting a Docker daemon needs root, and this user is neither root nor allowed passwordless sudo/,
    );
    // The hint names the two modes that need neither, as inputs.
    assert.match(main.stdout, /Without root or sudo, rootless: true starts a daemon .*, and mode: dind starts one /);
    assert.deepEqual(readdirSync(runner.runnerTemp), []);
    assert.ok(!existsSync(`${runner.runnerTemp}/certs`));
  } finally {
    writeFileSync(SUDOERS, `${USER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 });
  }
});

test('a sudo without secure_path: an env planted early in the user PATH is never run as root', async () => {
  const planted = mkdtempSync(join(tmpdir(), 'dtls-planted-'));
  const witness = join(planted, 'ran-as-root');
  try {
    chmodSync(planted, 0o755);
    execFileSync('chown', [USER, planted]);
    // What a process of the job's user could put there: it records that root ran it, then goes on.
    writeFileSync(join(planted, 'env'), `#!/bin/sh\n[ "$(id -u)" = 0 ] && : > ${witness}\nexec /usr/bin/env "$@"\n`, {
      mode: 0o755,
    });
    execFileSync('chown', [USER, join(planted, 'env')]);
    writeFileSync(SUDOERS, `Defaults:${USER} !secure_path\n${USER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 });
    const main = await runner.main({ port: '0' }, { user: USER, env: { PATH: `${planted}:${process.env.PATH}` } });
    const post = await runner.post(main.state, { user: USER });
    assert.equal(main.code, 0, main.stdout + main.stderr);
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.equal(existsSync(witness), false, 'the planted env never ran as root');
    await assertNoLeaks({ ids: [instanceOf(main.state).id] });
  } finally {
    writeFileSync(SUDOERS, `${USER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 });
    rmSync(planted, { recursive: true, force: true });
  }
});
