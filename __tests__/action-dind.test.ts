// The action in mode dind, as the runner runs it (dist/main, later steps, dist/post), against an
// outer engine of the test's own (Debian's dockerd on a private socket, a private address pool)
// with the fixture dind image (docker.io 28 from Debian unstable; no registry here).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { EngineClient } from '../src/host/engine-api/client.js';
import { LABEL_ROLE } from '../src/engines/dind/container-request.js';
import { engineRequest } from '../src/host/engine-api/http.js';
import { clientContext, pingOnce, probePlainHttp, probeWithoutClientCert } from '../src/core/probes.js';
import { createCertificateSet } from '../src/core/pki/index.js';
import { docker, importBusybox, stepEnv } from '../harness/docker.js';
import { DIND_TEST_IMAGE, startDindOuterEngine } from '../harness/dind-outer.js';
import type { OuterEngine } from '../harness/outer-engine.js';
import { labelledLeftovers } from '../harness/outer-leftovers.js';
import { privilegedRefusedHere } from '../harness/privileged.js';
import { FakeRunner, REPO_ROOT, type StepResult } from '../harness/runner.js';

const execFileAsync = promisify(execFile);
const IMAGE = DIND_TEST_IMAGE;
const tag = randomBytes(3).toString('hex');
// A /16 of its own for the outer engine's user networks (10.224–10.239, unlikely to be in use).
const POOL = `10.${224 + (parseInt(tag.slice(0, 2), 16) % 16)}.0.0/16`;

let engine: OuterEngine;
let client: EngineClient;
let runner: FakeRunner;

before(async () => {
  ({ engine, client } = await startDindOuterEngine({ addressPool: POOL }));
  runner = new FakeRunner();
});

after(async () => {
  await engine?.stop();
  runner?.dispose();
});

function dindInputs(more: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'dind',
    'dind-engine': engine.endpoint,
    'dind-image': IMAGE,
    'dind-privileged': 'false',
    port: '0',
    ...more,
  };
}

/** Containers, volumes and networks of the outer engine that carry one of our instance labels. */
function oursLeft(): Promise<string[]> {
  return labelledLeftovers(client.endpoint);
}

/** Every volume of the outer engine (an anonymous one carries no label when made by an image's VOLUME). */
async function allVolumes(): Promise<string[]> {
  const response = await engineRequest(client.endpoint, { method: 'GET', path: '/volumes', timeoutMs: 10_000 });
  return (
    (JSON.parse(response.body.toString('utf8')) as { Volumes: Array<{ Name: string }> | null }).Volumes ?? []
  ).map((volume) => volume.Name);
}

function instanceOf(main: StepResult): { workDir: string; certDir?: string } {
  return JSON.parse(main.state.instance) as { workDir: string; certDir?: string };
}

async function assertNothingLeft(main: StepResult, volumesBefore: string[]): Promise<void> {
  assert.deepEqual(await oursLeft(), [], 'no container, volume or network of ours');
  assert.deepEqual(await allVolumes(), volumesBefore, 'no new volume');
  const { workDir, certDir } = instanceOf(main);
  assert.equal(existsSync(workDir), false, `${workDir} is gone`);
  if (certDir) assert.equal(existsSync(certDir), false, `${certDir} is gone`);
}

