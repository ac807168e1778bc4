// Certificate benchmark: how long a throw-away set takes in-process, as a `docker-tls certs`
// process, and with the manual openssl recipe (bench/openssl-recipe.sh) as the baseline.
// Writes no results file; run directly to print them: node --import tsx bench/certs.ts [--runs N] [--quick] [--json]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCertificateSet } from '../src/host/cert-dir.js';
import { KEY_ALGORITHMS, type KeyAlgorithm, createCertificateSet } from '../src/core/pki/index.js';

export interface Measurement {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** The measurement this one is compared with. */
  baseline?: string;
  /** baseline median / this median: how many times faster this is than the baseline. */
  ratio?: number;
}

export interface CertificateBenchResult {
  suite: 'certs';
  quick: boolean;
  environment: { node: string; openssl: string; cpu: string; cpus: number; platform: string };
  measurements: Measurement[];
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cliPath = join(repoRoot, 'dist', 'cli', 'index.js');
/** Our copy of ../shared/reference/openssl-recipe.sh: RSA-4096 CA, server and client, as Docker's docs do it. */
const recipePath = join(repoRoot, 'bench', 'openssl-recipe.sh');
/** A warm P-256 set created in memory, nothing written, sets made one after the other. */
export const GENERATE_ONLY_NAME = 'in-process ecdsa-p256 (generate only)';
export const RECIPE_NAME = 'openssl recipe (rsa-4096, bash)';

const round = (ms: number) => Math.round(ms * 100) / 100;

function summarize(name: string, samples: number[]): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    name,
    medianMs: round(median),
    minMs: round(sorted[0]),
    maxMs: round(sorted[sorted.length - 1]),
    runs: sorted.length,
  };
}

interface Case {
  name: string;
  warmups: number;
  body: (out: string) => Promise<void>;
}

/**
 * Warms each case up, then times `runs` rounds of every case in turn (interleaved, so a change in
 * machine load during the benchmark weighs on all cases alike, not on whichever ran last).
 * Each call gets a fresh output path.
 */
async function measureInterleaved(cases: Case[], runs: number, fresh: () => string): Promise<Measurement[]> {
  for (const { warmups, body } of cases) {
    for (let i = 0; i < warmups; i++) await body(fresh());
  }
  const samples = cases.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    for (const [index, { body }] of cases.entries()) {
      const out = fresh();
      const start = performance.now();
      await body(out);
      samples[index].push(performance.now() - start);
    }
  }
  return cases.map(({ name }, index) => summarize(name, samples[index]));
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`)),
    );
  });
}

function opensslVersion(): string {
  try {
    return execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Measures, in one go: a set made in-process (generate and write, warm) per key algorithm, a
 * `docker-tls certs` process per key algorithm (bundled CLI, cold Node start included), and the
 * openssl recipe; each of ours gets the ratio recipe median / its median.
 * `quick` limits it to ecdsa-p256 (the default) and rsa-4096 (the recipe's key type), with fewer runs.
 */
export async function benchCertificates(opts: { runs: number; quick: boolean }): Promise<CertificateBenchResult> {
  const runs = Math.max(1, Math.floor(opts.quick ? Math.min(opts.runs, 3) : opts.runs));
  const warmups = opts.quick ? 1 : 2;
  const algorithms: readonly KeyAlgorithm[] = opts.quick ? ['ecdsa-p256', 'rsa-4096'] : KEY_ALGORITHMS;
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first.`);
  if (!existsSync(recipePath)) throw new Error(`${recipePath} is missing.`);

  const root = mkdtempSync(join(tmpdir(), 'dtls-bench-'));
  let counter = 0;
  const fresh = () => join(root, `out-${++counter}`);
  try {
    // The set alone, in memory, one after the other in a warm process: what the PKI's "at most
    // 10 ms for a warm P-256 set" is about. Apart from the interleaved rounds below, where an
    // RSA-4096 generation just before leaves the thread pool and the heap busy.
    const warmSet = async () => {
      await createCertificateSet({ keyAlgorithm: 'ecdsa-p256' });
    };
    // Warm: enough sets first that the JIT has compiled what a set runs (5 were not enough).
    const warm = await measureInterleaved([{ name: GENERATE_ONLY_NAME, warmups: 40, body: warmSet }], runs * 3, fresh);
    const cases: Case[] = [
      ...algorithms.map((keyAlgorithm) => ({
        name: `in-process ${keyAlgorithm} (generate + write)`,
        warmups,
        body: async (out: string) => {
          await writeCertificateSet(out, await createCertificateSet({ keyAlgorithm }));
        },
      })),
      ...algorithms.map((keyAlgorithm) => ({
        name: `docker-tls certs process ${keyAlgorithm}`,
        warmups: 1,
        body: (out: string) => run(process.execPath, [cliPath, 'certs', '--out', out, '--key-algorithm', keyAlgorithm]),
      })),
      { name: RECIPE_NAME, warmups: 1, body: (out: string) => run('bash', [recipePath, out]) },
    ];
    const measurements = [...warm, ...(await measureInterleaved(cases, runs, fresh))];
    const recipe = measurements.find((m) => m.name === RECIPE_NAME)!;
    const ours = measurements.filter((m) => m !== recipe);
    for (const measurement of ours) {
      measurement.baseline = recipe.name;
      measurement.ratio = Math.round((recipe.medianMs / measurement.medianMs) * 100) / 100;
    }
    return {
      suite: 'certs',
      quick: opts.quick,
      environment: {
        node: process.version,
        openssl: opensslVersion(),
        cpu: cpus()[0]?.model ?? 'unknown',
        cpus: cpus().length,
        platform: `${process.platform}-${process.arch}`,
      },
      measurements: [...ours, recipe],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function printTable(result: CertificateBenchResult): void {
  const rows = result.measurements.map((m) => [
    m.name,
    m.medianMs.toFixed(1),
    m.minMs.toFixed(1),
    m.maxMs.toFixed(1),
    String(m.runs),
    m.ratio === undefined ? '(baseline)' : `${m.ratio}x`,
  ]);
  const header = ['measurement', 'median ms', 'min ms', 'max ms', 'runs', 'recipe/ours'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`certificates, ${result.environment.node}, ${result.environment.openssl}, ${result.environment.cpu}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  const runsIndex = argv.indexOf('--runs');
  const quick = argv.includes('--quick');
  const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : quick ? 3 : 10;
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('--runs takes a positive whole number, e.g. --runs 10');
    process.exit(2);
  }
  const result = await benchCertificates({ runs, quick });
  if (argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else printTable(result);
}
