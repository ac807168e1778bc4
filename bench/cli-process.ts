// Row 8: the `docker-tls` CLI as a whole process (spawn → exit), for the verbs that must not pay
// for the daemon code: `certs` (a P-256 set written to a new directory) and `--help`, each against
// a bare `node -e 0` spawned in the same rounds. Target: certs within 150 ms of the bare node (the
// issue that moved certificate generation onto @peculiar/x509 set it; it was 60 ms for the DER
// writer of the project's own, which loaded nothing).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './action-job.js';
import { type Row, measurement, timeRatio } from './model.js';

export interface CliProcessOptions {
  rounds: number;
  workRoot: string;
  log: (line: string) => void;
}

const TARGET_MS = 150;

/** Spawn → exit of one node process; rejects unless it exits 0. */
function wholeProcess(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore', cwd: REPO_ROOT, env });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`node ${args.join(' ')} exited ${code}`)),
    );
  });
}

export async function benchCliProcess(options: CliProcessOptions): Promise<Row> {
  const started = performance.now();
  const row: Row = {
    id: 8,
    title: 'docker-tls CLI as a whole process (spawn → exit) against a bare node',
    target: `certs ≤ bare node + ${TARGET_MS} ms`,
    measurements: [],
    comparisons: [],
    notes: [],
    seconds: 0,
  };
  const dir = mkdtempSync(join(options.workRoot, 'cli-certs-'));
  const cli = join('dist', 'cli', 'index.js');
  let counter = 0;
  try {
    const runs: Record<string, () => Promise<number>> = {
      'bare node': () => wholeProcess(['-e', '0']),
      certs: () => wholeProcess([cli, 'certs', '--out', join(dir, String((counter += 1)))]),
      help: () => wholeProcess([cli, '--help']),
    };
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((name) => [name, []]));
    for (const run of Object.values(runs)) await run(); // warm-up: the file cache
    for (let round = 0; round < options.rounds; round += 1) {
      const names = Object.keys(runs);
      if (round % 2 === 1) names.reverse();
      for (const name of names) samples[name].push(await runs[name]());
    }
    const baseline = measurement('node -e 0', 'ms', samples['bare node'], {
      detail: 'spawn → exit of a bare node: the floor for any node process',
    });
    const certs = measurement('docker-tls certs', 'ms', samples.certs, {
      detail: 'node dist/cli/index.js certs --out NEW_DIR (P-256): spawn → exit, files written',
    });
    const help = measurement('docker-tls --help', 'ms', samples.help, {
      detail: 'node dist/cli/index.js --help: spawn → exit',
    });
    row.measurements.push(baseline, certs, help);
    for (const subject of [certs, help]) {
      const comparison = timeRatio(subject, baseline);
      const over = Math.round(subject.median - baseline.median);
      comparison.label = `${subject.name} vs node -e 0`;
      comparison.verdict = `${over} ms over a bare node`;
      if (subject === certs) {
        comparison.target = `≤ ${TARGET_MS} ms over a bare node`;
        comparison.met = over <= TARGET_MS;
      }
      row.comparisons.push(comparison);
    }
    options.log(`  cli: ${row.measurements.map((m) => `${m.name} ${m.median} ms`).join('; ')}`);
  } catch (error) {
    row.error = (error as Error).message;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    row.seconds = (performance.now() - started) / 1000;
  }
  return row;
}
