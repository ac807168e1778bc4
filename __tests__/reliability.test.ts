// Reliability of the action as the runner runs it: faults during the job and during main, signals,
// post run twice or with nothing to do, two instances in one job, leftovers of crashed runs, and bad
// input. After each, nothing of ours may be left: processes, mounts, bridges, directories, ports.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { BUSYBOX_IMAGE, docker, importBusybox, stepEnv } from '../harness/docker.js';
import { FakeBin, failingDockerd, portThiefDockerd, slowDockerd } from '../harness/fake-bin.js';
import {
  type Baseline,
  type LeakScope,
  isAlive,
  snapshot,
  leaksOf,
  processesWith,
  takeBaseline,
  waitFor,
} from '../harness/leaks.js';
import { instanceOf } from '../harness/instance.js';
import { portOf } from '../harness/ports.js';
import { FakeRunner, type StepOptions, type StepResult } from '../harness/runner.js';

let runner: FakeRunner;
let baseline: Baseline;

before(async () => {
  runner = new FakeRunner();
  baseline = await takeBaseline();
});

after(() => runner.dispose());

/** Every main's saved state: when a test fails halfway, post still runs for it, as on the runner. */
const mains: Array<Record<string, string>> = [];

async function startMain(inputs: Record<string, string>, options?: StepOptions): Promise<StepResult> {
  const main = await runner.main(inputs, options);
  mains.push(main.state);
  return main;
}

afterEach(async () => {
  for (const state of mains.splice(0)) if (state.instance) await runner.post(state);
});

async function assertNothingLeft(scope: LeakScope): Promise<void> {
  const leaks = await leaksOf({ emptyDirs: [runner.runnerTemp], baseline, ...scope });
  assert.deepEqual(leaks, [], 'nothing of ours is left');
}

function output(step: StepResult): string {
  return step.stdout + step.stderr;
}

function warnings(step: StepResult): string[] {
  return step.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
}

/** The instance id of a main that failed or was stopped before it saved anything is undefined. */
function idOrNone(step: StepResult): string[] {
  return step.state.instance ? [instanceOf(step.state).id] : [];
}

async function assertPostHasNothingToDo(state: Record<string, string>): Promise<void> {
  const post = await runner.post(state);
  assert.equal(post.code, 0, output(post));
  assert.match(post.stdout, /Nothing to clean up/);
  assert.deepEqual(warnings(post), []);
}

describe('the leak accounting itself', () => {
  test('sees every kind of leftover of a running instance, and none once post ran', async () => {
    const main = await startMain({ port: '0' });
    assert.equal(main.code, 0, output(main));
    const scope = { ids: [instanceOf(main.state).id], ports: [portOf(main.env.DOCKER_HOST)] };
    const leaks = await leaksOf({ emptyDirs: [runner.runnerTemp], baseline, ...scope });
    for (const kind of ['process', 'mount', 'bridge', 'directory /run/', 'listener on port', 'file']) {
      assert.ok(
        leaks.some((line) => line.startsWith(kind)),
        `${kind} is seen: ${leaks.join('\n')}`,
      );
    }
    await runner.post(main.state);
    await assertNothingLeft(scope);
  });
});

