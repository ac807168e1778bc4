// Time from creating the dind container to its first mTLS answer through the published port, on
// the test outer engine with the test dind image (scripts/build-dind-image.sh):
//   ours:   certificates made before the container starts (the project's PKI), mounted read-only;
//   recipe: the docker:dind way, certificates made at container start by the seeds' openssl recipe
//           (RSA-4096) into a shared directory, the client waiting for its files to appear.
// Row 7 of `npm run bench` uses timeRecipeStart (bench/dind-row.ts). Standalone, both ways:
//   node --import tsx bench/dind-ready.ts [runs]      (root; prints each run and the medians)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientContext, pingOnce } from '../src/core/probes.js';
import { type ContainerCreateRequest } from '../src/host/engine-api/types.js';
import { EngineClient } from '../src/host/engine-api/client.js';
import { buildDindCreateRequest, dindLabels } from '../src/engines/dind/container-request.js';
import { createDindContainer } from '../src/engines/dind/outer.js';
import { parseEngineEndpoint } from '../src/core/options/engine-endpoint.js';
import { waitForDind } from '../harness/dind-wait.js';
import { writeCertificateSet } from '../src/host/cert-dir.js';
import { createCertificateSet } from '../src/core/pki/index.js';
import { DIND_TEST_IMAGE } from '../harness/dind-outer.js';
import { startOuterEngine } from '../harness/outer-engine.js';
import { REPO_ROOT } from './action-job.js';

const IMAGE = DIND_TEST_IMAGE;
const runs = Number(process.argv[2] ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function readyCheck(port: number, clientDir: string): () => Promise<boolean> {
  let context: ReturnType<typeof clientContext> | undefined;
  return async () => {
    if (!context) {
      if (!existsSync(join(clientDir, 'key.pem'))) return false;
      const read = (name: string) => readFileSync(join(clientDir, name), 'utf8');
      context = clientContext({ ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') });
    }
    return (await pingOnce('127.0.0.1', port, context, 1000)).status === 200;
  };
}

/** ms from create to first answer; the request is built (and its directories made) before the clock starts. */
async function timeOne(
  client: EngineClient,
  port: number,
  clientDir: string,
  request: () => Promise<ContainerCreateRequest>,
): Promise<number> {
  const body = await request();
  const started = performance.now();
  const id = await createDindContainer(client, body);
  try {
    await client.startContainer(id);
    await waitForDind(client, id, readyCheck(port, clientDir), { timeoutMs: 120_000, intervalMs: 10 });
    return performance.now() - started;
  } finally {
    await client.removeContainer(id);
  }
}

/**
 * The docker:dind way, once: the openssl recipe makes RSA-4096 certificates at container start into a
 * directory the client shares; ms from the create call to the first mTLS answer.
 */
export async function timeRecipeStart(
  client: EngineClient,
  shared: string,
  setup: { network?: string; privileged: boolean },
): Promise<number> {
  const { network, privileged } = setup;
  const port = 23000 + Math.floor(Math.random() * 2000);
  const placeholder = await writeCertificateSet(join(shared, 'unused'), await createCertificateSet());
  const body = buildDindCreateRequest({
    image: IMAGE,
    instanceId: 'bench',
    serverCertDir: placeholder.serverDir,
    dindArgs: [],
    privileged,
    listen: { bindHost: '127.0.0.1', port },
    network,
    alias: 'docker',
  });
  body.Env = ['DOCKER_TLS_CERTDIR=/certs'];
  body.Cmd = ['sh', '-c', 'sh /recipe.sh /certs && exec dockerd-entrypoint.sh'];
  body.HostConfig.Mounts = [
    { Type: 'bind', Source: join(REPO_ROOT, 'bench', 'openssl-recipe.sh'), Target: '/recipe.sh', ReadOnly: true },
    { Type: 'bind', Source: join(shared, 'certs'), Target: '/certs', ReadOnly: false },
    ...body.HostConfig.Mounts.slice(1),
  ];
  execFileSync('mkdir', ['-p', join(shared, 'certs')]);
  return timeOne(client, port, join(shared, 'certs', 'client'), () => Promise.resolve(body));
}

async function main() {
  const engine = await startOuterEngine();
  const work = mkdtempSync(join(tmpdir(), 'dtls-bench-dind-'));
  try {
    execFileSync(join(REPO_ROOT, 'scripts', 'build-dind-image.sh'), [IMAGE], { env: engine.env, stdio: 'inherit' });
    const client = new EngineClient(parseEngineEndpoint(engine.endpoint));
    const id = randomBytes(4).toString('hex');
    const network = `dtls-${id}-net`;
    await client.createNetwork(network, dindLabels(id, 'network'));
    const port = 23000 + Math.floor(Math.random() * 2000);
    const results: Record<string, number[]> = { ours: [], recipe: [] };
    for (let run = 0; run < runs; run++) {
      const certDir = join(work, `ours-${run}`);
      const paths = await writeCertificateSet(certDir, await createCertificateSet());
      const options = { image: IMAGE, instanceId: id, serverCertDir: paths.serverDir, dindArgs: [], privileged: false };
      const ours = () =>
        Promise.resolve(
          buildDindCreateRequest({ ...options, listen: { bindHost: '127.0.0.1', port }, network, alias: 'docker' }),
        );
      results.ours.push(await timeOne(client, port, paths.clientDir, ours));

      const shared = join(work, `recipe-${run}`);
      const recipe = async () => {
        const body = buildDindCreateRequest({
          ...options,
          listen: { bindHost: '127.0.0.1', port },
          network,
          alias: 'docker',
        });
        // The official image's way: certificates made at start into a directory clients share.
        body.Env = ['DOCKER_TLS_CERTDIR=/certs'];
        body.Cmd = ['sh', '-c', 'sh /recipe.sh /certs && exec dockerd-entrypoint.sh'];
        body.HostConfig.Mounts = [
          { Type: 'bind', Source: join(REPO_ROOT, 'bench', 'openssl-recipe.sh'), Target: '/recipe.sh', ReadOnly: true },
          { Type: 'bind', Source: shared, Target: '/certs', ReadOnly: false },
          ...body.HostConfig.Mounts.slice(1),
        ];
        execFileSync('mkdir', ['-p', shared]);
        return body;
      };
      results.recipe.push(await timeOne(client, port, join(shared, 'client'), recipe));
      console.log(
        `run ${run + 1}: ours ${results.ours.at(-1)!.toFixed(0)} ms, recipe ${results.recipe.at(-1)!.toFixed(0)} ms`,
      );
    }
    await client.removeNetwork(network);
    const [ours, recipe] = [median(results.ours), median(results.recipe)];
    console.log(
      `median of ${runs}: ours ${ours.toFixed(0)} ms, recipe ${recipe.toFixed(0)} ms, ratio ${(recipe / ours).toFixed(1)}x`,
    );
  } finally {
    await engine.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

// Standalone: node --import tsx bench/dind-ready.ts [runs]
if (process.argv[1]?.endsWith('dind-ready.ts')) await main();
