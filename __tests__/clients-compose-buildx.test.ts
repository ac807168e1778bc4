// Docker Compose v2 and Buildx, as later workflow steps use them against the action's daemon:
// through the exported environment, and through a docker context made from the three files.
// No registry is reachable: every image is built FROM the imported busybox image.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { BUSYBOX_IMAGE, importBusybox, stepEnv } from '../harness/docker.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { describeRun, ok, run, withEnv } from '../harness/commands.js';
import { instanceOf } from '../harness/instance.js';
import { portOf } from '../harness/ports.js';
import { ENGINE, assertEngineAnswers } from '../harness/engine.js';

const TAG = randomBytes(3).toString('hex');
let runner: FakeRunner;
let main: StepResult;
let env: NodeJS.ProcessEnv;
let work: string;

function docker(args: string[], withEnvOf = env, timeoutMs = 180_000) {
  return run('docker', args, { env: withEnvOf, cwd: work, timeoutMs });
}

before(async () => {
  runner = new FakeRunner();
  work = mkdtempSync(join(tmpdir(), 'clients-'));
  main = await runner.main({ port: '0' });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  // A docker config of its own: contexts and buildx builders made here never touch the user's.
  env = withEnv(stepEnv(main.env), { DOCKER_CONFIG: join(work, 'docker-config') });
  const answer = assertEngineAnswers(env);
  console.log(
    `# engine ${ENGINE}: dockerd ${answer.engine}, containerd ${answer.containerd}, API ${answer.apiVersion}`,
  );
  await importBusybox(env);
  writeFileSync(
    join(work, 'Dockerfile'),
    [`FROM ${BUSYBOX_IMAGE}`, `RUN echo built-${TAG} > /built.txt`, 'CMD ["cat", "/built.txt"]', ''].join('\n'),
  );
});

after(async () => {
  if (main?.state.instance) {
    const post = await runner.post(main.state);
    assert.equal(post.code, 0, post.stdout + post.stderr);
    await assertNoLeaks({ ids: [instanceOf(main.state).id], ports: [portOf(main.env.DOCKER_HOST)] });
  }
  rmSync(work, { recursive: true, force: true });
  runner?.dispose();
});

test("the daemon's containerd namespaces are the instance's own, plugins' included", async (t) => {
  // docker info reports them from API 1.46 (Docker 27) on; dockerd 20.10 does not.
  const info = ok(await docker(['info', '--format', '{{json .Containerd}}'])).trim();
  const namespaces = (JSON.parse(info) as { Namespaces?: { Containers: string; Plugins: string } } | null)?.Namespaces;
  if (!namespaces) {
    assert.equal(ENGINE, 'system', `engine ${ENGINE} must report its containerd namespaces: ${info}`);
    t.skip('this dockerd does not report its containerd namespaces (API < 1.46)');
    return;
  }
  const marker = instanceOf(main.state).marker;
  assert.deepEqual(namespaces, { Containers: marker, Plugins: `${marker}-plugins` });
});

describe('docker compose v2', () => {
  const project = `compose${TAG}`;

  after(async () => {
    await docker(['compose', '-p', project, 'down', '--rmi', 'local', '--volumes', '--timeout', '1']);
  });

  test('the plugin is there', async () => {
    assert.match(ok(await docker(['compose', 'version'])), /Docker Compose version v?2\./);
  });

  // Under the runner's FORWARD policy DROP with br_netfilter, this holds because the action accepts
  // its own networks' traffic in a chain of its own (see the workloads test).
  test('up: two services reach each other by service name on the project network', async () => {
    // The client retries: "depends_on" waits for the server's start, not for it to listen.
    // busybox nc, not wget: busybox-static's wget crashes looking up a name in an image without libc.
    const compose = `
services:
  server:
    image: ${BUSYBOX_IMAGE}
    command: ["sh", "-c", "echo hello-from-server-${TAG} > /tmp/index.html && exec busybox httpd -f -p 8080 -h /tmp"]
  client:
    image: ${BUSYBOX_IMAGE}
    depends_on: [server]
    command: ["sh", "-c", "i=0; while [ $$i -lt 20 ]; do printf 'GET /index.html HTTP/1.0\\r\\n\\r\\n' | nc -w 2 server 8080 | busybox grep hello-from-server && exit 0; i=$$((i+1)); sleep 0.1; done; exit 1"]
`;
    writeFileSync(join(work, 'compose.yaml'), compose);
    const up = await docker([
      'compose',
      '-p',
      project,
      'up',
      '--abort-on-container-exit',
      '--exit-code-from',
      'client',
    ]);
    assert.equal(up.code, 0, describeRun(up));
    assert.match(up.stdout, new RegExp(`client.*hello-from-server-${TAG}`), describeRun(up));
    const networks = ok(await docker(['network', 'ls', '--format', '{{.Name}}']));
    assert.match(networks, new RegExp(`^${project}_default$`, 'm'), 'compose made its project network on our daemon');
  });

  test('build: a service built from a Dockerfile, then run', async () => {
    writeFileSync(join(work, 'compose.yaml'), `services:\n  app:\n    build: .\n    image: ${project}-app:1\n`);
    const build = await docker(['compose', '-p', project, 'build']);
    assert.equal(build.code, 0, describeRun(build));
    const output = ok(await docker(['compose', '-p', project, 'run', '--rm', 'app']));
    assert.equal(output.trim(), `built-${TAG}`);
  });
});