describe('faults during the job', () => {
  test('dockerd killed with SIGKILL mid-job: post stops containerd, shims and the container, says what happened', async () => {
    const main = await startMain({ port: '0' });
    assert.equal(main.code, 0, output(main));
    const id = instanceOf(main.state).id;
    const env = stepEnv(main.env);
    await importBusybox(env);
    const container = (
      await docker(['run', '-d', '--ipc', 'shareable', BUSYBOX_IMAGE, 'sleep', '600'], env)
    ).stdout.trim();
    const containerPid = Number((await docker(['inspect', '--format', '{{.State.Pid}}', container], env)).stdout);
    assert.ok(containerPid > 0 && isAlive(containerPid));
    const dockerdPid = Number(main.outputs.pid);
    const before = processesWith([`dtls-${id}`]);
    assert.ok(
      before.some((line) => /containerd-shim/.test(line)),
      `a shim runs: ${before.join('\n')}`,
    );
    // The mounts teardown must undo: the container's overlay rootfs, its netns and its /dev/shm.
    const mounts = (await snapshot()).mounts.filter((point) => point.includes(`dtls-${id}`));
    for (const kind of ['/overlay2/', '/netns/', '/mounts/shm']) {
      assert.ok(
        mounts.some((point) => point.includes(kind)),
        `a ${kind} mount to clean: ${mounts.join('\n')}`,
      );
    }

    process.kill(dockerdPid, 'SIGKILL');
    await waitFor('dockerd to die', () => !isAlive(dockerdPid));

    const post = await runner.post(main.state);
    assert.equal(post.code, 0, output(post));
    assert.ok(
      warnings(post).some((line) =>
        line.includes(`dockerd (pid ${dockerdPid}) was no longer running when the job ended: it crashed or was killed`),
      ),
      post.stdout,
    );
    assert.match(post.stdout, /Stopped \d+ process\(es\) left behind by dockerd/);
    assert.match(
      post.stdout,
      /Cleaned up: dockerd not running; [1-9]\d* leftover process\(es\) stopped; [1-9]\d* mount\(s\)/,
    );
    assert.ok(!isAlive(containerPid), 'the container process is gone');
    // The killed shim's socket in /run/containerd/s too.
    await assertNothingLeft({
      ids: [id],
      ports: [portOf(main.env.DOCKER_HOST)],
      containers: [{ id, containerIds: [container] }],
    });
    await assertPostHasNothingToDo(main.state);
  });

  test('the job outlived its certificates: post warns', async () => {
    const main = await startMain({ port: '0', 'cert-validity': '1m' });
    assert.equal(main.code, 0, output(main));
    const saved = JSON.parse(main.state.instance);
    assert.ok(Date.parse(saved.expiresAt) <= Date.now() + 61_000);
    saved.expiresAt = new Date(Date.now() - 1000).toISOString();
    const post = await runner.post({ ...main.state, instance: JSON.stringify(saved) });
    assert.equal(post.code, 0, output(post));
    assert.ok(
      warnings(post).some((line) => /The job outlived its certificates \(expired .*\).*Raise cert-validity/.test(line)),
      post.stdout,
    );
    assert.match(post.stdout, /Cleaned up: dockerd stopped/);
    await assertNothingLeft({ ids: [instanceOf(main.state).id], ports: [portOf(main.env.DOCKER_HOST)] });
  });

  test('post with no state, with an unreadable state, and twice: nothing to do', async () => {
    await assertPostHasNothingToDo({});
    const garbled = await runner.post({ instance: '{not json' });
    assert.equal(garbled.code, 0);
    assert.match(
      garbled.stdout,
      /::warning::The saved state is not one the main step writes \(.*JSON.*\): nothing was stopped/,
    );
    const main = await startMain({ port: '0' });
    assert.equal(main.code, 0, output(main));
    const first = await runner.post(main.state);
    assert.match(first.stdout, /Cleaned up: dockerd stopped/);
    await assertPostHasNothingToDo(main.state);
    await assertNothingLeft({ ids: [instanceOf(main.state).id] });
  });
});

