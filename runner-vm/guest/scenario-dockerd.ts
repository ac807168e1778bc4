// Mode dockerd on the runner look-alike: the action's own daemon, started through sudo by the
// runner user, used as later steps use it (docker run, build, compose, buildx through the
// context), its containers reaching the internet through NAT under FORWARD policy DROP, a client
// without a certificate refused; the runner's Docker untouched; nothing left after post.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { importBusybox } from '../../harness/docker.js';
import { BUSYBOX_IMAGE, type Internet, type RunnerContainer } from './machine.js';
import { type ActionRun, withAction, withoutLeftovers } from './scenario.js';
import { ok, run, sudo, systemDockerEnv } from './shell.js';

const docker = async (args: string[], env: NodeJS.ProcessEnv) =>
  (await ok('docker', args, { env, timeoutMs: 300_000 })).trim();

/** A build context; with `runStep`, a RUN step (a container of the builder's) makes the file. */
function buildContext(runStep: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-'));
  writeFileSync(join(dir, 'built'), 'built-over-mtls\n');
  const make = runStep ? 'RUN echo built-over-mtls > /built' : 'COPY built /built';
  writeFileSync(join(dir, 'Dockerfile'), `FROM ${BUSYBOX_IMAGE}\n${make}\nCMD ["cat", "/built"]\n`);
  return dir;
}

/** A subnet of the user's choosing, as compose files give it for fixed addresses; free on the guest. */
const IPAM_SUBNET = '192.168.231.0/24';

/**
 * Two services by name on the project's network: the client fetches from the server. With `subnet`,
 * the network has that subnet of its own (an ipam config), outside the daemon's address pools.
 */
function composeProject(subnet?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'compose-'));
  const ipam = subnet ? `networks:\n  default:\n    ipam:\n      config:\n        - subnet: ${subnet}\n` : '';
  writeFileSync(
    join(dir, 'compose.yaml'),
    `${ipam}services:
  server:
    image: ${BUSYBOX_IMAGE}
    command: ["sh", "-c", "echo hello-from-server > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"]
  client:
    image: ${BUSYBOX_IMAGE}
    depends_on: [server]
    command: ["sh", "-c", "i=0; while [ $$i -lt 50 ]; do printf 'GET /index.html HTTP/1.0\\r\\n\\r\\n' | nc -w 2 server 8080 | grep hello-from-server && exit 0; i=$$((i+1)); sleep 0.2; done; exit 1"]
`,
  );
  return dir;
}

async function workloads(t: TestContext, { main, env }: ActionRun, internet: Internet): Promise<void> {
  await t.test('the daemon runs as root, started through sudo by the runner user', async () => {
    assert.equal((await ok('ps', ['-o', 'user=', '-p', main.outputs.pid])).trim(), 'root');
    assert.equal((JSON.parse(main.state.instance) as { viaSudo?: boolean }).viaSudo, true);
  });
  await importBusybox(env);
  await t.test('docker run over mTLS', async () => {
    assert.equal(await docker(['run', '--rm', BUSYBOX_IMAGE, 'echo', 'hello over mTLS'], env), 'hello over mTLS');
  });
  await t.test('docker build, then run what it built', async () => {
    await docker(['build', '--tag', 'rvm-build:1', buildContext(true)], env);
    assert.equal(await docker(['run', '--rm', 'rvm-build:1'], env), 'built-over-mtls');
  });
  await t.test('docker compose up: two services reach each other by name', async () => {
    const project = ['compose', '--project-directory', composeProject(), '--project-name', 'rvm'];
    try {
      const up = await docker([...project, 'up', '--abort-on-container-exit', '--exit-code-from', 'client'], env);
      assert.match(up, /client.*hello-from-server/);
    } finally {
      await docker([...project, 'down', '--volumes', '--timeout', '1'], env);
    }
  });
  await t.test(`compose with a subnet of its own (${IPAM_SUBNET}): services by name, and the internet`, async () => {
    const project = ['compose', '--project-directory', composeProject(IPAM_SUBNET), '--project-name', 'rvm-ipam'];
    try {
      const up = await docker([...project, 'up', '--abort-on-container-exit', '--exit-code-from', 'client'], env);
      assert.match(up, /client.*hello-from-server/);
      const fetch = ['run', '--rm', '--network', 'rvm-ipam_default', BUSYBOX_IMAGE, 'wget', '-qO-', internet.url];
      assert.equal(await docker(fetch, env), internet.body);
    } finally {
      await docker([...project, 'down', '--volumes', '--timeout', '1'], env);
    }
  });
  await t.test('docker buildx build through the context the action made (output context)', async () => {
    const context = main.outputs.context;
    assert.ok(context, 'the context output is set');
    // As a later step uses it: by the context alone (buildx ignores TLS settings in the environment).
    const byContext = systemDockerEnv();
    const build = ['buildx', 'build', '--builder', context, '--tag', 'rvm-buildx:1', '--load', buildContext(false)];
    await docker(['--context', context, ...build], byContext);
    // In the action's daemon now (the docker build above ran what it built already).
    const created = await docker(['image', 'inspect', '--format', '{{.Created}}', 'rvm-buildx:1'], env);
    assert.ok(Date.now() - Date.parse(created) < 10 * 60_000, `rvm-buildx:1 was created at ${created}`);
  });
  await t.test('a container reaches the internet through NAT, under FORWARD policy DROP', async () => {
    assert.equal((await sudo(['iptables', '-S', 'FORWARD'])).split('\n')[0], '-P FORWARD DROP');
    assert.equal(await docker(['run', '--rm', BUSYBOX_IMAGE, 'wget', '-qO-', internet.url], env), internet.body);
  });
}

async function refusals(t: TestContext, { main }: ActionRun): Promise<void> {
  const url = `${main.env.DOCKER_HOST.replace(/^tcp:/, 'https:')}/_ping`;
  const certs = main.env.DOCKER_CERT_PATH;
  const ca = ['--cacert', join(certs, 'ca.pem')];
  await t.test('a client with the certificate gets OK; one without is refused', async () => {
    const withCert = ['--cert', join(certs, 'cert.pem'), '--key', join(certs, 'key.pem')];
    assert.equal((await run('curl', ['-sS', '--max-time', '20', ...ca, ...withCert, url])).stdout, 'OK');
    const without = await run('curl', ['-sS', '--max-time', '20', ...ca, url]);
    assert.notEqual(without.code, 0, `answered without a certificate: ${without.stdout}`);
    assert.doesNotMatch(without.stdout, /OK/);
  });
}

export async function dockerdScenario(t: TestContext, container: RunnerContainer, internet: Internet): Promise<void> {
  await withoutLeftovers(t, () =>
    withAction(t, { port: '0' }, container, async (action) => {
      await workloads(t, action, internet);
      await refusals(t, action);
    }),
  );
}
