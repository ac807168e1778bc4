// The dind building blocks against real engines: Debian's dockerd as the runner's engine (on a
// private socket), the test dind image (docker.io 28 from Debian unstable) run through src/dind
// with our certificates, an mTLS ping through the published port, a container run inside, the
// engine's refusal of --privileged turned into advice, and nothing left afterwards.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { endpointOf } from '../src/core/endpoint.js';
import { clientContext, pingOnce, probeWithoutClientCert } from '../src/core/probes.js';
import { DEFAULT_DIND_ALIAS } from '../src/core/options/dind.js';
import { EngineClient } from '../src/host/engine-api/client.js';
import { ImageMissingError, ensureImage } from '../src/engines/dind/image.js';
import { PrivilegedRefusedError, explainStartFailure } from '../src/engines/dind/privileged.js';
import { buildDindCreateRequest, dindContainerName, dindLabels } from '../src/engines/dind/container-request.js';
import { createDindContainer, startDindContainer } from '../src/engines/dind/outer.js';
import { waitForDind } from '../harness/dind-wait.js';
import { type CertificatePaths } from '../src/core/pki/layout.js';
import { INPUT_NAMES } from '../src/core/options/names.js';
import { DockerTlsError } from '../src/core/errors.js';
import { writeCertificateSet } from '../src/host/cert-dir.js';
import { createCertificateSet } from '../src/core/pki/index.js';
import { docker, importBusybox, stepEnv } from '../harness/docker.js';
import { freePort } from '../harness/ports.js';
import { DIND_TEST_IMAGE, startDindOuterEngine } from '../harness/dind-outer.js';
import type { OuterEngine } from '../harness/outer-engine.js';
import { labelledLeftovers } from '../harness/outer-leftovers.js';
import { privilegedRefusedHere } from '../harness/privileged.js';

const execFileAsync = promisify(execFile);

let engine: OuterEngine;
let client: EngineClient;
let certs: CertificatePaths;
const id = randomBytes(4).toString('hex');
const network = `dtls-${id}-net`;
const certRoot = mkdtempSync(join(tmpdir(), `dtls-${id}-certs-`));

before(async () => {
  ({ engine, client } = await startDindOuterEngine());
  const set = await createCertificateSet({ serverSans: [{ type: 'dns', value: DEFAULT_DIND_ALIAS }] });
  certs = await writeCertificateSet(join(certRoot, 'certs'), set);
});

after(async () => {
  await engine?.stop();
  rmSync(certRoot, { recursive: true, force: true });
});

function options(privileged: boolean, port: number) {
  return {
    image: DIND_TEST_IMAGE,
    instanceId: id,
    serverCertDir: certs.serverDir,
    dindArgs: ['--log-level=warn'],
    privileged,
    listen: { bindHost: '127.0.0.1', port },
    network,
    alias: DEFAULT_DIND_ALIAS,
  };
}

test('the outer engine answers, and says clearly when an image is missing and no registry has it', async () => {
  await client.ping();
  await assert.rejects(ensureImage(client, `docker-tls-test/absent-${id}:1`, 60_000), (error: unknown) => {
    assert.ok(error instanceof ImageMissingError);
    assert.match(error.message, new RegExp(`docker-tls-test/absent-${id}:1 is not on the outer Docker engine`));
    assert.match(error.hint!, /docker load|set dind-image/);
    return true;
  });
  await ensureImage(client, DIND_TEST_IMAGE);
});

/** Every container, volume and network of the outer engine that carries this test's instance id. */
function oursLeft(): Promise<string[]> {
  return labelledLeftovers(client.endpoint, id);
}

async function linkExists(name: string): Promise<boolean> {
  return execFileAsync('ip', ['link', 'show', name]).then(
    () => true,
    () => false,
  );
}

async function mtlsAnswers(port: number, context: ReturnType<typeof clientContext>): Promise<boolean> {
  const answer = await pingOnce('127.0.0.1', port, context, 1000);
  return answer.status === 200 && answer.body === 'OK';
}

