// Rows 2 and 3: the action's main and post steps against a bare dockerd started and stopped by
// hand, interleaved (action, bare, action, bare…) so that drift on the machine hits both.
import { existsSync, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { listProcesses, processesOf } from '../src/host/processes.js';
import { teardownInstance as teardown } from '../src/lifecycle/teardown.js';
import { type DockerdState as InstanceState } from '../src/engines/dockerd/state.js';
import { silentLogger } from '../src/core/logger.js';
import { ActionJob, lineAt, outputOf } from './action-job.js';
import {
  type ServerTlsFiles,
  killAndWait,
  prepareBareDaemon,
  removeBareDaemon,
  spawnBareDaemon,
  waitForBareDaemon,
} from '../harness/bare-dockerd.js';
import { markerOf } from '../src/core/naming.js';
import { throwIfAborted } from './abort.js';
import { type Row, measurement, timeRatio } from './model.js';
import { round, sleep } from './stats.js';

export interface LifecycleOptions {
  iterations: number;
  /** Untimed rounds first, so page cache and the like are warm for both sides. */
  warmup: number;
  workRoot: string;
  /** Server certificates for the bare daemon (P-256, as the action's default). */
  tls: ServerTlsFiles;
  log: (line: string) => void;
}

/** The main step within this many times a bare dockerd's own start (the libraries' issue; aim 1.5). */
const READY_TARGET_RATIO = 2.0;
const POST_TARGET_MS = 2000;

interface ActionSample {
  main: number;
  post: number;
  certsAt?: number;
  spawnAt?: number;
  readyAfter?: number;
  exitAfterReady?: number;
  stoppedAt?: number;
}

interface BareSample {
  ready: number;
  stop: number;
  /** dockerd started a containerd of its own (rather than using the machine's). */
  ownContainerd: boolean;
}

/** The id of every action instance this run started, to check at the end that none left anything. */
export const actionIds: string[] = [];

/** Jobs under way: what an interrupted bench must undo. */
const liveJobs = new Set<ActionJob>();

/** Stops a step still running and undoes every state a job saved; for the bench's signal handlers. */
export async function removeActionLeftovers(): Promise<string[]> {
  const problems: string[] = [];
  for (const job of [...liveJobs]) {
    const child = job.current;
    if (child && child.exitCode === null && child.signalCode === null) {
      // main undoes what it made on SIGTERM; post goes on with its cleanup.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
    }
    for (const text of job.savedStates()) {
      try {
        const state = JSON.parse(text) as InstanceState;
        if (existsSync(state.workDir)) {
          const report = await teardown(state, silentLogger, { stopTimeoutMs: 5000 });
          problems.push(...report.warnings);
        }
      } catch (error) {
        problems.push(`undoing a saved state: ${(error as Error).message}`);
      }
    }
    job.dispose();
    liveJobs.delete(job);
  }
  return problems;
}

/** main → post of the action in a fresh job; whatever happens, nothing of it is left. */
async function actionOnce(workRoot: string): Promise<ActionSample> {
  const job = new ActionJob(workRoot);
  liveJobs.add(job);
  let state: InstanceState | undefined;
  try {
    const main = await job.main({ port: '0' });
    if (main.state.instance) state = JSON.parse(main.state.instance) as InstanceState;
    if (state) actionIds.push(state.id);
    const text = outputOf(main);
    if (main.code !== 0) throw new Error(`main exited with ${main.code ?? main.signal}:\n${text}`);
    if (
      !/^tcp:\/\//.test(main.env.DOCKER_HOST ?? '') ||
      main.env.DOCKER_TLS_VERIFY !== '1' ||
      !main.env.DOCKER_CERT_PATH
    )
      throw new Error(`main did not export DOCKER_HOST, DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH:\n${text}`);
    if (!/Refused as it must/.test(text)) throw new Error(`main did not prove the refusals:\n${text}`);
    const readyLine = main.lines.find((line) => /answers mTLS \/_ping .* after (\d+) ms/.test(line.text));
    const readyAfter = readyLine ? Number(/after (\d+) ms/.exec(readyLine.text)![1]) : undefined;

    const post = await job.post({ instance: main.state.instance });
    if (post.code !== 0 || !/Cleaned up: dockerd stopped/.test(outputOf(post)))
      throw new Error(`post did not stop the daemon cleanly (exit ${post.code ?? post.signal}):\n${outputOf(post)}`);
    const left = processesOf(await listProcesses(), markerOf(state!.id));
    if (left.length > 0 || existsSync(state!.workDir) || (state!.execRoot && existsSync(state!.execRoot)))
      throw new Error(`post left something behind: ${left.map((p) => p.cmdline).join('; ') || state!.workDir}`);
    return {
      main: main.ms,
      post: post.ms,
      certsAt: lineAt(main, /^Certificates \(/),
      spawnAt: lineAt(main, /^dockerd started/),
      readyAfter,
      exitAfterReady: readyLine ? main.ms - readyLine.atMs : undefined,
      stoppedAt: lineAt(post, /^::group::dockerd log/),
    };
  } finally {
    // Idempotent: after a good post it finds nothing to do.
    if (state && existsSync(state.workDir)) await teardown(state, silentLogger, { stopTimeoutMs: 5000 });
    job.dispose();
    liveJobs.delete(job);
  }
}

/** A bare dockerd: spawn → first unix-socket /_ping, then SIGTERM → exit. */
async function bareOnce(workRoot: string, tls: ServerTlsFiles): Promise<BareSample> {
  throwIfAborted();
  const daemon = await prepareBareDaemon(workRoot, tls);
  try {
    throwIfAborted();
    const spawnedAt = await spawnBareDaemon(daemon);
    const readyAt = await waitForBareDaemon(daemon);
    const stop = await killAndWait(daemon);
    const log = await fs.readFile(daemon.log, 'utf8').catch(() => '');
    return { ready: readyAt - spawnedAt, stop, ownContainerd: /started new containerd process/.test(log) };
  } finally {
    await removeBareDaemon(daemon);
  }
}

const defined = (values: (number | undefined)[]) => values.filter((value): value is number => value !== undefined);

export async function benchLifecycle(options: LifecycleOptions): Promise<{ ready: Row; post: Row }> {
  const { log } = options;
  const started = performance.now();
  const actions: ActionSample[] = [];
  const bares: BareSample[] = [];
  const rows = (): { ready: Row; post: Row } => build(actions, bares, (performance.now() - started) / 1000);
  const workRoot = join(options.workRoot, 'lifecycle');
  try {
    for (let i = 0; i < options.warmup + options.iterations; i += 1) {
      const timed = i >= options.warmup;
      const action = await actionOnce(workRoot);
      const bare = await bareOnce(workRoot, options.tls);
      if (timed) {
        actions.push(action);
        bares.push(bare);
      }
      log(
        `  ${timed ? `#${i - options.warmup + 1}` : 'warm-up'}: main ${Math.round(action.main)} ms, bare ready ${Math.round(bare.ready)} ms; post ${Math.round(action.post)} ms, bare stop ${Math.round(bare.stop)} ms`,
      );
    }
  } catch (error) {
    const partial = rows();
    partial.ready.error = partial.post.error = (error as Error).message;
    return partial;
  }
  return rows();
}

function build(actions: ActionSample[], bares: BareSample[], seconds: number): { ready: Row; post: Row } {
  const main = measurement(
    'action main step',
    'ms',
    actions.map((a) => a.main),
    {
      detail:
        'spawn of `node dist/main/index.js` (runner-like env, port 0) → exit: certificates, bridge, dockerd, mTLS ready, refusals proven, environment exported',
    },
  );
  const bareReady = measurement(
    'bare dockerd ready',
    'ms',
    bares.map((b) => b.ready),
    {
      detail:
        'spawn of `dockerd --config-file` (same kind of daemon.json, bridge made beforehand) → first 200 on unix-socket /_ping, polled every 5 ms',
    },
  );
  const ready: Row = {
    id: 2,
    title: 'Time to ready: action main step vs bare dockerd',
    target: `main step ≤ ${READY_TARGET_RATIO}× the bare start`,
    measurements: [main, bareReady],
    comparisons: [],
    notes: [],
    seconds,
  };
  const parts: [string, string, (number | undefined)[]][] = [
    [
      'main: start → its "Certificates …" line',
      'node start, bundle load, and what start.ts does before it logs the certificates (key pairs, files, bridge…)',
      actions.map((a) => a.certsAt),
    ],
    [
      'main: start → its "dockerd started" line',
      '… and everything else before dockerd is spawned',
      actions.map((a) => a.spawnAt),
    ],
    [
      'main: dockerd spawn → mTLS /_ping 200',
      "the readyAfterMs main logs (its own probe loop): compare with the bare daemon's figure",
      actions.map((a) => a.readyAfter),
    ],
    [
      'main: ready → exit',
      'pidfile, refusal proof, outputs, exit (from the arrival of the "answers mTLS" line)',
      actions.map((a) => a.exitAfterReady),
    ],
  ];
  for (const [name, detail, values] of parts) {
    const samples = defined(values);
    if (samples.length > 0) ready.measurements.push(measurement(name, 'ms', samples, { detail }));
  }
  if (bares.length > 0) {
    const own = bares.filter((b) => b.ownContainerd).length;
    ready.notes.push(
      `The bare dockerd started a containerd of its own in ${own} of ${bares.length} runs${own < bares.length ? " (in the others it used the machine's /run/containerd/containerd.sock, as dockerd does when that socket exists)" : ''}.`,
    );
  }
  if (actions.length > 0) {
    const comparison = timeRatio(main, bareReady);
    comparison.label = 'time to ready: main step vs bare dockerd';
    const overhead = round(main.median - bareReady.median, 0);
    const times = round(main.median / bareReady.median, 2);
    comparison.target = ready.target;
    comparison.met = times <= READY_TARGET_RATIO;
    comparison.targetAdvantage = 1 / READY_TARGET_RATIO;
    comparison.verdict = `${times}× the bare start (overhead ${overhead} ms, median − median); target ≤ ${READY_TARGET_RATIO}×: ${comparison.met ? 'met' : `missed by ${round(times - READY_TARGET_RATIO, 2)}×`}`;
    ready.comparisons.push(comparison);
  }

  const post = measurement(
    'action post step',
    'ms',
    actions.map((a) => a.post),
    {
      detail:
        'spawn of `node dist/post/index.js` with the state main saved → exit: dockerd stopped, leftovers checked, bridge and directories removed',
    },
  );
  const bareStop = measurement(
    'bare kill-and-wait',
    'ms',
    bares.map((b) => b.stop),
    { detail: 'SIGTERM to the bare dockerd (our child) → its exit event; no cleanup' },
  );
  const postRow: Row = {
    id: 3,
    title: 'Post step (daemon stop included) vs bare kill-and-wait',
    target: `post step ≤ ${POST_TARGET_MS} ms`,
    measurements: [post, bareStop],
    comparisons: [],
    notes: [
      'Measured together with row 2: each iteration runs main and post of the action, then a bare dockerd start and stop.',
    ],
    seconds,
  };
  const stopped = defined(actions.map((a) => a.stoppedAt));
  if (stopped.length > 0)
    postRow.measurements.push(
      measurement('post: start → dockerd stopped', 'ms', stopped, {
        detail: 'until post prints the daemon log, which it does once every process is stopped',
      }),
    );
  if (actions.length > 0) {
    const comparison = timeRatio(post, bareStop);
    comparison.label = 'post step vs bare kill-and-wait';
    comparison.target = postRow.target;
    comparison.met = post.median <= POST_TARGET_MS;
    comparison.targetAdvantage = bareStop.median / POST_TARGET_MS;
    comparison.verdict = `median ${post.median} ms, max ${post.max} ms; target ≤ ${POST_TARGET_MS} ms: ${comparison.met ? `met (${POST_TARGET_MS - Math.round(post.median)} ms to spare)` : `missed by ${Math.round(post.median) - POST_TARGET_MS} ms`}${post.max > POST_TARGET_MS ? ' (some runs above)' : ''}`;
    postRow.comparisons.push(comparison);
  }
  return { ready, post: postRow };
}