describe('docker buildx', () => {
  const contextName = `ctx${TAG}`;
  const builderName = `dc${TAG}`;
  /** The same step, but the daemon is reached only through the context: no DOCKER_* variables. */
  let contextEnv: NodeJS.ProcessEnv;

  before(async () => {
    contextEnv = withEnv(env, { DOCKER_HOST: undefined, DOCKER_TLS_VERIFY: undefined, DOCKER_CERT_PATH: undefined });
    const certs = main.env.DOCKER_CERT_PATH;
    const endpoint = `host=${main.env.DOCKER_HOST},ca=${certs}/ca.pem,cert=${certs}/cert.pem,key=${certs}/key.pem`;
    ok(await docker(['context', 'create', contextName, '--docker', endpoint], contextEnv));
  });

  after(async () => {
    await docker(['buildx', 'rm', builderName], contextEnv);
    await docker(['context', 'rm', '--force', contextName], contextEnv);
  });

  test('the plugin is there, and its default builder is the BuildKit inside the daemon', async () => {
    assert.match(ok(await docker(['buildx', 'version'])), /buildx v?0\.\d+/);
    const inspect = ok(await docker(['buildx', 'inspect']));
    assert.match(inspect, /Driver:\s+docker\s*$/m, inspect);
    // With DOCKER_HOST set, the "default" context is that endpoint: the build below lands there.
    assert.match(inspect, /Status:\s+running/, inspect);
  });

  test('build through the exported environment', async () => {
    const image = `buildx-env${TAG}:1`;
    const build = await docker(['buildx', 'build', '--progress', 'plain', '-t', image, '.']);
    assert.equal(build.code, 0, describeRun(build));
    assert.equal(ok(await docker(['run', '--rm', image])).trim(), `built-${TAG}`);
    ok(await docker(['image', 'rm', image]));
  });

  test('build through a docker context made from the three files (current context untouched)', async () => {
    const image = `buildx-ctx${TAG}:1`;
    const current = ok(await docker(['context', 'show'], contextEnv)).trim();
    const build = await docker(
      ['--context', contextName, 'buildx', 'build', '--progress', 'plain', '-t', image, '.'],
      contextEnv,
    );
    assert.equal(build.code, 0, describeRun(build));
    assert.equal(ok(await docker(['--context', contextName, 'run', '--rm', image], contextEnv)).trim(), `built-${TAG}`);
    assert.equal(ok(await docker(['context', 'show'], contextEnv)).trim(), current, 'the current context is unchanged');
    // The image is on the action's daemon: the exported environment sees it too.
    ok(await docker(['image', 'rm', image]));
  });

  test('buildx create --driver docker-container on the context: the builder is made (booting it needs a registry)', async () => {
    const created = await docker(
      ['buildx', 'create', '--name', builderName, '--driver', 'docker-container', contextName],
      contextEnv,
    );
    assert.equal(created.code, 0, describeRun(created));
    const inspect = ok(await docker(['buildx', 'inspect', builderName], contextEnv));
    assert.match(inspect, /Driver:\s+docker-container/, inspect);
    assert.match(inspect, new RegExp(`Endpoint:\\s+${contextName}`), inspect);
    const current = ok(await docker(['buildx', 'ls'], contextEnv));
    assert.doesNotMatch(
      current,
      new RegExp(`^${builderName}\\*`, 'm'),
      'buildx create without --use leaves the current builder',
    );
  });
});
