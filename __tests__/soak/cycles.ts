// The soak: many up/down cycles of the action (main, a step using the daemon, post) through the
// FakeRunner, in one RUNNER_TEMP as on a self-hosted runner. After each cycle everything of that
// cycle must be gone: processes, mounts, bridges, /run/dtls-* directories, listeners, files under
// RUNNER_TEMP, iptables chains. Run by `npm run soak` (scripts/soak.mjs), which builds dist/ first.
//
// Cycles rotate through five kinds, so that even a short run (--cycles 5) has one of each:
//   plain      main, docker version, post
//   container  a container still running at post
//   pair       two instances started at the same time, both used, both posts at once
//   crash      dockerd SIGKILLed with a container running; post cleans up after it
//   plain      as above
import { BUSYBOX_IMAGE, docker, importBusybox, stepEnv } from '../../harness/docker.js';
import { type Baseline, isAlive, leaksOf, snapshot, takeBaseline, waitFor } from '../../harness/leaks.js';
import { instanceOf } from '../../harness/instance.js';
import { portOf } from '../../harness/ports.js';
import { FakeRunner, type StepResult } from '../../harness/runner.js';

const KINDS = ['plain', 'container', 'pair', 'crash', 'plain'] as const;
type Kind = (typeof KINDS)[number];

interface CycleResult {
  kind: Kind;
  ms: number;
  failures: string[];
  leaks: string[];
}

function parseCycles(): number {
  const value = Number(process.env.DTLS_SOAK_CYCLES ?? '50');
  if (!Number.isInteger(value) || value < 1) throw new Error(`DTLS_SOAK_CYCLES must be a positive whole number`);
  return value;
}

async function runCycle(runner: FakeRunner, kind: Kind, baseline: Baseline): Promise<CycleResult> {
  const started = performance.now();
  const failures: string[] = [];
  const mains: StepResult[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  try {
    const count = kind === 'pair' ? 2 : 1;
    mains.push(...(await Promise.all(Array.from({ length: count }, () => runner.main({ port: '0' })))));
    for (const main of mains) check(main.code === 0, `main exited ${main.code}: ${tail(main.stdout + main.stderr)}`);
    if (failures.length > 0) return { kind, ms: performance.now() - started, failures, leaks: await leaksAfter(mains) };

    await Promise.all(
      mains.map(async (main) => {
        const version = await docker(['version', '--format', '{{.Server.Version}}'], stepEnv(main.env));
        check(/\d+\.\d+/.test(version.stdout), `docker version answered ${version.stdout}`);
      }),
    );
    if (kind === 'container' || kind === 'crash') {
      const env = stepEnv(mains[0].env);
      await importBusybox(env);
      await docker(['run', '-d', BUSYBOX_IMAGE, 'sleep', '600'], env);
    }
    if (kind === 'crash') {
      const pid = Number(mains[0].outputs.pid);
      process.kill(pid, 'SIGKILL');
      await waitFor('dockerd to die', () => !isAlive(pid));
    }

    const posts = await Promise.all(mains.map((main) => runner.post(main.state)));
    for (const post of posts) {
      check(post.code === 0, `post exited ${post.code}`);
      const cleaned = /Cleaned up: dockerd (stopped|not running)/.exec(post.stdout)?.[1];
      check(cleaned === (kind === 'crash' ? 'not running' : 'stopped'), `post said: ${tail(post.stdout)}`);
      const warnings = post.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
      const expected = kind === 'crash' ? warnings.length === 1 && /was no longer running/.test(warnings[0]) : true;
      check(expected && (kind === 'crash' || warnings.length === 0), `warnings: ${warnings.join(' | ')}`);
    }
  } catch (error) {
    failures.push((error as Error).message.split('\n')[0]);
    // Whatever happened, post must still run: it is what the runner does.
    await Promise.all(mains.filter((main) => main.state.instance).map((main) => runner.post(main.state)));
  }
  return { kind, ms: performance.now() - started, failures, leaks: await leaksAfter(mains) };

  async function leaksAfter(steps: StepResult[]): Promise<string[]> {
    return leaksOf({
      ids: steps.filter((main) => main.state.instance).map((main) => instanceOf(main.state).id),
      ports: steps.filter((main) => main.env.DOCKER_HOST).map((main) => portOf(main.env.DOCKER_HOST)),
      emptyDirs: [runner.runnerTemp],
      baseline,
    });
  }
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<number> {
  const cycles = parseCycles();
  let runner = new FakeRunner();
  const baseline = await takeBaseline();
  const globalBefore = await snapshot();
  const results: CycleResult[] = [];
  console.log(`soak: ${cycles} cycle(s) of main + post, RUNNER_TEMP ${runner.runnerTemp}`);
  try {
    for (let index = 0; index < cycles; index += 1) {
      const kind = KINDS[index % KINDS.length];
      const result = await runCycle(runner, kind, baseline);
      results.push(result);
      const verdict = result.failures.length + result.leaks.length === 0 ? 'ok' : 'FAILED';
      console.log(
        `cycle ${String(index + 1).padStart(3)} ${kind.padEnd(9)} ${Math.round(result.ms)} ms ${verdict}` +
          [
            ...result.failures.map((line) => `\n    failure: ${line}`),
            ...result.leaks.map((line) => `\n    leak: ${line}`),
          ].join(''),
      );
      // A leak must not hide the next cycle's: start each cycle from a clean RUNNER_TEMP.
      if (result.leaks.length > 0) {
        try {
          runner.dispose();
        } catch {
          // a leaked mount keeps it busy: it is reported above
        }
        runner = new FakeRunner();
      }
    }
  } finally {
    try {
      runner.dispose();
    } catch {
      // a leaked mount keeps it busy: it is reported above
    }
  }

  // Machine-wide, for information: what changed that none of our cycles can be blamed for (other
  // users of this machine start and stop daemons of their own).
  const globalAfter = await snapshot();
  const foreign = (Object.keys(globalBefore) as Array<keyof typeof globalBefore>).flatMap((key) => {
    const before = new Set(globalBefore[key].map((line) => line.replace(/^\d+ /, '')));
    return globalAfter[key].filter((line) => !before.has(line.replace(/^\d+ /, ''))).map((line) => `${key}: ${line}`);
  });

  const times = results.map((result) => result.ms);
  const leaks = results.reduce((sum, result) => sum + result.leaks.length, 0);
  const failures = results.reduce((sum, result) => sum + result.failures.length, 0);
  const instances = results.reduce((sum, result) => sum + (result.kind === 'pair' ? 2 : 1), 0);
  console.log(
    `soak: ${results.length} cycle(s), ${instances} daemon(s) started and torn down; ` +
      `${failures} failure(s), ${leaks} leak(s); cycle time p50 ${Math.round(percentile(times, 50))} ms, ` +
      `max ${Math.round(Math.max(...times))} ms`,
  );
  if (foreign.length > 0) {
    console.log(`soak: ${foreign.length} change(s) on the machine not from these cycles (not counted):`);
    for (const line of foreign) console.log(`    ${line}`);
  }
  // The plain closing line CI reads: a cycle passes when it failed nothing and leaked nothing.
  const failedCycles = results.filter((result) => result.failures.length + result.leaks.length > 0).length;
  console.log(`soak: ${results.length - failedCycles} passed, ${failedCycles} failed`);
  return failures + leaks === 0 ? 0 : 1;
}

process.exitCode = await main();