test('mode dind: a next step runs and builds inside over mTLS; a sibling on dind-network reaches docker:2376 with the certificates only; strangers refused; post leaves nothing', async () => {
  const network = `dtls-${tag}-ci`;
  const volumesBefore = await allVolumes();
  const main = await runner.main(
    dindInputs({ 'dind-network': network, 'daemon-config': JSON.stringify({ labels: [`dtls-test=${tag}`] }) }),
  );
  try {
    assert.equal(main.code, 0, main.stdout + main.stderr);
    assert.match(main.env.DOCKER_HOST, /^tcp:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(main.env.DOCKER_TLS_VERIFY, '1');
    assert.match(main.outputs['container-id'], /^[0-9a-f]{64}$/);
    assert.match(main.stdout, /Refused as it must/);
    const env = stepEnv(main.env);
    assert.match((await docker(['version', '--format', '{{.Server.Version}}'], env)).stdout, /^28\./);
    assert.match((await docker(['info', '--format', '{{json .Labels}}'], env)).stdout, new RegExp(`dtls-test=${tag}`));
    const busybox = await importBusybox(env);
    assert.match((await docker(['run', '--rm', busybox, 'echo', 'inside-dind'], env)).stdout, /^inside-dind$/m);
    const context = mkdtempSync(join(tmpdir(), 'dtls-build-'));
    writeFileSync(join(context, 'Dockerfile'), `FROM ${busybox}\nRUN echo built > /built\n`);
    await docker(['build', '-q', '-t', `dtls-built:${tag}`, context], { ...env, DOCKER_BUILDKIT: '0' }, 120_000);
    rmSync(context, { recursive: true, force: true });
    assert.match((await docker(['run', '--rm', `dtls-built:${tag}`, 'cat', '/built'], env)).stdout, /^built$/m);

    // A sibling container on dind-network, as a service container would be.
    const certPath = main.env.DOCKER_CERT_PATH;
    const sibling = (args: string[]) =>
      docker(
        ['run', '--rm', '--network', network, '-v', `${certPath}:/client:ro`, '--entrypoint', 'docker', IMAGE, ...args],
        engine.env,
        120_000,
      );
    const withCerts = await sibling([
      '--tlsverify',
      '--tlscacert=/client/ca.pem',
      '--tlscert=/client/cert.pem',
      '--tlskey=/client/key.pem',
      '-H',
      'tcp://docker:2376',
      'version',
      '--format',
      '{{.Server.Version}}',
    ]);
    assert.match(withCerts.stdout, /^28\./);
    // By the container's own address on dind-network: the server certificate names it, so --tlsverify holds.
    const dind = (await client.inspectContainer(main.outputs['container-id']))!;
    const address = dind.NetworkSettings.Networks[network].IPAddress;
    assert.match(address, /^10\.2(2[4-9]|3\d)\./, 'an address of the test pool');
    const byAddress = await sibling([
      '--tlsverify',
      '--tlscacert=/client/ca.pem',
      '--tlscert=/client/cert.pem',
      '--tlskey=/client/key.pem',
      '-H',
      `tcp://${address}:2376`,
      'version',
      '--format',
      '{{.Server.Version}}',
    ]);
    assert.match(byAddress.stdout, /^28\./);
    await assert.rejects(sibling(['--tlsverify', '--tlscacert=/client/ca.pem', '-H', 'tcp://docker:2376', 'ps']));
    await assert.rejects(sibling(['-H', 'tcp://docker:2376', 'ps']), /HTTP request to an HTTPS server|TLS/i);

    // The refusals from the runner: no client certificate, plain HTTP, a client of a foreign CA.
    const port = Number(main.env.DOCKER_HOST.split(':').at(-1));
    const ca = readFileSync(join(certPath, 'ca.pem'), 'utf8');
    const noCert = await probeWithoutClientCert('127.0.0.1', port, ca, 5000);
    assert.equal(noCert.refused, true, noCert.detail);
    const plain = await probePlainHttp('127.0.0.1', port, 5000);
    assert.equal(plain.refused, true, plain.detail);
    const foreign = await createCertificateSet();
    const foreignContext = clientContext({ ca, cert: foreign.client.certPem, key: foreign.client.keyPem });
    const answer = await pingOnce('127.0.0.1', port, foreignContext, 5000).then(
      (result) => `answered ${result.status}`,
      (error: Error) => `refused: ${error.message}`,
    );
    assert.match(answer, /^refused/, 'a client certificate of another CA is refused');
  } finally {
    const post = await runner.post(main.state);
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /::group::dind container log/);
    assert.match(post.stdout, /API listen on \[::\]:2376|API listen on .*2376/);
  }
  assert.equal(await client.inspectNetwork(network), undefined, 'the network we created is gone');
  await assertNothingLeft(main, volumesBefore);
  const again = await runner.post(main.state);
  assert.equal(again.code, 0, 'post again is harmless');
});

test('dind-privileged true: where the outer engine cannot grant --privileged, the error says to set it false and nothing is left; where it can, dind runs', async () => {
  const expected = await privilegedRefusedHere(client);
  const volumesBefore = await allVolumes();
  const main = await runner.main(dindInputs({ 'dind-privileged': 'true', 'dind-network': `dtls-${tag}-priv` }));
  if (expected.refused) {
    assert.equal(main.code, 1, `${expected.why}: a refusal expected\n${main.stdout}`);
    assert.match(main.stdout, /could not start the dind container with --privileged/);
    assert.match(main.stdout, /Set dind-privileged: false/);
  } else {
    assert.equal(main.code, 0, `${expected.why}: --privileged expected to work\n${main.stdout}${main.stderr}`);
    const inside = await docker(['info', '--format', '{{.ServerVersion}}'], stepEnv(main.env));
    assert.match(inside.stdout, /^28\./);
  }
  const post = await runner.post(main.state);
  assert.equal(post.code, 0, post.stdout);
  await assertNothingLeft(main, volumesBefore);
});