describe('main failing halfway', () => {
  let bin: FakeBin;
  before(() => (bin = new FakeBin()));
  after(() => bin.dispose());

  test('a dockerd that exits at once: its message, and main removes what it made', async () => {
    failingDockerd(bin, 'fake dockerd: cannot start (injected fault)');
    const main = await startMain({ port: '0' }, { env: { PATH: bin.path } });
    assert.equal(main.code, 1, output(main));
    assert.match(main.stdout, /::error::dockerd exited with code 1 before it was ready/);
    assert.match(main.stdout, /fake dockerd: cannot start \(injected fault\)/);
    assert.deepEqual(main.env, {}, 'nothing exported');
    const id = instanceOf(main.state).id;
    await assertNothingLeft({ ids: [id], tokens: [bin.token] });
    await assertPostHasNothingToDo(main.state);
  });

  test('the port taken after the check, before dockerd binds it: main fails, leaves nothing, spares the other program', async () => {
    portThiefDockerd(bin);
    const main = await startMain({ port: '0' }, { env: { PATH: bin.path } });
    try {
      assert.equal(main.code, 1, output(main));
      assert.match(main.stdout, /::error::dockerd exited with code 1 before it was ready/);
      assert.match(main.stdout, /address already in use/);
      assert.match(main.stdout, /Likely cause: The TCP port is already in use/);
      await assertNothingLeft({ ids: idOrNone(main) });
      assert.equal(processesWith([`${bin.token}/thief.node`]).length, 1, 'the program holding the port is not ours');
      await assertPostHasNothingToDo(main.state);
    } finally {
      for (const line of processesWith([`${bin.token}/thief.node`])) process.kill(Number(line.split(' ')[0]));
    }
  });

  test('cert-dir under a read-only mount: a clear error, nothing made', async () => {
    // No "dtls-" in the path: other tests count mounts named so as theirs.
    const readOnly = mkdtempSync(join(tmpdir(), 'ro-certs-'));
    execFileSync('mount', ['--bind', '-o', 'ro', readOnly, readOnly]);
    try {
      for (const certDir of [readOnly, join(readOnly, 'certs', 'deeper')]) {
        const main = await startMain({ port: '0', 'cert-dir': certDir });
        assert.equal(main.code, 1, output(main));
        assert.match(main.stdout, /::error::The cert-dir .* cannot be used: it is on a read-only file system/);
        assert.match(main.stdout, /Point cert-dir at a new or empty directory this user can write/);
        assert.deepEqual(main.state, {}, 'failed before anything was made');
        await assertNothingLeft({ ids: [] });
      }
      assert.deepEqual(readdirSync(readOnly), []);
    } finally {
      execFileSync('umount', [readOnly]);
      rmSync(readOnly, { recursive: true, force: true });
    }
  });

  test('cert-dir where a file is in the way: a clear error, nothing made, the file untouched', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'certdir-file-'));
    const file = join(parent, 'certs');
    writeFileSync(file, 'not a directory\n');
    try {
      for (const certDir of [file, join(file, 'sub')]) {
        const main = await startMain({ port: '0', 'cert-dir': certDir });
        assert.equal(main.code, 1, output(main));
        // files.ts or start.ts words it; either way it names the path and the file in the way.
        assert.match(
          main.stdout,
          /::error::The cert-dir \S+ (is not a directory|cannot be used: a file is in the way)/,
        );
        assert.match(main.stdout, /Point cert-dir at a new or empty directory/);
        assert.deepEqual(main.state, {}, 'failed before anything was made');
        await assertNothingLeft({ ids: [] });
      }
      assert.deepEqual(readdirSync(parent), ['certs']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  test('cert-dir that fills up while the certificates are written: main fails, removes what it wrote', async () => {
    // A tmpfs of two pages: writable, so the checks pass, but the third file does not fit.
    const certDir = mkdtempSync(join(tmpdir(), 'certdir-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', certDir]);
    try {
      const main = await startMain({ port: '0', 'cert-dir': certDir });
      assert.equal(main.code, 1, output(main));
      assert.match(main.stdout, /::error::Cannot write certificates to .*: ENOSPC/);
      assert.deepEqual(readdirSync(certDir), [], 'the half-written set is removed');
      await assertNothingLeft({ ids: idOrNone(main) });
      await assertPostHasNothingToDo(main.state);
    } finally {
      execFileSync('umount', [certDir]);
      rmSync(certDir, { recursive: true, force: true });
    }
  });
});

describe('signals to main while it waits for dockerd', () => {
  let bin: FakeBin;
  before(() => (bin = new FakeBin()));
  after(() => bin.dispose());

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`${signal} during a slow start: main removes everything, no orphan daemon`, async () => {
      slowDockerd(bin, 2);
      let mainPid = 0;
      const running = startMain({ port: '0' }, { env: { PATH: bin.path }, onSpawn: (pid) => (mainPid = pid) });
      await waitFor('the slow dockerd to start', () => processesWith([`${bin.token}/dockerd.sleep`]).length > 0);
      process.kill(mainPid, signal);
      if (signal === 'SIGINT') {
        // As the runner cancels: SIGINT, then SIGTERM; the second must not cut the cleanup short.
        await new Promise((resolve) => setTimeout(resolve, 20));
        process.kill(mainPid, 'SIGTERM');
      }
      const main = await running;
      assert.equal(main.code, signal === 'SIGINT' ? 130 : 143, output(main));
      assert.match(
        main.stdout,
        new RegExp(`::warning::Received ${signal} while starting; removing what was made so far`),
      );
      assert.match(main.stdout, new RegExp(`::error::Stopped by ${signal} before the daemon was ready`));
      const id = instanceOf(main.state).id;
      await assertNothingLeft({ ids: [id], tokens: [bin.token] });
      // Still nothing after the slow wrapper would have started the real dockerd.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await assertNothingLeft({ ids: [id], tokens: [bin.token] });
      await assertPostHasNothingToDo(main.state);
    });
  }

  test('main killed with SIGKILL during a slow start (no chance to clean): post removes what it left', async () => {
    slowDockerd(bin, 2);
    let mainPid = 0;
    const running = startMain({ port: '0' }, { env: { PATH: bin.path }, onSpawn: (pid) => (mainPid = pid) });
    await waitFor('the slow dockerd to start', () => processesWith([`${bin.token}/dockerd.sleep`]).length > 0);
    process.kill(mainPid, 'SIGKILL');
    const main = await running;
    assert.equal(main.signal, 'SIGKILL');
    const id = instanceOf(main.state).id;
    assert.ok((await leaksOf({ ids: [id], tokens: [bin.token] })).length > 0, 'main left things behind');
    const post = await runner.post(main.state);
    assert.equal(post.code, 0, output(post));
    assert.match(
      post.stdout,
      /Cleaned up: dockerd stopped; \d+ leftover process\(es\) stopped; 0 mount\(s\) and the bridge removed/,
    );
    await assertNothingLeft({ ids: [id], tokens: [bin.token] });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await assertNothingLeft({ ids: [id], tokens: [bin.token] });
  });

  test('SIGTERM while the real dockerd is starting (containerd up): nothing left', async (t) => {
    slowDockerd(bin, 0);
    let mainPid = 0;
    const known = new Set(readdirSync(runner.runnerTemp));
    const running = startMain({ port: '0' }, { env: { PATH: bin.path }, onSpawn: (pid) => (mainPid = pid) });
    let id = '';
    await waitFor('containerd of the new daemon', () => {
      id ||=
        readdirSync(runner.runnerTemp)
          .find((name) => !known.has(name))
          ?.replace(/^dtls-/, '') ?? '';
      return id !== '' && processesWith([`dtls-${id}/containerd.toml`]).length > 0;
    });
    process.kill(mainPid, 'SIGTERM');
    const main = await running;
    t.diagnostic(main.code === 0 ? 'dockerd was ready before the signal' : 'the signal came during start-up');
    if (main.code === 0) {
      // dockerd was ready before the signal arrived: then post must clean up as usual.
      const post = await runner.post(main.state);
      assert.match(post.stdout, /Cleaned up: dockerd stopped/);
    } else {
      assert.equal(main.code, 143, output(main));
      await assertPostHasNothingToDo(main.state);
    }
    await assertNothingLeft({ ids: [id], tokens: [bin.token] });
  });
});

