// The CLI for other CI systems and laptops: eval "$(docker-tls up)", use docker, docker-tls down.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../harness/runner.js';
import { instanceOf } from '../harness/instance.js';
import { assertNoLeaks, leaksOf } from '../harness/leaks.js';
import { FakeBin, slowDockerd } from '../harness/fake-bin.js';

const execFileAsync = promisify(execFile);
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const stateDir = mkdtempSync(join(tmpdir(), 'dtls-cli-'));
after(() => rmSync(stateDir, { recursive: true, force: true }));

function cli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return execFileAsync(process.execPath, [CLI, ...args], { env, timeout: 120_000 });
}

test('up prints shell exports that a shell can eval; docker works; down removes everything', async () => {
  const script = `eval "$(${process.execPath} ${CLI} up --port 0 --state-dir ${stateDir})" && docker version --format '{{.Server.Os}}' && echo "STATE=$DOCKER_TLS_STATE"`;
  const { stdout } = await execFileAsync('sh', ['-c', script], { timeout: 120_000 });
  assert.match(stdout, /^linux$/m);
  const stateFile = /STATE=(.*)/.exec(stdout)![1];
  assert.ok(existsSync(stateFile));
  const { id } = instanceOf(readFileSync(stateFile, 'utf8'));
  const running = await leaksOf({ ids: [id] });
  assert.ok(
    running.some((line) => line.startsWith('process ')),
    'the daemon runs after up returns',
  );

  const down = await cli(['down', '--state', stateFile]);
  assert.match(down.stdout, /Down: dockerd stopped/);
  await assertNoLeaks({ ids: [id] });
  assert.deepEqual(readdirSync(stateDir), []);
  const again = await cli(['down', '--state', stateFile]);
  assert.match(again.stdout, /Nothing to do/);
});

test('up --json, then down through DOCKER_TLS_STATE', async () => {
  const { stdout } = await cli(['up', '--port', '0', '--json', '--state-dir', stateDir]);
  const result = JSON.parse(stdout) as Record<string, string>;
  assert.equal(result.DOCKER_TLS_VERIFY, '1');
  assert.match(result.serverFingerprint, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  const down = await cli(['down'], { ...process.env, DOCKER_TLS_STATE: result.DOCKER_TLS_STATE });
  assert.match(down.stdout, /Down: dockerd stopped/);
  assert.deepEqual(readdirSync(stateDir), []);
});

test('Ctrl-C while up waits for dockerd: exit 130, nothing left', async () => {
  const bin = new FakeBin();
  slowDockerd(bin, 30);
  try {
    const child = spawn(process.execPath, [CLI, 'up', '--port', '0', '--state-dir', stateDir], {
      env: { ...process.env, PATH: bin.path },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupted once dockerd (the slow wrapper) has been spawned and recorded.
    let id = '';
    const deadline = Date.now() + 30_000;
    while (!id) {
      assert.ok(Date.now() < deadline, `up never spawned dockerd: ${stderr}`);
      const file = readdirSync(stateDir).find((name) => name.endsWith('.state.json'));
      const state = file ? JSON.parse(readFileSync(join(stateDir, file), 'utf8') || '{}') : {};
      if (state.spawnedPid) id = state.id;
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGINT');
    assert.equal(await exited, 130, stderr);
    assert.match(stderr, /Received SIGINT while starting; removing what was made so far/);
    assert.match(stderr, /Nothing of it is left/);
    await assertNoLeaks({ ids: [id] });
    assert.deepEqual(readdirSync(stateDir), []);
  } finally {
    bin.dispose();
  }
});

test('bad input exits 2 and starts nothing; down without a state file exits 2', async () => {
  await assert.rejects(
    cli(['up', '--port', '99999', '--state-dir', stateDir]),
    (error: { code: number; stderr: string }) => {
      assert.equal(error.code, 2);
      assert.match(error.stderr, /Invalid --port "99999"/);
      return true;
    },
  );
  await assert.rejects(cli(['up', '--tls-san', 'exa mple', '--state-dir', stateDir]), /Invalid --tls-san "exa mple"/);
  assert.deepEqual(readdirSync(stateDir), []);
  const env = { ...process.env };
  delete env.DOCKER_TLS_STATE;
  await assert.rejects(cli(['down'], env), (error: { code: number; stderr: string }) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr, /No state file/);
    return true;
  });
});

test('doctor reports on this machine and warns about CA-bundle variables', async () => {
  const { stdout } = await cli(['doctor', '--port', '0'], {
    ...process.env,
    REQUESTS_CA_BUNDLE: '/etc/ssl/certs/ca-certificates.crt',
  });
  assert.match(stdout, /^ok {3}dockerd: Docker version/m);
  assert.match(stdout, /^ok {3}privilege: root/m);
  assert.match(stdout, /^warn REQUESTS_CA_BUNDLE/m);
});