test('clear failures: an image the engine lacks, an engine that does not answer', async () => {
  const missing = await runner.main(dindInputs({ 'dind-image': `docker-tls-test/absent-${tag}:1` }));
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /is not on the outer Docker engine .* and pulling it failed/);
  assert.match(missing.stdout, /docker load/);
  const unreachable = await runner.main(dindInputs({ 'dind-engine': `unix://${tmpdir()}/dtls-${tag}-absent.sock` }));
  assert.equal(unreachable.code, 1);
  assert.match(unreachable.stdout, /Cannot reach the outer Docker engine/);
  assert.equal(missing.state.instance, undefined, 'nothing was made');
});

test('a main killed with SIGKILL after it made the container is cleaned up by post', async () => {
  const volumesBefore = await allVolumes();
  let pid = 0;
  const killer = (async () => {
    const filter = encodeURIComponent(JSON.stringify({ label: [`${LABEL_ROLE}=dind`] }));
    for (let i = 0; i < 600; i++) {
      const response = await engineRequest(client.endpoint, {
        method: 'GET',
        path: `/containers/json?all=1&filters=${filter}`,
        timeoutMs: 5000,
      });
      if ((JSON.parse(response.body.toString('utf8')) as unknown[]).length > 0 && pid) {
        process.kill(pid, 'SIGKILL');
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  })();
  const main = await runner.main(dindInputs({ 'dind-network': `dtls-${tag}-kill` }), { onSpawn: (p) => (pid = p) });
  assert.equal(await killer, true, 'the container appeared and main was killed');
  assert.equal(main.signal, 'SIGKILL');
  assert.notDeepEqual(await oursLeft(), [], 'main left its container behind');
  const post = await runner.post(main.state);
  assert.equal(post.code, 0, post.stdout);
  await assertNothingLeft(main, volumesBefore);
});

test('a container: job — main runs in a container of the outer engine with its socket; a later command there reaches dind through the exported environment', async () => {
  const volumesBefore = await allVolumes();
  const jobNetwork = `dtls-${tag}-job`;
  const jobImage = `docker-tls-test/job:${tag}`;
  const context = mkdtempSync(join(tmpdir(), 'dtls-job-image-'));
  copyFileSync(process.execPath, join(context, 'node'));
  writeFileSync(join(context, 'Dockerfile'), `FROM ${IMAGE}\nCOPY node /usr/local/bin/node\n`);
  await docker(['build', '-q', '-t', jobImage, context], { ...engine.env, DOCKER_BUILDKIT: '0' }, 300_000);
  rmSync(context, { recursive: true, force: true });
  await docker(['network', 'create', jobNetwork], engine.env);
  // As the runner starts a job container: on a network of its own, the socket and the work folders mounted.
  const job = (
    await docker(
      [
        'run',
        '-d',
        '--network',
        jobNetwork,
        '--entrypoint',
        'sleep',
        '-v',
        `${engine.socketPath}:/var/run/docker.sock`,
        '-v',
        `${REPO_ROOT}/dist:${REPO_ROOT}/dist:ro`,
        '-v',
        `${runner.root}:${runner.root}`,
        jobImage,
        'infinity',
      ],
      engine.env,
    )
  ).stdout.trim();
  const inJob = (script: string, env: NodeJS.ProcessEnv): [string, string[]] => {
    const pairs = Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value ?? ''}`]);
    return ['docker', ['-H', engine.endpoint, 'exec', ...pairs, job, 'node', script]];
  };
  let main: StepResult | undefined;
  try {
    main = await runner.main(
      { mode: 'dind', 'dind-image': IMAGE, 'dind-privileged': 'false', port: '0' },
      { command: inJob },
    );
    assert.equal(main.code, 0, main.stdout + main.stderr);
    assert.equal(main.env.DOCKER_HOST, 'tcp://docker:2376');
    const exported = Object.entries(main.env).flatMap(([name, value]) => ['-e', `${name}=${value}`]);
    const later = await docker(
      [
        'exec',
        ...exported,
        job,
        'sh',
        '-c',
        'docker version --format "{{.Server.Version}}" && docker info --format "{{.Name}}"',
      ],
      engine.env,
    );
    assert.match(later.stdout, /^28\./);
    const post = await runner.post(main.state, { command: inJob });
    assert.equal(post.code, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /::group::dind container log/);
  } finally {
    await docker(['rm', '-fv', job], engine.env).catch(() => undefined);
    await docker(['network', 'rm', jobNetwork], engine.env).catch(() => undefined);
  }
  await assertNothingLeft(main, volumesBefore);
});

test('clear failures that leave nothing: dockerd inside exits early (its cause and last log lines); the port is in use (named, with the fix)', async () => {
  const volumesBefore = await allVolumes();
  const exits = await runner.main(dindInputs({ 'dind-args': '--no-such-flag', 'dind-network': `dtls-${tag}-exit` }));
  assert.equal(exits.code, 1, exits.stdout);
  assert.match(exits.stdout, /the dind container exited with code [1-9]\d* before it was ready/);
  assert.match(exits.stdout, /Last lines of its log \(docker logs dtls-[0-9a-f]+-dind\)/);
  assert.match(exits.stdout, /unknown flag: --no-such-flag/, "dockerd's own complaint, from the container's log");
  assert.match(exits.stdout, /Check dind-image .*dind-args and daemon-config/);
  await assertNothingLeft(exits, volumesBefore);
  assert.equal(await client.inspectNetwork(`dtls-${tag}-exit`), undefined, 'the network it created is gone');
  assert.equal((await runner.post(exits.state)).code, 0);

  const blocker = createServer();
  await new Promise<void>((resolve, reject) => blocker.listen(0, '127.0.0.1', resolve).on('error', reject));
  const { port } = blocker.address() as { port: number };
  try {
    const busy = await runner.main(dindInputs({ port: String(port), 'dind-network': `dtls-${tag}-busy` }));
    assert.equal(busy.code, 1, busy.stdout);
    assert.match(busy.stdout, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    assert.match(busy.stdout, /Choose another port, or port: 0 for a free one/);
    assert.equal(busy.state.instance, undefined, 'found before anything was made');
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
  assert.equal(await client.inspectNetwork(`dtls-${tag}-busy`), undefined);
  assert.equal(await client.inspectNetwork(`dtls-${tag}-cli`), undefined, 'the network it created is gone');
  assert.deepEqual(await oursLeft(), []);
  assert.deepEqual(await allVolumes(), volumesBefore);
});

test('the CLI: docker-tls up --dind … --format json, docker through the printed environment, docker-tls down; nothing left', async () => {
  const volumesBefore = await allVolumes();
  const stateDir = mkdtempSync(join(tmpdir(), `dtls-${tag}-cli-`));
  const cli = (args: string[], env: NodeJS.ProcessEnv) =>
    execFileAsync(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'index.js'), ...args], { env, timeout: 180_000 });
  const cliEnv = { ...process.env };
  delete cliEnv.DOCKER_HOST;
  try {
    const up = await cli(
      [
        'up',
        '--dind',
        '--dind-engine',
        engine.endpoint,
        '--dind-image',
        IMAGE,
        '--dind-privileged',
        'false',
        // The test's outer engine has no default bridge (a runner's has): a user network, as in CI.
        '--dind-network',
        `dtls-${tag}-cli`,
        '--port',
        '0',
        '--format',
        'json',
        '--state-dir',
        stateDir,
      ],
      cliEnv,
    );
    const printed = JSON.parse(up.stdout) as Record<string, string>;
    assert.match(printed.DOCKER_HOST, /^tcp:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(printed.DOCKER_TLS_VERIFY, '1');
    const env = stepEnv({
      DOCKER_HOST: printed.DOCKER_HOST,
      DOCKER_TLS_VERIFY: printed.DOCKER_TLS_VERIFY,
      DOCKER_CERT_PATH: printed.DOCKER_CERT_PATH,
    });
    assert.match((await docker(['version', '--format', '{{.Server.Version}}'], env)).stdout, /^28\./);
    assert.equal((await oursLeft()).filter((item) => item.startsWith('container ')).length, 1, 'its container runs');

    const down = await cli(['down'], { ...cliEnv, DOCKER_TLS_STATE: printed.DOCKER_TLS_STATE });
    assert.match(down.stdout, /Down: removed .*container/);
    assert.equal(existsSync(printed.DOCKER_CERT_PATH), false, 'the certificates are gone');
    assert.deepEqual(readdirSync(stateDir), [], 'the state file is gone');
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
  assert.equal(await client.inspectNetwork(`dtls-${tag}-cli`), undefined, 'the network it created is gone');
  assert.deepEqual(await oursLeft(), []);
  assert.deepEqual(await allVolumes(), volumesBefore);
});
