// `npm run test:runner` (scripts/test-runner.mjs installs what is missing and builds dist/ first):
// the runner look-alike suite. Builds or takes the cached guest image, bundles the guest programs,
// boots one guest per variant with the job disk, and reports each scenario's result from the TAP
// the guest wrote; the results, the console logs and the guests' journals (the system daemon's log
// in it; each step's output in the TAP) go to .tmp/runner-vm/<variant>/.
//
//   npm run test:runner [-- --variant 24.04|26.04] [--only PATTERN] [--parallel] [--cpus N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleGuestPrograms } from './bundle.js';
import { REPO_ROOT, VARIANTS, type Variant } from './common.js';
import { runInGuest } from './guest-run.js';
import { ensureGuestImage } from './image.js';
import { killAllGuests } from './qemu.js';
import { reportGuestRun } from './report.js';

/**
 * A guest that has not powered itself off by then is killed and its console printed. A cold run
 * of both variants takes a few minutes of boot and about ten of scenarios on two cores.
 */
const GUEST_TIMEOUT_MS = 45 * 60_000;

const started = performance.now();
const log = (line: string) =>
  console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${line}`);

function options() {
  const { values } = parseArgs({
    options: {
      variant: { type: 'string', multiple: true },
      only: { type: 'string' },
      parallel: { type: 'boolean', default: false },
      cpus: { type: 'string', default: '2' },
    },
  });
  const variants = (values.variant ?? [...VARIANTS]) as Variant[];
  for (const variant of variants) {
    if (!VARIANTS.includes(variant)) throw new Error(`--variant ${variant}: expected ${VARIANTS.join(' or ')}`);
  }
  const cpus = Number(values.cpus);
  if (!Number.isInteger(cpus) || cpus < 1) throw new Error(`--cpus ${values.cpus}: a whole number, at least 1`);
  return { variants, only: values.only, parallel: values.parallel, cpus };
}

async function main(): Promise<number> {
  const { variants, only, parallel, cpus } = options();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      killAllGuests();
      process.exit(130);
    });
  }
  const image = await ensureGuestImage(log);
  const programsDir = mkdtempSync(join(tmpdir(), 'runner-vm-programs-'));
  try {
    await bundleGuestPrograms(programsDir);
    // One guest after the other by default, or both at once (--parallel); see README, "Runner
    // look-alike suite", for what each took.
    const runOne = async (variant: Variant) => {
      log(`[${variant}] booting the ${variant}-like guest (${cpus} vCPU, TCG)`);
      const outDir = join(REPO_ROOT, '.tmp', 'runner-vm', variant);
      const job = { variant, program: 'suite' as const, ...(only ? { only } : {}) };
      const run = await runInGuest({ image, programsDir, job, cpus, timeoutMs: GUEST_TIMEOUT_MS, outDir, log });
      return reportGuestRun(variant, run, log);
    };
    const passed = [];
    if (parallel) passed.push(...(await Promise.all(variants.map(runOne))));
    else for (const variant of variants) passed.push(await runOne(variant));
    log(passed.every(Boolean) ? 'runner look-alike suite: passed' : 'runner look-alike suite: FAILED');
    return passed.every(Boolean) ? 0 : 1;
  } finally {
    rmSync(programsDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