describe('two instances in one job', () => {
  async function both(starts: () => Promise<[StepResult, StepResult]>) {
    const [first, second] = await starts();
    assert.equal(first.code, 0, output(first));
    assert.equal(second.code, 0, output(second));
    const states = [first, second].map((main) => JSON.parse(main.state.instance));
    assert.notEqual(states[0].id, states[1].id);
    assert.notEqual(first.env.DOCKER_HOST, second.env.DOCKER_HOST);
    for (const key of ['workDir', 'execRoot', 'dataRoot', 'bridge', 'socket', 'pidFile', 'certDir']) {
      assert.notEqual(states[0][key], states[1][key], key);
    }
    const subnets = [first, second].map(
      (main) =>
        execFileSync('ip', ['-o', '-4', 'addr', 'show', 'dev', `dtls-${instanceOf(main.state).id}`], {
          encoding: 'utf8',
        }).split(/\s+/)[3],
    );
    assert.notEqual(subnets[0], subnets[1], 'bridges on different subnets');
    const [a, b] = await Promise.all(
      [first, second].map((main) => docker(['info', '--format', '{{.DockerRootDir}}'], stepEnv(main.env))),
    );
    assert.equal(a.stdout.trim(), states[0].dataRoot);
    assert.equal(b.stdout.trim(), states[1].dataRoot);
    return [first, second];
  }

  test('one after the other (different ports, same RUNNER_TEMP): both answer; posts in reverse order clean each', async () => {
    const [first, second] = await both(async () => {
      const one = await startMain({ port: '0' });
      return [one, await startMain({ port: '0' })];
    });
    const postSecond = await runner.post(second.state);
    assert.match(postSecond.stdout, /Cleaned up: dockerd stopped/);
    // The first one is untouched by the second one's post.
    assert.match((await docker(['version', '--format', '{{.Server.Os}}'], stepEnv(first.env))).stdout, /linux/);
    const postFirst = await runner.post(first.state);
    assert.match(postFirst.stdout, /Cleaned up: dockerd stopped/);
    const ports = [first, second].map((main) => portOf(main.env.DOCKER_HOST));
    await assertNothingLeft({ ids: [first, second].map((main) => instanceOf(main.state).id), ports });
  });

  test('at the same time: both start, both answer, both posts at once clean everything', async () => {
    const [first, second] = await both(
      async () => (await Promise.all([startMain({ port: '0' }), startMain({ port: '0' })])) as [StepResult, StepResult],
    );
    const posts = await Promise.all([runner.post(first.state), runner.post(second.state)]);
    for (const post of posts) {
      assert.match(post.stdout, /Cleaned up: dockerd stopped/);
      assert.deepEqual(warnings(post), []);
    }
    const ports = [first, second].map((main) => portOf(main.env.DOCKER_HOST));
    await assertNothingLeft({ ids: [first, second].map((main) => instanceOf(main.state).id), ports });
  });
});

