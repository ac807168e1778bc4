// Row 7 of `npm run bench`: mode dind, the action's main step from spawn to exit (the environment is
// exported by then), against the docker:dind way measured in the same run: the same image started
// with certificates made at container start by the seeds' openssl recipe (RSA-4096), from the create
// call to its first mTLS answer (bench/dind-ready.ts). The outer engine is a test one of Debian
// unstable's Docker 28, a runner's engine (the machine's dockerd when that cannot be fetched); the
// fixture image (no registry). 21 runs a side: RSA key generation takes a random time. Two setups:
// the default bridge (the action's default inputs), and a user network made beforehand
// (dind-network, as a service container is used), the same for both sides.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { EngineClient } from '../src/host/engine-api/client.js';
import { dindLabels } from '../src/engines/dind/container-request.js';
import { parseEngineEndpoint } from '../src/core/options/engine-endpoint.js';
import { DIND_TEST_IMAGE } from '../harness/dind-outer.js';
import { startOuterEngine } from '../harness/outer-engine.js';
import { privilegedRefusedHere } from '../harness/privileged.js';
import { sidBinDir } from '../scripts/engines.mjs';
import { ActionJob, REPO_ROOT, outputOf } from './action-job.js';
import { timeRecipeStart } from './dind-ready.js';
import { type Row, fmtRatio, measurement, speedup } from './model.js';
import { ratioInterval, round } from './stats.js';

const IMAGE = DIND_TEST_IMAGE;
const TARGET = 3;
/** Fewer runs a side (the smoke's one) say nothing about the spread: no interval then. */
const MIN_RUNS_FOR_INTERVAL = 5;

/** Where the dind container is attached: the default bridge (the action's default), or a user network. */
interface Setup {
  label: string;
  network?: string;
}

