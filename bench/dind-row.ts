// Row 7 of `npm run bench`: mode dind, the action's main step from spawn to exit (the environment is
// exported by then), against the docker:dind way measured in the same run: the same image started
// with certificates made at container start by the seeds' openssl recipe (RSA-4096), from the create
// call to its first mTLS answer (bench/dind-ready.ts). Test outer engine and fixture image (no
// registry); both use a network made beforehand, so neither pays for one.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { EngineClient, dindLabels, parseEngineEndpoint } from '../src/dind/index.js';
import { startOuterEngine } from '../harness/outer-engine.js';
import { ActionJob, REPO_ROOT, outputOf } from './action-job.js';
import { timeRecipeStart } from './dind-ready.js';
import { type Row, measurement, speedup } from './model.js';

const IMAGE = process.env.DIND_TEST_IMAGE ?? 'docker-tls-test/dind:28';
const TARGET = 3;

export async function benchDindRow(plan: {
  runs: number;
  workRoot: string;
  log: (line: string) => void;
}): Promise<Row> {
  const started = performance.now();
  const engine = await startOuterEngine(60_000, { addressPool: '10.239.0.0/16' });
  const job = new ActionJob(join(plan.workRoot, 'dind'));
  const client = new EngineClient(parseEngineEndpoint(engine.endpoint));
  const network = `dtls-${randomBytes(4).toString('hex')}-bench`;
  try {
    execFileSync(join(REPO_ROOT, 'scripts', 'build-dind-image.sh'), [IMAGE], { env: engine.env, stdio: 'inherit' });
    await client.createNetwork(network, dindLabels('bench', 'network'));
    const ours: number[] = [];
    const recipe: number[] = [];
    const inputs = { mode: 'dind', 'dind-engine': engine.endpoint, 'dind-image': IMAGE, 'dind-privileged': 'false' };
    for (let run = 0; run < plan.runs; run++) {
      const main = await job.main({ ...inputs, port: '0', 'dind-network': network });
      if (main.code !== 0) throw new Error(`main failed: ${outputOf(main)}`);
      ours.push(main.ms);
      const post = await job.post(main.state);
      if (post.code !== 0) throw new Error(`post failed: ${outputOf(post)}`);
      recipe.push(await timeRecipeStart(client, join(plan.workRoot, 'dind', `recipe-${run}`), network));
      plan.log(
        `  run ${run + 1}: dind main ${ours.at(-1)!.toFixed(0)} ms, docker:dind way ${recipe.at(-1)!.toFixed(0)} ms`,
      );
    }
    const subject = measurement('mode dind: main step, spawn → environment exported', 'ms', ours, {
      detail:
        'dist/main as the runner runs it: outer engine checks, certificates, container create and start, mTLS ready, refusals proven',
    });
    const baseline = measurement('docker:dind way: create → first mTLS answer', 'ms', recipe, {
      detail: 'same image; the openssl recipe (RSA-4096) run at container start, the client waiting for its files',
    });
    const comparison = speedup(subject, baseline);
    comparison.target = `≥ ${TARGET}× faster`;
    comparison.targetAdvantage = TARGET;
    comparison.met = comparison.ratio >= TARGET;
    comparison.verdict = `target ≥ ${TARGET}×: ${comparison.met ? 'met' : 'missed'}`;
    return {
      id: 7,
      title: 'dind mode start against the docker:dind way',
      target: comparison.target,
      measurements: [subject, baseline],
      comparisons: [comparison],
      notes: [
        `Outer engine: Debian's dockerd on a private socket; image ${IMAGE} (docker.io 28 from Debian unstable), dind-privileged false.`,
        'The baseline starts its clock at the create call, after its request is built: it does not pay for a node start or any checks, which ours does.',
      ],
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    await client.removeNetwork(network).catch(() => undefined);
    job.dispose();
    await engine.stop();
  }
}