test('dind with dind-privileged false: mTLS through the published port, a container inside, nothing left', async () => {
  const networkId = await client.createNetwork(network, dindLabels(id, 'network'));
  const bridge = `br-${networkId.slice(0, 12)}`;
  assert.ok(await linkExists(bridge), `the network's bridge ${bridge} exists`);
  const port = await freePort('127.0.0.1');
  const context = clientContext({
    ca: readFileSync(certs.clientCa, 'utf8'),
    cert: readFileSync(certs.clientCert, 'utf8'),
    key: readFileSync(certs.clientKey, 'utf8'),
  });
  const containerId = await createDindContainer(
    client,
    buildDindCreateRequest(options(false, port)),
    dindContainerName(id),
  );
  try {
    await client.startContainer(containerId);
    await waitForDind(client, containerId, () => mtlsAnswers(port, context), { timeoutMs: 60_000 });

    assert.match((await execFileAsync('ss', ['-Hltn'])).stdout, new RegExp(`127\\.0\\.0\\.1:${port}\\s`));
    const info = (await client.inspectContainer(containerId))!;
    assert.equal(info.HostConfig.Privileged, false);
    assert.deepEqual(info.NetworkSettings.Ports?.['2376/tcp'], [{ HostIp: '127.0.0.1', HostPort: String(port) }]);
    assert.ok(info.NetworkSettings.Networks[network].Aliases?.includes(DEFAULT_DIND_ALIAS));
    const dataVolume = info.Mounts.find((mount) => mount.Destination === '/var/lib/docker');
    assert.equal(dataVolume?.Type, 'volume');

    // A later step: the docker CLI over mTLS, a container run inside the dind daemon.
    const env = stepEnv({
      DOCKER_HOST: `tcp://127.0.0.1:${port}`,
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: certs.clientDir,
    });
    assert.match((await docker(['version', '--format', '{{.Server.Version}}'], env)).stdout, /^28\./);
    const image = await importBusybox(env);
    const run = await docker(['run', '--rm', image, 'sh', '-c', 'echo inside-dind; cat /proc/1/cgroup | head -1'], env);
    assert.match(run.stdout, /^inside-dind$/m);

    // Without a client certificate, the same port refuses.
    const stranger = await probeWithoutClientCert('127.0.0.1', port, readFileSync(certs.clientCa, 'utf8'), 5000);
    assert.equal(stranger.refused, true, stranger.detail);
  } finally {
    await client.removeContainer(containerId);
    await client.removeNetwork(network);
  }
  assert.deepEqual(await oursLeft(), []);
  assert.equal(await client.inspectContainer(containerId), undefined);
  assert.equal(await client.inspectNetwork(network), undefined);
  assert.equal(await linkExists(bridge), false, `the bridge ${bridge} is gone`);
  const listening = (await execFileAsync('ss', ['-Hltn'])).stdout;
  assert.doesNotMatch(listening, new RegExp(`:${port}\\s`), `nothing listens on ${port} any more`);
});

test('dind-privileged true, where this engine cannot grant it here: the error says to set dind-privileged: false', async (t) => {
  const expected = await privilegedRefusedHere(client);
  if (!expected.refused) return t.skip(`${expected.why}: --privileged works (the action test runs it)`);
  const port = await freePort('127.0.0.1');
  const request = buildDindCreateRequest({ ...options(true, port), network: undefined });
  // No network of ours exists now: the outer engine runs without a default bridge, so run without one.
  request.HostConfig.NetworkMode = 'none';
  request.HostConfig.PortBindings = {};
  const containerId = await client.createContainer(request, `${dindContainerName(id)}-privileged`);
  try {
    const failure = await client.startContainer(containerId).then(
      () => undefined,
      (error: unknown) => explainStartFailure(true, error),
    );
    assert.ok(failure instanceof PrivilegedRefusedError, `expected a refusal, got ${String(failure)}`);
    assert.match(failure.message, /could not start the dind container with --privileged: .*apply caps/);
    assert.match(failure.hint!, /dind-privileged: false/);
  } finally {
    await client.removeContainer(containerId);
  }
  assert.deepEqual(await oursLeft(), []);
});

test('a port the outer engine cannot publish (taken after our check): the error names it and the fix', async () => {
  const busyNetwork = `${network}-busy`;
  await client.createNetwork(busyNetwork, dindLabels(id, 'network'));
  const blocker = createServer();
  await new Promise<void>((resolve, reject) => blocker.listen(0, '127.0.0.1', resolve).on('error', reject));
  const { port } = blocker.address() as { port: number };
  const request = buildDindCreateRequest({ ...options(false, port), network: busyNetwork });
  const containerId = await createDindContainer(client, request, `${dindContainerName(id)}-busy`);
  try {
    const failure = await startDindContainer(client, containerId, false, endpointOf('127.0.0.1', port), INPUT_NAMES)
      .then(() => undefined)
      .catch((error: unknown) => error);
    assert.ok(failure instanceof DockerTlsError, `expected a clear error, got ${String(failure)}`);
    assert.match(
      failure.message,
      new RegExp(`cannot publish the dind daemon on tcp://127\\.0\\.0\\.1:${port}: the port is already in use`),
    );
    assert.match(failure.hint!, /Choose another port, or port: 0 for a free one/);
  } finally {
    await client.removeContainer(containerId);
    await client.removeNetwork(busyNetwork);
    await new Promise((resolve) => blocker.close(resolve));
  }
  assert.deepEqual(await oursLeft(), []);
});
