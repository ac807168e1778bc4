// The refusals and attacks of the interop suite (harness/refusal-suite.ts), against the dind
// daemon: the action in mode dind as the runner runs it, and a dind container made the way the
// action makes it on certificates from an authority the test keeps (for the same-CA date cases).
// Outer engine of the test's own, fixture image (scripts/build-dind-image.sh). The attacks go to
// the container's own address, named by its certificate, so that the daemon's log names each
// connection by the client's own port; the exported, published port is used as a client would.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import {
  CERTIFICATES_READY_FILE,
  DIND_PORT,
  buildDindCreateRequest,
  dindLabels,
} from '../src/engines/dind/container-request.js';
import { EngineClient } from '../src/host/engine-api/client.js';
import { createDindContainer } from '../src/engines/dind/outer.js';
import { imageEntrypointOf } from '../src/engines/dind/image.js';
import { clientContext, pingOnce } from '../src/core/probes.js';
import { DaemonLog } from '../harness/daemon-log.js';
import { waitForDind } from '../harness/dind-wait.js';
import { stepEnv } from '../harness/docker.js';
import { DIND_TEST_IMAGE, startDindOuterEngine } from '../harness/dind-outer.js';
import type { OuterEngine } from '../harness/outer-engine.js';
import { labelledLeftovers } from '../harness/outer-leftovers.js';
import { freePort, portOf } from '../harness/ports.js';
import { describeRefusals, describeSameCaDateRefusals } from '../harness/refusal-suite.js';
import { FakeRunner } from '../harness/runner.js';

const IMAGE = DIND_TEST_IMAGE;
const tag = randomBytes(3).toString('hex');
// A /16 of its own for the outer engine's user networks (10.224–10.239, unlikely to be in use).
const POOL = `10.${224 + (parseInt(tag.slice(0, 2), 16) % 16)}.0.0/16`;

let engine: OuterEngine;
let client: EngineClient;

before(async () => {
  ({ engine, client } = await startDindOuterEngine({ addressPool: POOL }));
});

after(async () => {
  await engine?.stop();
});

/** The container's address on `network`, where its daemon listens on 2376. */
async function addressOn(containerId: string, network: string): Promise<string> {
  const info = await client.inspectContainer(containerId);
  const address = info?.NetworkSettings.Networks[network]?.IPAddress;
  assert.ok(address, `the dind container has an address on ${network}`);
  return address;
}

/** The container's whole log: it only grows, so a length marks a point in it. */
const containerLog = (id: string) => new DaemonLog(() => client.containerLogs(id));

describeRefusals('refusals by the dind daemon (mode dind)', async () => {
  const runner = new FakeRunner();
  const network = `dtls-${tag}-refusals`;
  // Published on every address, so the same daemon can be reached through 127.0.0.2, which its
  // certificate does not name.
  const main = await runner.main({
    mode: 'dind',
    'dind-engine': engine.endpoint,
    'dind-image': IMAGE,
    'dind-privileged': 'false',
    'dind-network': network,
    host: '0.0.0.0',
    port: '0',
  });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  const id = main.outputs['container-id'];
  const instance = JSON.parse(main.state.instance) as { id: string };
  const post = async () => {
    const posted = await runner.post(main.state);
    runner.dispose();
    return posted;
  };
  return {
    env: stepEnv(main.env),
    host: await addressOn(id, network),
    port: DIND_PORT,
    exportedPort: portOf(main.env.DOCKER_HOST),
    log: containerLog(id),
    post: async () => {
      const posted = await post();
      assert.equal(posted.code, 0, posted.stdout + posted.stderr);
      assert.match(posted.stdout, /client didn't provide a certificate/, "post printed the container's log");
      assert.deepEqual(await labelledLeftovers(client.endpoint, instance.id), [], 'no container, volume or network');
    },
    dispose: async () => void (await post()),
  };
});

describeSameCaDateRefusals(
  "expired and not-yet-valid client certificates from the dind daemon's own CA",
  async (ca) => {
    const instanceId = `${tag}ca`;
    const network = `dtls-${tag}-own-ca`;
    const dir = mkdtempSync(join(tmpdir(), 'dtls-test-dind-ca-'));
    const serverDir = join(dir, 'server');
    mkdirSync(serverDir, { mode: 0o700 });
    await client.createNetwork(network, dindLabels(instanceId, 'network'));
    const image = await client.imageInspect(IMAGE);
    const request = buildDindCreateRequest({
      image: IMAGE,
      imageEntrypoint: imageEntrypointOf(image!),
      instanceId,
      serverCertDir: serverDir,
      dindArgs: [],
      privileged: false,
      listen: { bindHost: '127.0.0.1', port: await freePort('127.0.0.1') },
      network,
      alias: 'docker',
    });
    const id = await createDindContainer(client, request);
    const stop = async () => {
      await client.removeContainer(id);
      await client.removeNetwork(network);
      rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(await labelledLeftovers(client.endpoint, instanceId), []);
    };
    try {
      await client.startContainer(id);
      // As the action does: the certificate, made once the container has its address, names it.
      const host = await addressOn(id, network);
      const server = await ca.issueServer([{ type: 'ip', value: host }]);
      for (const name of ['ca', 'cert', 'key'] as const) writeFileSync(join(serverDir, `${name}.pem`), server[name]);
      writeFileSync(join(serverDir, CERTIFICATES_READY_FILE), '');
      const tls = clientContext(ca.client);
      const answers = async () => (await pingOnce(host, DIND_PORT, tls, 1000)).status === 200;
      await waitForDind(client, id, answers, { timeoutMs: 60_000 });
      return { host, port: DIND_PORT, log: containerLog(id), stop };
    } catch (error) {
      await stop().catch(() => undefined);
      throw error;
    }
  },
);
