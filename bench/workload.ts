// Rows 9 and 10: real client work through mTLS against the same bare dockerd over its unix socket:
// a `docker build` of a small Dockerfile with three RUN steps (no cache), and 20 sequential
// `docker run --rm`. Both transports talk to one daemon, rounds alternate which goes first, so the
// ratio is the cost of TLS on the wire and nothing else.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import {
  type BareDaemon,
  prepareBareDaemon,
  removeBareDaemon,
  spawnBareDaemon,
  waitForBareDaemon,
} from '../harness/bare-dockerd.js';
import { type Measurement, type Row, measurement, timeRatio } from './model.js';
import type { CertSetFiles } from './tls.js';

const execFileAsync = promisify(execFile);
const TARGET = 1.1;
const IMAGE = 'dtlsb-busybox:latest';
const RUNS_PER_ROUND = 20;

export interface WorkloadOptions {
  workRoot: string;
  ours: CertSetFiles;
  /** Interleaved rounds of builds, and of 20 runs, per transport. */
  buildRounds: number;
  runRounds: number;
  log: (line: string) => void;
}

type Transport = 'mTLS' | 'unix socket';

/** The environment a docker CLI gets for each transport: only DOCKER_* settings differ. */
function clientEnv(daemon: BareDaemon, ours: CertSetFiles, config: string): Record<Transport, NodeJS.ProcessEnv> {
  const base: NodeJS.ProcessEnv = { ...process.env, DOCKER_CONFIG: config };
  for (const name of ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_CONTEXT']) delete base[name];
  return {
    mTLS: {
      ...base,
      DOCKER_HOST: `tcp://127.0.0.1:${daemon.port}`,
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: dirname(ours.client.cert),
    },
    'unix socket': { ...base, DOCKER_HOST: `unix://${daemon.socket}` },
  };
}

async function docker(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<void> {
  await execFileAsync('docker', args, { env, cwd, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
}

/** No registry here: an image of Debian's static busybox, imported through the unix socket. */
async function importBusybox(env: NodeJS.ProcessEnv, workRoot: string): Promise<void> {
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((path) => existsSync(path));
  if (!busybox) throw new Error('busybox-static is not installed (apt-get install -y busybox-static)');
  const rootfs = mkdtempSync(join(workRoot, 'rootfs-'));
  mkdirSync(join(rootfs, 'bin'));
  copyFileSync(busybox, join(rootfs, 'bin', 'busybox'));
  for (const applet of ['sh', 'echo', 'cat', 'true']) symlinkSync('busybox', join(rootfs, 'bin', applet));
  await execFileAsync('sh', ['-c', `tar -C "${rootfs}" -c . | docker import - ${IMAGE}`], { env, timeout: 60_000 });
  rmSync(rootfs, { recursive: true, force: true });
}

async function timed(body: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await body();
  return performance.now() - start;
}

/** Rounds alternating which transport goes first; returns each transport's samples in ms. */
async function interleaved(
  rounds: number,
  envs: Record<Transport, NodeJS.ProcessEnv>,
  body: (env: NodeJS.ProcessEnv) => Promise<void>,
  log: (line: string) => void,
  what: string,
): Promise<Record<Transport, number[]>> {
  const samples: Record<Transport, number[]> = { mTLS: [], 'unix socket': [] };
  for (let round = 0; round < rounds; round += 1) {
    const order: Transport[] = round % 2 === 0 ? ['mTLS', 'unix socket'] : ['unix socket', 'mTLS'];
    for (const transport of order) samples[transport].push(await timed(() => body(envs[transport])));
    log(
      `  ${what} #${round + 1}: mTLS ${Math.round(samples.mTLS[round])} ms, unix ${Math.round(samples['unix socket'][round])} ms`,
    );
  }
  return samples;
}

function compare(row: Row, subject: Measurement, baseline: Measurement, label: string): void {
  row.measurements.push(subject, baseline);
  const comparison = timeRatio(subject, baseline);
  comparison.label = label;
  comparison.target = row.target;
  comparison.met = comparison.ratio <= TARGET;
  comparison.targetAdvantage = 1 / TARGET;
  comparison.verdict = `median ${comparison.ratio}×; target ≤ ${TARGET}×: ${comparison.met ? 'met' : `missed by ${Math.round((comparison.ratio - TARGET) * 100) / 100}×`}`;
  row.comparisons.push(comparison);
}

function emptyRow(id: number, title: string): Row {
  return {
    id,
    title,
    target: `≤ ${TARGET}× the unix socket's time`,
    measurements: [],
    comparisons: [],
    notes: [],
    seconds: 0,
  };
}

export async function benchWorkloads(options: WorkloadOptions): Promise<{ build: Row; runs: Row }> {
  const { log, ours } = options;
  const workRoot = join(options.workRoot, 'workload');
  mkdirSync(workRoot, { recursive: true });
  const started = performance.now();
  // Each row's section time; the daemon's start and the image import count towards the build's.
  const build = emptyRow(9, '`docker build` (three RUN steps, no cache) through mTLS vs the unix socket, one dockerd');
  const runs = emptyRow(
    10,
    `${RUNS_PER_ROUND} sequential \`docker run --rm\` through mTLS vs the unix socket, one dockerd`,
  );
  let daemon: BareDaemon | undefined;
  try {
    daemon = await prepareBareDaemon(workRoot, ours.server);
    await spawnBareDaemon(daemon);
    await waitForBareDaemon(daemon);
    const config = mkdtempSync(join(workRoot, 'docker-config-'));
    const envs = clientEnv(daemon, ours, config);
    await importBusybox(envs['unix socket'], workRoot);
    const context = mkdtempSync(join(workRoot, 'context-'));
    writeFileSync(
      join(context, 'Dockerfile'),
      `FROM ${IMAGE}\nRUN echo one > /one\nRUN echo two > /two\nRUN cat /one /two > /both\n`,
    );
    const buildArgs = ['build', '--no-cache', '-q', '-t', 'dtlsb-built', '.'];
    const builds = await interleaved(options.buildRounds, envs, (env) => docker(buildArgs, env, context), log, 'build');
    const detail = (transport: Transport) =>
      `docker build --no-cache of FROM busybox + 3 RUN; wall time of the CLI process, ${transport}`;
    compare(
      build,
      measurement('docker build through mTLS', 'ms', builds.mTLS, { detail: detail('mTLS') }),
      measurement('docker build over the unix socket', 'ms', builds['unix socket'], { detail: detail('unix socket') }),
      'docker build: mTLS vs unix socket',
    );
    build.seconds = Math.round((performance.now() - started) / 100) / 10;
    const runsStarted = performance.now();
    const runMany = async (env: NodeJS.ProcessEnv) => {
      for (let i = 0; i < RUNS_PER_ROUND; i += 1) await docker(['run', '--rm', IMAGE, 'true'], env);
    };
    const sequences = await interleaved(options.runRounds, envs, runMany, log, `${RUNS_PER_ROUND} runs`);
    const runDetail = (transport: Transport) =>
      `${RUNS_PER_ROUND} × docker run --rm busybox true, one after the other; total wall time, ${transport}`;
    compare(
      runs,
      measurement(`${RUNS_PER_ROUND} docker run --rm through mTLS`, 'ms', sequences.mTLS, {
        detail: runDetail('mTLS'),
      }),
      measurement(`${RUNS_PER_ROUND} docker run --rm over the unix socket`, 'ms', sequences['unix socket'], {
        detail: runDetail('unix socket'),
      }),
      `${RUNS_PER_ROUND} docker run: mTLS vs unix socket`,
    );
    runs.seconds = Math.round((performance.now() - runsStarted) / 100) / 10;
    const builder = process.env.DOCKER_BUILDKIT === '0' ? 'the classic builder' : "the CLI's default builder";
    build.notes.push(
      `Built with ${builder}; both transports drive the same dockerd, rounds alternate which goes first.`,
    );
  } catch (error) {
    const message = String((error as Error)?.stack ?? error);
    if (build.comparisons.length === 0) build.error = message;
    if (runs.comparisons.length === 0) runs.error = message;
  } finally {
    if (daemon) for (const problem of await removeBareDaemon(daemon)) log(`cleanup: ${problem}`);
  }
  return { build, runs };
}
