// Docker 29 keeps images in containerd on a fresh data-root (the "containerd image store"); in
// 28.5 the same store is the daemon.json feature `containerd-snapshotter`. Our daemon with that
// store on, through the action: images loaded, run and built over mutual TLS; post leaves nothing.
// Docker 20.10 has no such store: this file runs with the 28.5 engine only.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BUSYBOX_IMAGE, docker, importBusybox, stepEnv } from '../harness/docker.js';
import { ENGINE } from '../harness/engine.js';
import { instanceOf } from '../harness/instance.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { portOf } from '../harness/ports.js';
import { FakeRunner, type StepResult } from '../harness/runner.js';

const skip = ENGINE === 'system' ? 'Docker 20.10 has no containerd image store' : false;

describe('the containerd image store (Docker 29 default) over mutual TLS', { skip }, () => {
  let runner: FakeRunner;
  let main: StepResult;
  let env: NodeJS.ProcessEnv;
  let work: string;
  let posted = false;

  before(async () => {
    runner = new FakeRunner();
    work = mkdtempSync(join(tmpdir(), 'dtls-image-store-'));
    main = await runner.main({ port: '0', 'daemon-config': '{"features": {"containerd-snapshotter": true}}' });
    env = stepEnv(main.env);
  });

  after(async () => {
    if (!posted && main?.state.instance) await runner.post(main.state);
    runner?.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  test('main succeeds and the daemon keeps its images in containerd', async () => {
    assert.equal(main.code, 0, main.stdout + main.stderr);
    const status = await docker(['info', '--format', '{{json .DriverStatus}}'], env);
    assert.match(status.stdout, /io\.containerd\.snapshotter\.v1/, `driver status: ${status.stdout}`);
  });

  test('an image saved, removed and loaded again runs', async () => {
    await importBusybox(env);
    const archive = join(work, 'busybox.tar');
    await docker(['save', '-o', archive, BUSYBOX_IMAGE], env);
    await docker(['rmi', BUSYBOX_IMAGE], env);
    const loaded = await docker(['load', '-i', archive], env);
    assert.match(loaded.stdout, new RegExp(`Loaded image: ${BUSYBOX_IMAGE}`));
    const run = await docker(['run', '--rm', BUSYBOX_IMAGE, 'echo', 'from the containerd store'], env);
    assert.equal(run.stdout.trim(), 'from the containerd store');
  });

  test('a build from the loaded image, and its result runs', async () => {
    const context = join(work, 'context');
    mkdirSync(context);
    writeFileSync(join(context, 'Dockerfile'), `FROM ${BUSYBOX_IMAGE}\nRUN echo built > /built.txt\n`);
    await docker(['build', '-t', 'dtls-store-built:latest', context], env, 180_000);
    const run = await docker(['run', '--rm', 'dtls-store-built:latest', 'cat', '/built.txt'], env);
    assert.equal(run.stdout.trim(), 'built');
  });

  test('post: nothing of ours left', async () => {
    posted = true;
    const post = await runner.post(main.state);
    assert.equal(post.code, 0, post.stdout + post.stderr);
    await assertNoLeaks({ ids: [instanceOf(main.state).id], ports: [portOf(main.env.DOCKER_HOST)] });
  });
});
