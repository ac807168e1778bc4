// Row 1 from bench/certs.ts, and the recipe's RSA-4096 certificate files for row 4.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './action-job.js';
import { GENERATE_ONLY_NAME, RECIPE_NAME, benchCertificates } from './certs.js';
import { type Comparison, type Measurement, type Row, speedup } from './model.js';
import { round } from './stats.js';
import type { CertSetFiles } from './tls.js';

const TARGET = 100;
/** A warm P-256 set, in memory (the PKI issue's target). */
const WARM_SET_TARGET_MS = 10;

export async function benchCertificateRow(options: {
  runs: number;
  quick: boolean;
  log: (line: string) => void;
}): Promise<Row> {
  const started = performance.now();
  const result = await benchCertificates({ runs: options.runs, quick: options.quick });
  const measurements: Measurement[] = result.measurements.map((m) => ({
    name: m.name,
    unit: 'ms',
    median: m.medianMs,
    min: m.minMs,
    max: m.maxMs,
    runs: m.runs,
    detail:
      m.name === GENERATE_ONLY_NAME
        ? 'createCertificateSet in this (warm) process, sets one after the other: in memory, nothing written'
        : m.name.startsWith('in-process')
          ? 'createCertificateSet + writeCertificateSet in this (warm) process'
          : m.name.startsWith('docker-tls certs')
            ? '`node dist/cli/index.js certs --out DIR --key-algorithm …`: spawn → exit, node start included'
            : "`bash bench/openssl-recipe.sh DIR`: RSA-4096 CA, server and client with openssl, as Docker's docs do",
  }));
  const recipe = measurements.find((m) => m.name === RECIPE_NAME);
  if (!recipe) throw new Error(`bench/certs.ts returned no "${RECIPE_NAME}" measurement`);
  const comparisons: Comparison[] = [];
  for (const m of measurements) {
    if (m === recipe) continue;
    const comparison = speedup(m, recipe);
    const inProcess = m.name.startsWith('in-process');
    const algorithm = /(ecdsa-p\d+|rsa-\d+)/.exec(m.name)?.[1] ?? m.name;
    comparison.label = `certs ${algorithm} ${inProcess ? 'in-process' : 'CLI process'} vs openssl recipe`;
    if (m.name === GENERATE_ONLY_NAME) {
      comparison.label = 'certs ecdsa-p256 in memory vs openssl recipe';
      comparison.target = `median ≤ ${WARM_SET_TARGET_MS} ms`;
      comparison.met = m.median <= WARM_SET_TARGET_MS;
      comparison.verdict = `median ${round(m.median, 1)} ms; target ≤ ${WARM_SET_TARGET_MS} ms: ${comparison.met ? 'met' : `missed by ${round(m.median - WARM_SET_TARGET_MS, 1)} ms`}`;
    } else if (algorithm === 'ecdsa-p256' && inProcess) {
      comparison.target = `≥ ${TARGET}× faster`;
      comparison.met = comparison.ratio >= TARGET;
      comparison.targetAdvantage = TARGET;
      comparison.verdict = `${comparison.ratio}× faster; target ≥ ${TARGET}×: ${comparison.met ? 'met' : `missed (${round(comparison.ratio / TARGET, 2)} of the target)`}`;
    } else if (algorithm === 'ecdsa-p256') {
      comparison.verdict = `${comparison.ratio}× faster including a cold node start (the target is for the set itself, in-process)`;
    }
    comparisons.push(comparison);
  }
  options.log(`  ${comparisons.map((c) => `${c.label}: ${c.ratioLabel}`).join('; ')}`);
  return {
    id: 1,
    title: 'Certificate set (CA + server + client) vs the openssl recipe',
    target: `P-256 ≥ ${TARGET}× faster than the recipe; a warm P-256 set ≤ ${WARM_SET_TARGET_MS} ms`,
    measurements,
    comparisons,
    notes: [
      'From bench/certs.ts: the warm in-memory P-256 set is measured first, sets one after the other; then, after warm-up runs, the other measurements interleaved, one of each per round, so load drift hits all alike.',
    ],
    seconds: (performance.now() - started) / 1000,
  };
}

/** Runs bench/openssl-recipe.sh into `dir`: RSA-4096, server/ and client/ as ours. */
export async function recipeCertificates(dir: string): Promise<CertSetFiles> {
  execFileSync('bash', [join(REPO_ROOT, 'bench', 'openssl-recipe.sh'), dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  const file = (side: string, name: string) => join(dir, side, name);
  return {
    name: 'recipe, RSA-4096',
    server: { ca: file('server', 'ca.pem'), cert: file('server', 'cert.pem'), key: file('server', 'key.pem') },
    client: { ca: file('client', 'ca.pem'), cert: file('client', 'cert.pem'), key: file('client', 'key.pem') },
  };
}