describe('leftovers of earlier crashed runs on a self-hosted runner', () => {
  test('a stale bridge, exec-root, pidfile and socket of another id: a new run works', async () => {
    const stale = 'deadbeef';
    const staleWork = join(runner.runnerTemp, `dtls-${stale}`);
    mkdirSync(join(staleWork, 'certs'), { recursive: true });
    writeFileSync(join(staleWork, 'docker.pid'), '1\n'); // a live pid, as a reused one would be
    writeFileSync(join(staleWork, 'docker.sock'), '');
    mkdirSync(`/run/dtls-${stale}/containerd`, { recursive: true });
    execFileSync('ip', ['link', 'add', 'name', `dtls-${stale}`, 'type', 'bridge']);
    try {
      // The subnet a new run would try first for most ids is taken.
      execFileSync('ip', ['addr', 'add', '10.213.0.1/24', 'dev', `dtls-${stale}`]);
      const main = await startMain({ port: '0' });
      assert.equal(main.code, 0, output(main));
      assert.match((await docker(['version', '--format', '{{.Server.Os}}'], stepEnv(main.env))).stdout, /linux/);
      const post = await runner.post(main.state);
      assert.match(post.stdout, /Cleaned up: dockerd stopped/);
      assert.deepEqual(warnings(post), []);
      await assertNothingLeft({ ids: [instanceOf(main.state).id], emptyDirs: [] });
      // Left as they were: nothing proves who made them.
      assert.ok(existsSync(join(staleWork, 'docker.pid')));
      assert.ok(existsSync(`/run/dtls-${stale}`));
    } finally {
      execFileSync('ip', ['link', 'delete', `dtls-${stale}`]);
      rmSync(`/run/dtls-${stale}`, { recursive: true, force: true });
      rmSync(staleWork, { recursive: true, force: true });
    }
  });

  test('a run whose dockerd was SIGKILLed and whose post never ran: the next run works and sweeps it up', async () => {
    const crashed = await startMain({ port: '0' });
    assert.equal(crashed.code, 0, output(crashed));
    const crashedId = instanceOf(crashed.state).id;
    const env = stepEnv(crashed.env);
    await importBusybox(env);
    await docker(['run', '-d', BUSYBOX_IMAGE, 'sleep', '600'], env);
    process.kill(Number(crashed.outputs.pid), 'SIGKILL');
    await waitFor('dockerd to die', () => !isAlive(Number(crashed.outputs.pid)));
    // The runner died too: its RUNNER_TEMP is wiped at the next job, post never runs.
    const crashedWork = JSON.parse(crashed.state.instance).workDir as string;
    assert.ok(processesWith([`dtls-${crashedId}`]).length > 0, 'containerd and the shim live on');

    const main = await startMain({ port: '0' });
    assert.equal(main.code, 0, output(main));
    assert.match(main.stdout, new RegExp(`Removed leftovers of an earlier run \\(dtls-${crashedId}\\)`));
    assert.match((await docker(['version', '--format', '{{.Server.Os}}'], stepEnv(main.env))).stdout, /linux/);
    const post = await runner.post(main.state);
    assert.match(post.stdout, /Cleaned up: dockerd stopped/);
    rmSync(crashedWork, { recursive: true, force: true });
    await assertNothingLeft({ ids: [crashedId, instanceOf(main.state).id] });
  });
});