export async function benchDindRow(plan: {
  runs: number;
  workRoot: string;
  log: (line: string) => void;
}): Promise<Row> {
  const started = performance.now();
  const runnerEngine = dockerLikeARunner(plan.log);
  const engine = await startOuterEngine(60_000, {
    addressPool: '10.239.0.0/16',
    defaultBridge: '10.238.255.1/24',
    binDir: runnerEngine,
  });
  const job = new ActionJob(join(plan.workRoot, 'dind'));
  const client = new EngineClient(parseEngineEndpoint(engine.endpoint));
  const network = `dtls-${randomBytes(4).toString('hex')}-bench`;
  try {
    execFileSync(join(REPO_ROOT, 'scripts', 'build-dind-image.sh'), [IMAGE], { env: engine.env, stdio: 'inherit' });
    await client.createNetwork(network, dindLabels('bench', 'network'));
    const setups: Setup[] = [{ label: 'default inputs' }, { label: 'dind-network', network }];
    const outerVersion = (await client.version()).Version;
    // The action's default, where this engine can grant it here (Docker 28 can; 20.10 cannot here).
    const privileged = !(await privilegedRefusedHere(client)).refused;
    const measured = [];
    for (const setup of setups) measured.push(await measureSetup(setup, { ...plan, job, client, engine, privileged }));
    const comparisons = measured.map(({ subject, baseline, samples }) => {
      const comparison = speedup(subject, baseline);
      comparison.target = `≥ ${TARGET}× faster`;
      comparison.targetAdvantage = TARGET;
      comparison.met = comparison.ratio >= TARGET;
      const verdict = `target ≥ ${TARGET}×: ${comparison.met ? 'met' : 'missed'}`;
      if (samples.ours.length < MIN_RUNS_FOR_INTERVAL) {
        comparison.verdict = `${verdict} (${samples.ours.length} run(s) a side: too few to tell the noise)`;
        return comparison;
      }
      const [low, high] = ratioInterval(samples.ours, samples.recipe);
      comparison.interval = [round(low, 2), round(high, 2)];
      const beyondNoise = low >= TARGET || high < TARGET ? 'beyond the noise' : 'within the noise';
      comparison.verdict = `${verdict}, ${beyondNoise} (90% of bootstrap resamples: ${fmtRatio(low)}–${fmtRatio(high)})`;
      return comparison;
    });
    return {
      id: 7,
      title: 'dind mode start against the docker:dind way',
      target: `≥ ${TARGET}× faster`,
      measurements: measured.flatMap(({ subject, baseline }) => [subject, baseline]),
      comparisons,
      notes: [
        `Outer engine: dockerd ${outerVersion} (${runnerEngine ? "Debian unstable's, as a runner's Docker 28" : "the machine's: Debian unstable's could not be fetched"}) on a private socket; image ${IMAGE} (docker.io 28 from Debian unstable); dind-privileged ${privileged} on both sides (${privileged ? 'the default; this engine grants it here' : "the machine's engine refuses --privileged here"}).`,
        'Two setups, each side the same in both: on the default bridge (the action without dind-network), and on a user network made beforehand (neither pays for making it; joining one costs both its DNS set-up).',
        'The baseline starts its clock at the create call, after its request is built: it does not pay for a node start or any checks, which ours does.',
        'Runs alternate between ours and the baseline; the baseline spreads widely because RSA key generation takes a random time.',
      ],
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    await client.removeNetwork(network).catch(() => undefined);
    job.dispose();
    await engine.stop();
  }
}

/**
 * The bin directory of Debian unstable's engine (Docker 28, as GitHub's runners have; fetched and
 * cached by scripts/fetch-engine.sh), or undefined for the machine's own dockerd when it cannot be had.
 */
function dockerLikeARunner(log: (line: string) => void): string | undefined {
  try {
    return sidBinDir();
  } catch (error) {
    log(
      `  row 7: Debian unstable's engine could not be fetched (${(error as Error).message}); the machine's dockerd is the outer engine`,
    );
    return undefined;
  }
}

/** Ours and the docker:dind way, alternating, `runs` times each, in one setup. */
async function measureSetup(
  setup: Setup,
  context: {
    runs: number;
    workRoot: string;
    log: (line: string) => void;
    job: ActionJob;
    client: EngineClient;
    engine: { endpoint: string };
    privileged: boolean;
  },
) {
  const { job, client, engine } = context;
  const ours: number[] = [];
  const recipe: number[] = [];
  const inputs: Record<string, string> = {
    mode: 'dind',
    'dind-engine': engine.endpoint,
    'dind-image': IMAGE,
    'dind-privileged': String(context.privileged),
    port: '0',
    ...(setup.network ? { 'dind-network': setup.network } : {}),
  };
  for (let run = 0; run < context.runs; run++) {
    const main = await job.main(inputs);
    if (main.code !== 0) throw new Error(`main failed: ${outputOf(main)}`);
    ours.push(main.ms);
    const post = await job.post(main.state);
    if (post.code !== 0) throw new Error(`post failed: ${outputOf(post)}`);
    const shared = join(context.workRoot, 'dind', `recipe-${setup.network ? 'net' : 'bridge'}-${run}`);
    recipe.push(await timeRecipeStart(client, shared, { network: setup.network, privileged: context.privileged }));
    context.log(
      `  ${setup.label}, run ${run + 1}: dind main ${ours.at(-1)!.toFixed(0)} ms, docker:dind way ${recipe.at(-1)!.toFixed(0)} ms`,
    );
  }
  const subject = measurement(`mode dind (${setup.label}): main step, spawn → environment exported`, 'ms', ours, {
    detail:
      'dist/main as the runner runs it: outer engine checks, certificates, container create and start, mTLS ready, refusals proven',
  });
  const baseline = measurement(`docker:dind way (${setup.label}): create → first mTLS answer`, 'ms', recipe, {
    detail: 'same image; the openssl recipe (RSA-4096) run at container start, the client waiting for its files',
  });
  return { subject, baseline, samples: { ours, recipe } };
}
