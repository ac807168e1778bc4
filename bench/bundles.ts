// Row 6: size of each bundle in dist/ and how long node takes from its start to the first line the
// bundle prints, against a bare `node -e "console.log(…)"`.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ActionJob, REPO_ROOT } from './action-job.js';
import { type Measurement, type Row, measurement, timeRatio } from './model.js';

/**
 * The entry and its chunks (ncc splits what an entry imports dynamically: the X.509 library, the
 * action's code behind main's small entry, the CLI's verbs), so that a split never shrinks a figure.
 */
function bundleSize(name: string): Measurement {
  const dir = join(REPO_ROOT, 'dist', name);
  const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
  const size = files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
  const entry = statSync(join(dir, 'index.js')).size;
  const kib = Math.round(size / 102.4) / 10;
  return {
    name: `dist/${name}/ size (index.js and its chunks)`,
    unit: 'KiB',
    ...{ median: kib, min: kib, max: kib, runs: 1 },
    detail: `${size} bytes in ${files.length} file(s), the entry ${entry}; ${Math.round(gzip / 1024)} KiB gzipped`,
  };
}

export interface BundleOptions {
  rounds: number;
  workRoot: string;
  log: (line: string) => void;
}

const BUNDLES = ['main', 'post', 'cli'] as const;

/** Spawn → first byte on stdout (and the exit code, to check it printed what we meant). */
function firstLine(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // The same environment as the action's steps get from ActionJob: PATH and HOME.
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'], cwd: REPO_ROOT, env });
    let at: number | undefined;
    child.stdout.once('data', () => (at = performance.now() - start));
    child.once('error', reject);
    child.once('close', (code) =>
      at === undefined ? reject(new Error(`node ${args.join(' ')} printed nothing (exit ${code})`)) : resolve(at),
    );
  });
}

export async function benchBundles(options: BundleOptions): Promise<Row> {
  const started = performance.now();
  const row: Row = {
    id: 6,
    title: 'Bundles in dist/: size and load time (node start → first line printed)',
    target: 'none (reported)',
    measurements: [],
    comparisons: [],
    notes: [],
    seconds: 0,
  };
  for (const name of BUNDLES) row.measurements.push(bundleSize(name));
  const job = new ActionJob(options.workRoot);
  try {
    const runs: Record<string, () => Promise<number>> = {
      'bare node': () => firstLine(['-e', 'console.log("ready")']),
      main: async () => {
        // An invalid input: main validates every input first and fails before creating anything.
        const run = await job.step('main', { INPUT_MODE: 'none-such' });
        if (!run.lines.some((line) => line.text.startsWith('::error::')))
          throw new Error('main did not fail on mode none-such');
        return run.firstOutputMs!;
      },
      post: async () => {
        const run = await job.step('post', {});
        if (!run.lines.some((line) => line.text.startsWith('Nothing to clean up')))
          throw new Error('post without state did not say there was nothing to clean up');
        return run.firstOutputMs!;
      },
      cli: () => firstLine([join('dist', 'cli', 'index.js'), '--help']),
    };
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
    for (let i = 0; i < 2; i += 1) for (const run of Object.values(runs)) await run(); // warm-up
    for (let round = 0; round < options.rounds; round += 1) {
      const names = Object.keys(runs);
      if (round % 2 === 1) names.reverse();
      for (const name of names) samples[name].push(await runs[name]());
    }
    const details: Record<string, string> = {
      'bare node': 'node -e "console.log(…)": the floor for any node process',
      main: 'node dist/main/index.js, runner-like env with INPUT_MODE=none-such → its ::error:: line (inputs are checked first, nothing is made)',
      post: 'node dist/post/index.js, runner-like env without state → "Nothing to clean up"',
      cli: 'node dist/cli/index.js --help → usage',
    };
    const baseline = measurement('bare node start → first line', 'ms', samples['bare node'], {
      detail: details['bare node'],
    });
    const loads: Measurement[] = BUNDLES.map((name) =>
      measurement(`${name} start → first line`, 'ms', samples[name], { detail: details[name] }),
    );
    row.measurements.push(baseline, ...loads);
    for (const [index, load] of loads.entries()) {
      const comparison = timeRatio(load, baseline);
      comparison.label = `load: dist/${BUNDLES[index]} vs bare node`;
      comparison.verdict = `${Math.round(load.median - baseline.median)} ms over a bare node start`;
      row.comparisons.push(comparison);
    }
    options.log(`  load: ${row.measurements.map((m) => `${m.name} ${m.median}`).join('; ')}`);
  } catch (error) {
    row.error = (error as Error).message;
  } finally {
    job.dispose();
    row.seconds = (performance.now() - started) / 1000;
  }
  return row;
}