describe('the sweep of crashed runs takes only what provably belongs to no live process', () => {
  test('a live owner, an owner in another pid namespace, a bridge without label: left alone; a dead owner: removed', async () => {
    const pidns = readlinkSync('/proc/self/ns/pid');
    const startOf = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[19];
    const gone = spawnSync('true').pid!;
    const label = (pid: number, start: string, ns = pidns) =>
      `docker-tls-action owner pid=${pid} start=${start} pidns=${ns}`;
    const bridges = {
      live: ['fee1dead', label(process.pid, startOf(process.pid))],
      // The same pid, started at another time: a reused pid is not the owner.
      reused: ['fee2dead', label(process.pid, '1')],
      foreignNs: ['fee3dead', label(gone, '1', 'pid:[1]')],
      unlabelled: ['fee4dead', ''],
      dead: ['fee5dead', label(gone, '1')],
    };
    for (const [id, alias] of Object.values(bridges)) {
      execFileSync('ip', ['link', 'add', 'name', `dtls-${id}`, 'type', 'bridge']);
      if (alias) execFileSync('ip', ['link', 'set', 'dev', `dtls-${id}`, 'alias', alias]);
      mkdirSync(`/run/dtls-${id}`);
    }
    try {
      const main = await startMain({ port: '0' });
      assert.equal(main.code, 0, output(main));
      const post = await runner.post(main.state);
      assert.match(post.stdout, /Cleaned up: dockerd stopped/);
      const exists = (id: string) => existsSync(`/sys/class/net/dtls-${id}`);
      for (const id of ['fee1dead', 'fee3dead', 'fee4dead']) {
        assert.ok(exists(id) && existsSync(`/run/dtls-${id}`), `dtls-${id} is left alone`);
      }
      for (const id of ['fee2dead', 'fee5dead']) {
        assert.ok(!exists(id) && !existsSync(`/run/dtls-${id}`), `dtls-${id} is removed`);
        assert.match(
          main.stdout,
          new RegExp(
            `Removed leftovers of an earlier run \\(dtls-${id}\\).*bridge dtls-${id} removed, /run/dtls-${id} removed`,
          ),
        );
      }
      assert.match(main.stdout, /::debug::Left dtls-fee1dead alone: its owner \(pid \d+\) runs/);
      assert.match(main.stdout, /::debug::Left dtls-fee3dead alone: its owner ran in another pid namespace/);
      assert.match(main.stdout, /::debug::Left dtls-fee4dead alone: it carries no owner label of ours/);
    } finally {
      for (const [id] of Object.values(bridges)) {
        spawnSync('ip', ['link', 'delete', `dtls-${id}`]); // gone already when swept
        rmSync(`/run/dtls-${id}`, { recursive: true, force: true });
      }
    }
  });
});

// Each case makes nothing, so they run side by side.
describe('bad input: one clear error before anything is started, nothing left', { concurrency: 8 }, () => {
  // The parsers' refusals are unit tests (__tests__/unit/action-inputs.test.ts); this one shows, end to
  // end, that a refusal comes before anything is made, as exactly one error.
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ 'daemon-config': '{"tls": false, "hosts": []}' }, /hosts, tls cannot be set here|tls, hosts cannot be set here/],
  ];
  for (const [inputs, message] of cases) {
    test(JSON.stringify(inputs), async () => {
      const main = await startMain({ port: '0', ...inputs });
      assert.equal(main.code, 1);
      const errors = main.stdout.split('\n').filter((line) => line.startsWith('::error::'));
      assert.equal(errors.length, 1, main.stdout);
      assert.match(main.stdout, message);
      assert.match(main.stdout, /Example of a valid|use the host, port and tls-san inputs/);
      assert.deepEqual(main.state, {});
      assert.deepEqual(main.env, {});
      await assertNothingLeft({ ids: [] });
    });
  }

  test('cert-dir pointing into an existing non-empty directory', async () => {
    const certDir = mkdtempSync(join(tmpdir(), 'certdir-busy-'));
    writeFileSync(join(certDir, 'precious.txt'), 'keep me\n');
    try {
      const main = await startMain({ port: '0', 'cert-dir': certDir });
      assert.equal(main.code, 1);
      assert.match(main.stdout, /::error::The cert-dir .* already exists and is not empty \(precious\.txt\)/);
      assert.match(main.stdout, /Point cert-dir at a new or empty directory/);
      assert.deepEqual(main.state, {});
      assert.deepEqual(readdirSync(certDir), ['precious.txt']);
      await assertNothingLeft({ ids: [] });
    } finally {
      rmSync(certDir, { recursive: true, force: true });
    }
  });
});
