// Mode dind on the runner look-alike (cgroup v2, the systemd cgroup driver, Docker 28.5 as the
// outer engine): the locally built dind image, with dind-privileged true and false; the daemon
// inside reached over mTLS from the job and, by its alias, from a sibling container on the
// dind-network; post removes the container, its anonymous volume and the network it created.
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { importBusybox } from '../../harness/docker.js';
import { DOCKER_VERSION } from './fidelity.js';
import { DIND_IMAGE, DIND_INPUTS } from './job.js';
import { BUSYBOX_IMAGE, type RunnerContainer, warmDindImage } from './machine.js';
import { type ActionRun, withAction, withoutLeftovers } from './scenario.js';
import { ok, run, systemDockerEnv } from './shell.js';

const docker = async (args: string[], env: NodeJS.ProcessEnv) =>
  (await ok('docker', args, { env, timeoutMs: 300_000 })).trim();

interface Made {
  container: string;
  volumes: string[];
}

async function insideDind(t: TestContext, { main, env }: ActionRun, network: string, made: Made): Promise<void> {
  made.container = main.outputs['container-id'];
  const system = systemDockerEnv();
  made.volumes = (await docker(['inspect', '--format', '{{range .Mounts}}{{.Name}} {{end}}', made.container], system))
    .split(' ')
    .filter(Boolean);
  await t.test('the dind container runs the image asked for, with an anonymous volume', async () => {
    assert.equal(await docker(['inspect', '--format', '{{.Config.Image}}', made.container], system), DIND_IMAGE);
    assert.equal(made.volumes.length, 1, `volumes: ${made.volumes.join(', ')}`);
  });
  await t.test('its daemon answers over mTLS: Docker 28.5, on cgroup v2', async () => {
    assert.match(await docker(['version', '--format', '{{.Server.Version}}'], env), DOCKER_VERSION);
    assert.equal(await docker(['info', '--format', '{{.CgroupVersion}}'], env), '2');
  });
  await t.test('a container runs inside it', async () => {
    await importBusybox(env);
    assert.equal(await docker(['run', '--rm', BUSYBOX_IMAGE, 'echo', 'inside dind'], env), 'inside dind');
  });
  await t.test(`a sibling container on ${network} reaches it as tcp://docker:2376 with the client files`, async () => {
    const sibling = [
      ...['run', '--rm', '--network', network, '--volume', `${main.env.DOCKER_CERT_PATH}:/certs:ro`],
      ...['--env', 'DOCKER_HOST=tcp://docker:2376', '--env', 'DOCKER_TLS_VERIFY=1', '--env', 'DOCKER_CERT_PATH=/certs'],
      ...[DIND_IMAGE, 'docker', 'version', '--format', '{{.Server.Version}}'],
    ];
    assert.match(await docker(sibling, system), DOCKER_VERSION);
  });
}

async function assertRemoved(t: TestContext, made: Made, network: string): Promise<void> {
  const system = systemDockerEnv();
  await t.test('post removed the container, its anonymous volume and the network', async () => {
    assert.notEqual((await run('docker', ['container', 'inspect', made.container], { env: system })).code, 0);
    for (const volume of made.volumes) {
      assert.notEqual((await run('docker', ['volume', 'inspect', volume], { env: system })).code, 0, volume);
    }
    assert.notEqual((await run('docker', ['network', 'inspect', network], { env: system })).code, 0);
  });
}

export async function dindScenario(t: TestContext, container: RunnerContainer, privileged: boolean): Promise<void> {
  const network = `rvm-dind-${privileged ? 'privileged' : 'unprivileged'}`;
  const inputs = { ...DIND_INPUTS, 'dind-privileged': String(privileged) };
  const made: Made = { container: '', volumes: [] };
  await warmDindImage();
  await withoutLeftovers(t, async () => {
    await withAction(t, { ...inputs, 'dind-network': network }, container, (action) =>
      insideDind(t, action, network, made),
    );
    if (made.container) await assertRemoved(t, made, network);
  });
}
