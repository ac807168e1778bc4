// The scenarios of the security review (issue 12), each as a user or another user of a shared
// self-hosted runner would meet it, run through the bundles as the runner runs them.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BUSYBOX_IMAGE, docker, importBusybox, stepEnv } from '../harness/docker.js';
import { instanceOf } from '../harness/instance.js';
import { type Baseline, leaksOf, takeBaseline } from '../harness/leaks.js';
import { portOf } from '../harness/ports.js';
import { FakeRunner, type StepResult } from '../harness/runner.js';

let runner: FakeRunner;
let baseline: Baseline;
/** Another user of the machine, made for these tests and removed after. */
const OTHER_USER = `hardening${randomBytes(3).toString('hex')}`;
const scratch = mkdtempSync(join(tmpdir(), 'hardening-'));

before(async () => {
  runner = new FakeRunner();
  baseline = await takeBaseline();
  execFileSync('useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', OTHER_USER]);
});

after(() => {
  runner.dispose();
  execFileSync('userdel', [OTHER_USER]);
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs `command` as the other user. */
function asOtherUser(...command: string[]): void {
  execFileSync('sudo', ['-n', '-u', OTHER_USER, ...command]);
}

const output = (step: StepResult) => step.stdout + step.stderr;

/** The lines of `text` outside stop-commands blocks, and each block's lines (markers left out). */
function splitByStopCommands(text: string): { outside: string[]; blocks: string[][] } {
  const outside: string[] = [];
  const blocks: string[][] = [];
  let endToken: string | undefined;
  for (const line of text.split('\n')) {
    if (endToken) {
      if (line === `::${endToken}::`) endToken = undefined;
      else blocks[blocks.length - 1].push(line);
      continue;
    }
    const start = /^::stop-commands::(.+)$/.exec(line);
    if (start) {
      endToken = start[1];
      blocks.push([]);
    } else outside.push(line);
  }
  return { outside, blocks };
}

/** What the runner would act on. */
const outsideStopCommands = (text: string) => splitByStopCommands(text).outside;
/** The number of lines of each log post showed. */
const shownLogLengths = (text: string) => splitByStopCommands(text).blocks.map((block) => block.length);

async function assertNothingLeft(scope: Parameters<typeof leaksOf>[0]): Promise<void> {
  assert.deepEqual(await leaksOf({ emptyDirs: [runner.runnerTemp], baseline, ...scope }), []);
}

describe('cert-dir on a path another user controls (item 1)', () => {
  for (const [what, mode] of [
    ['world-writable parent', '0777'],
    ['parent owned by another user', '0755'],
  ] as const) {
    test(`${what}: refused, naming the directory; nothing made`, async () => {
      const parent = join('/tmp', `hardening-${what.split(' ')[0]}-${randomBytes(3).toString('hex')}`);
      asOtherUser('mkdir', parent);
      asOtherUser('chmod', mode, parent);
      try {
        const certDir = join(parent, 'ci', 'certs');
        const main = await runner.main({ port: '0', 'cert-dir': certDir });
        assert.equal(main.code, 1, output(main));
        assert.match(
          main.stdout,
          new RegExp(`::error::The cert-dir ${certDir} cannot be used: ${parent} is not safe from other users`),
        );
        assert.deepEqual(main.state, {}, 'refused before anything was made');
        assert.deepEqual(readdirSync(parent), [], 'nothing made in it');
        await assertNothingLeft({ ids: [] });
      } finally {
        rmSync(parent, { recursive: true, force: true });
      }
    });
  }

  test('the daemon reads a private copy; post removes the directories made for cert-dir and restores a mode', async () => {
    const existing = join(scratch, 'existing');
    mkdirSync(existing, { mode: 0o755 });
    chmodSync(existing, 0o755);
    const top = join(scratch, 'made');
    const cases: [string, { path: string; modeBefore?: number; madeParents?: string[] }][] = [
      [existing, { path: existing, modeBefore: 0o755 }],
      [join(top, 'deeper', 'certs'), { path: join(top, 'deeper', 'certs'), madeParents: [top, join(top, 'deeper')] }],
    ];
    for (const [certDir, check] of cases) {
      const main = await runner.main({ port: '0', 'cert-dir': certDir });
      try {
        assert.equal(main.code, 0, output(main));
        const state = JSON.parse(main.state.instance) as { workDir: string };
        const config = JSON.parse(readFileSync(join(state.workDir, 'daemon.json'), 'utf8')) as Record<string, string>;
        for (const key of ['tlscacert', 'tlscert', 'tlskey']) {
          assert.ok(
            config[key].startsWith(`${state.workDir}/tls/`),
            `${key} ${config[key]} in the private work directory`,
          );
        }
        assert.equal(statSync(state.workDir).mode & 0o7777, 0o700);
      } finally {
        const post = await runner.post(main.state);
        assert.equal(post.code, 0, output(post));
      }
      await assertNothingLeft({ ids: [instanceOf(main.state).id], certDirs: [check] });
    }
  });
});

describe('a debug daemon and secrets (item 2)', () => {
  test('-e SECRET and --build-arg values appear in no output of main or post; log lines are inert', async () => {
    const secret = `s3cr3t-${randomBytes(8).toString('hex')}`;
    const main = await runner.main({ port: '0', 'daemon-config': '{"debug": true}' });
    let post: StepResult | undefined;
    try {
      assert.equal(main.code, 0, output(main));
      const env = stepEnv(main.env);
      await importBusybox(env);
      await docker(['run', '--rm', '-e', `SECRET=${secret}`, BUSYBOX_IMAGE, 'true'], env);
      const context = mkdtempSync(join(scratch, 'build-'));
      writeFileSync(join(context, 'Dockerfile'), `FROM ${BUSYBOX_IMAGE}\nARG TOKEN\nLABEL built=yes\n`);
      await docker(['build', '-q', '--build-arg', `TOKEN=${secret}-arg`, context], { ...env, DOCKER_BUILDKIT: '0' });
      const logFile = main.outputs['log-file'];
      assert.match(
        readFileSync(logFile, 'utf8'),
        new RegExp(secret),
        'the debug daemon logged the secret: the test means something',
      );
      // A line of the log shaped as a workflow command.
      appendFileSync(logFile, '::warning::forged by a log line\n::add-mask::nothing\n');
      // RUNNER_DEBUG: the whole log is printed.
      post = await runner.post(main.state, { env: { RUNNER_DEBUG: '1' } });
    } finally {
      post ??= await runner.post(main.state);
    }
    assert.equal(post.code, 0, output(post));
    for (const step of [main, post]) assert.doesNotMatch(output(step), new RegExp(secret));
    assert.match(
      post.stdout,
      /form data: \(not shown\)|\?\(query not shown\)/,
      'the requests are there, without their data',
    );
    assert.match(post.stdout, /::warning::forged by a log line/, 'the line is printed');
    assert.ok(Math.max(...shownLogLengths(post.stdout)) > 50, 'RUNNER_DEBUG: the whole log, not its tail');
    const live = outsideStopCommands(post.stdout);
    assert.ok(
      !live.some((line) => line.includes('forged by a log line') || line.startsWith('::add-mask::')),
      live.join('\n'),
    );
    await assertNothingLeft({ ids: [instanceOf(main.state).id] });
  });
});

describe('daemon-config keys that undo isolation or teardown (item 3)', () => {
  for (const key of [
    'TLSVerify',
    'HOSTS',
    'tls-verify',
    'data-root',
    'exec-root',
    'pidfile',
    'containerd',
    'containerd-namespace',
    'containerd-plugins-namespace',
    'bridge',
    'bip',
    'default-address-pools',
  ]) {
    test(`${key}: refused with the reason, nothing made`, async () => {
      const main = await runner.main({ port: '0', 'daemon-config': JSON.stringify({ [key]: 'x' }) });
      assert.equal(main.code, 1, output(main));
      assert.match(main.stdout, new RegExp(`::error::Invalid daemon-config .*: ${key} cannot be set here \\(`));
      assert.deepEqual(main.state, {});
      assert.deepEqual(readdirSync(runner.runnerTemp), []);
    });
  }
});

describe('post after a step changed things under it (items 6, 7, 8)', () => {
  test('a forged state with an empty id: post touches nothing; the real post removes everything', async () => {
    const main = await runner.main({ port: '0' });
    assert.equal(main.code, 0, output(main));
    const env = stepEnv(main.env);
    try {
      const real = JSON.parse(main.state.instance) as Record<string, unknown>;
      const forged = { ...real, id: '', workDir: runner.runnerTemp, execRoot: '/run/dtls-' };
      const post = await runner.post({ instance: JSON.stringify(forged) });
      assert.equal(post.code, 0, output(post));
      assert.match(
        post.stdout,
        /::warning::The saved state is not one the main step writes \(its id "" is not 8 hexadecimal digits\): nothing was stopped, removed or printed/,
      );
      assert.match(
        (await docker(['version', '--format', '{{.Server.Os}}'], env)).stdout,
        /linux/,
        'the daemon still runs',
      );
      assert.ok(existsSync(String(real.workDir)));
    } finally {
      const post = await runner.post(main.state);
      assert.equal(post.code, 0);
      // Nothing to explain (the start finished, the daemon ran to the end): only the log's tail.
      const shown = shownLogLengths(post.stdout);
      assert.ok(
        shown.length > 0 && shown.every((lines) => lines <= 50),
        `lines of each log shown: ${shown.join(', ')}`,
      );
    }
    await assertNothingLeft({ ids: [instanceOf(main.state).id], ports: [portOf(main.env.DOCKER_HOST)] });
  });

  test('a forged address block of every address: post refuses, a bridge of someone else survives', async () => {
    const main = await runner.main({ port: '0' });
    assert.equal(main.code, 0, output(main));
    // A bridge named as dockerd names them, in no block of ours: the runner's Docker could have it.
    const decoy = `br-${randomBytes(6).toString('hex')}`;
    execFileSync('ip', ['link', 'add', 'name', decoy, 'type', 'bridge']);
    try {
      execFileSync('ip', ['addr', 'add', '10.250.7.1/24', 'dev', decoy]);
      const real = JSON.parse(main.state.instance) as Record<string, unknown>;
      const forged = { ...real, addressBlock: '0.0.0.0/0' };
      const post = await runner.post({ instance: JSON.stringify(forged) });
      assert.match(
        post.stdout,
        /::warning::The saved state is not one the main step writes \(its addressBlock "0\.0\.0\.0\/0" is not a \/20/,
      );
      assert.doesNotThrow(() => execFileSync('ip', ['link', 'show', decoy], { stdio: 'ignore' }), `${decoy} survives`);
    } finally {
      execFileSync('ip', ['link', 'delete', decoy]);
      const post = await runner.post(main.state);
      assert.equal(post.code, 0, output(post));
    }
    await assertNothingLeft({ ids: [instanceOf(main.state).id], ports: [portOf(main.env.DOCKER_HOST)] });
  });

  test('RUNNER_TEMP emptied before post, a dockerd planted early in PATH: everything still removed', async () => {
    // Like ~/.local/bin early in PATH, a directory another user may write, with a dockerd of theirs.
    const planted = mkdtempSync(join(scratch, 'planted-'));
    chmodSync(planted, 0o777);
    writeFileSync(join(planted, 'dockerd'), `#!/bin/sh\ntouch "${planted}/ran"\nexit 1\n`, { mode: 0o755 });
    const main = await runner.main({ port: '0' }, { env: { PATH: `${planted}:${process.env.PATH}` } });
    assert.equal(main.code, 0, output(main));
    assert.ok(!existsSync(join(planted, 'ran')), 'the planted dockerd did not run');
    const env = stepEnv(main.env);
    const id = instanceOf(main.state).id;
    await importBusybox(env);
    await docker(['run', '-d', '-p', '127.0.0.1::8080', BUSYBOX_IMAGE, 'sleep', '600'], env);
    const containerIds = (await docker(['ps', '-q', '--no-trunc'], env)).stdout.split('\n').filter(Boolean);
    const published = Number(/:(\d+)$/m.exec((await docker(['port', containerIds[0]], env)).stdout)?.[1]);
    // A step that cleans up RUNNER_TEMP (what can be removed of it: the data-root is in use).
    execFileSync('sh', ['-c', `rm -rf --one-file-system "${runner.runnerTemp}"/* 2>/dev/null || true`]);
    const post = await runner.post(main.state);
    assert.equal(post.code, 0, output(post));
    assert.match(post.stdout, /Cleaned up: dockerd stopped/);
    await assertNothingLeft({
      ids: [id],
      ports: [portOf(main.env.DOCKER_HOST), published],
      containers: [{ id, containerIds }],
    });
  });
});
