// Row 11 of `npm run bench`: the action's main step inside the runner look-alike guest (a Debian
// unstable VM under qemu's TCG: systemd, Docker 28.5, cgroup v2, Node 24, the runner user with
// sudo; runner-vm/), in mode dockerd and mode dind, each against the guest's own bare dockerd
// start measured in the same rounds. The guest's side is runner-vm/guest/bench.ts. It costs
// minutes (a boot, and a dind start per round under emulation), so `--smoke` leaves it out
// unless `--runner-vm` asks for it. Runs alone too: node --import tsx bench/runner-vm-row.ts [runs]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GuestBenchResults } from '../runner-vm/guest/bench.js';
import { bundleGuestPrograms } from '../runner-vm/host/bundle.js';
import { REPO_ROOT, type Variant } from '../runner-vm/host/common.js';
import { runInGuest } from '../runner-vm/host/guest-run.js';
import { ensureGuestImage } from '../runner-vm/host/image.js';
import { type Row, measurement, timeRatio } from './model.js';

export const RUNNER_VM_ROW = { id: 11, title: 'Main step inside the runner look-alike VM against its bare dockerd' };
/** ubuntu-26.04's firewall (nf_tables only) is the one the action must manage on its own. */
const VARIANT: Variant = '26.04';
const CPUS = 2;
const GUEST_TIMEOUT_MS = 60 * 60_000;

async function runGuestBench(runs: number, log: (line: string) => void) {
  const image = await ensureGuestImage(log);
  const programsDir = mkdtempSync(join(tmpdir(), 'runner-vm-programs-'));
  try {
    await bundleGuestPrograms(programsDir);
    const outDir = join(REPO_ROOT, '.tmp', 'runner-vm', 'bench');
    const job = { variant: VARIANT, program: 'bench' as const, runs };
    const run = await runInGuest({ image, programsDir, job, cpus: CPUS, timeoutMs: GUEST_TIMEOUT_MS, outDir, log });
    if (run.timedOut || !run.results) throw new Error(`the guest did not finish (console: ${run.consoleLog})`);
    const file = join(run.results, 'bench.json');
    try {
      return { results: JSON.parse(readFileSync(file, 'utf8')) as GuestBenchResults, node: image.node.version };
    } catch (error) {
      throw new Error(`the guest wrote no bench results (${run.jobStatus}); console: ${run.consoleLog}`, {
        cause: error,
      });
    }
  } finally {
    rmSync(programsDir, { recursive: true, force: true });
  }
}

export async function benchRunnerVmRow(plan: { runs: number; log: (line: string) => void }): Promise<Row> {
  const started = performance.now();
  const { results } = await runGuestBench(plan.runs, plan.log);
  const { dockerd, dind, bare } = results.samples;
  const bareStart = measurement('the guest’s bare dockerd: spawn → 200 on /_ping', 'ms', bare, {
    detail: 'a bridge of its own, its own data-root and exec-root, as row 2; started as root',
  });
  const subjects = [
    measurement('mode dockerd in the guest: main step, spawn → environment exported', 'ms', dockerd, {
      detail: 'dist/main as the runner user, root through sudo, port 0',
    }),
    measurement('mode dind in the guest: main step, spawn → environment exported', 'ms', dind, {
      detail: 'dist/main, the fixture dind image on the system daemon, port 0',
    }),
  ];
  return {
    ...RUNNER_VM_ROW,
    target: 'none, reported',
    measurements: [...subjects, bareStart],
    comparisons: subjects.map((subject) => timeRatio(subject, bareStart)),
    notes: [
      `Guest: the ${VARIANT}-like runner look-alike (runner-vm/), ${CPUS} vCPUs under qemu TCG (no KVM), Node ${results.node}, Docker 28.5 as a systemd service. Every figure is ~10–20× what it is on the host: compare the ratios.`,
      `Rounds alternate dockerd main, bare start, dind main, bare start (${plan.runs} timed, one untimed warm-up first); post runs after each main, untimed. dind runs with startup-timeout 5m (the guest's dind daemon takes a minute or two).`,
      `The bare dockerd started a containerd of its own in ${results.bareOwnContainerd} of ${bare.length} starts; in the others it took the guest's system containerd (its socket answers), which the action never does.`,
    ],
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const runs = Number(process.argv[2] ?? 3);
  const row = await benchRunnerVmRow({ runs, log: (line) => console.error(line) });
  console.log(JSON.stringify(row, null, 2));
}
