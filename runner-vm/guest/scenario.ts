// How every scenario is framed: a snapshot of what it could leave before it, the action's main
// and post steps run as the runner runs them (post whatever happened in between, as `post-if:
// always()`), the runner's own Docker watched all along, and the snapshot compared after.
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { differences, takeSnapshot } from './leftovers.js';
import type { RunnerContainer } from './machine.js';
import { runnerDockerProblems, watchRunnerDocker } from './runner-docker.js';
import { stepEnv } from './shell.js';
import { type StepResult, main, outputOf, post } from './steps.js';

/** Runs `body`, then checks that the guest holds exactly what it held before. */
export async function withoutLeftovers(t: TestContext, body: () => Promise<void>): Promise<void> {
  const before = await takeSnapshot();
  let failure: unknown;
  try {
    await body();
  } catch (error) {
    failure = error;
  }
  await t.test(
    'nothing is left: processes, listening ports, links, mounts, cgroups, nft ruleset, files, docker contexts, the system daemon’s containers, volumes and networks',
    async () => assert.deepEqual(differences(before, await takeSnapshot()), []),
  );
  if (failure) throw failure;
}

/**
 * dockerd gives the containerd it starts a fixed 15 s (moby's supervisor), which a dind container
 * under software emulation on a loaded machine can miss: that one failure, and only it, gets post
 * (which must clean up) and a second main. A hosted runner's CPUs never come near it.
 */
async function mainOnEmulatedCpus(t: TestContext, inputs: Record<string, string>): Promise<StepResult> {
  const first = await main(inputs);
  if (first.code === 0 || !/timeout waiting for containerd to start/.test(outputOf(first))) return first;
  t.diagnostic('dockerd missed its 15 s for containerd under emulation: post, then main once more');
  const cleanup = await post(first.state);
  assert.equal(cleanup.code, 0, outputOf(cleanup));
  return main(inputs);
}

export interface ActionRun {
  main: StepResult;
  /** A later step's environment: the job's own plus what main exported. */
  env: NodeJS.ProcessEnv;
}

/**
 * main with `inputs`, `during` while the action's daemon runs (only when main succeeded), post;
 * the runner's Docker checked before, watched through main and post, and checked after.
 */
export async function withAction(
  t: TestContext,
  inputs: Record<string, string>,
  runnerContainer: RunnerContainer,
  during: (run: ActionRun) => Promise<void>,
): Promise<void> {
  await t.test("before main: the runner's Docker answers, docker0 is there, its container serves", async () =>
    assert.deepEqual(await runnerDockerProblems(runnerContainer), []),
  );
  const watch = watchRunnerDocker(runnerContainer, 'main to post');
  const mainStep = await mainOnEmulatedCpus(t, inputs);
  try {
    await t.test('main exits 0 and exports DOCKER_HOST, DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH', () => {
      assert.equal(mainStep.code, 0, outputOf(mainStep));
      assert.match(mainStep.env.DOCKER_HOST ?? '', /^tcp:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(mainStep.env.DOCKER_TLS_VERIFY, '1');
      assert.ok(mainStep.env.DOCKER_CERT_PATH?.startsWith('/home/runner/work/_temp/'), mainStep.env.DOCKER_CERT_PATH);
    });
    if (mainStep.code === 0) await during({ main: mainStep, env: stepEnv(mainStep.env) });
  } finally {
    const postStep = await post(mainStep.state);
    const { problems, rounds } = await watch.stop();
    await t.test('post exits 0', () => assert.equal(postStep.code, 0, outputOf(postStep)));
    await t.test("through main and post the runner's Docker answered and its container served", () => {
      assert.deepEqual(problems, []);
      assert.ok(rounds >= 2, `only ${rounds} round(s) of checks ran`);
    });
    await t.test("after post the runner's Docker answers, docker0 is there, its container serves", async () =>
      assert.deepEqual(await runnerDockerProblems(runnerContainer), []),
    );
  }
}
