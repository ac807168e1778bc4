// `npm run bench` (scripts/bench.mjs builds dist/ first, then runs this). Writes bench/results.md,
// bench/results.json and bench/ratios.svg. `--smoke`: every row in a shortened form (CI), but row 11
// (a VM under emulation, minutes) only with `--runner-vm`.
import { benchRootlessRow } from './rootless-row.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCertificateSet } from '../src/host/cert-dir.js';
import { createCertificateSet } from '../src/core/pki/index.js';
import { abortBench } from './abort.js';
import { REPO_ROOT } from './action-job.js';
import { bareIds, removeAllBareDaemons } from '../harness/bare-dockerd.js';
import { leaksOf } from '../harness/leaks.js';
import { benchBundles } from './bundles.js';
import { benchCertificateRow, recipeCertificates } from './certificate-row.js';
import { benchCliProcess } from './cli-process.js';
import { benchDindRow } from './dind-row.js';
import { RUNNER_VM_ROW, benchRunnerVmRow } from './runner-vm-row.js';
import { killAllGuests } from '../runner-vm/host/qemu.js';
import { actionIds, benchLifecycle, removeActionLeftovers } from './lifecycle.js';
import type { Results, Row } from './model.js';
import { writeResults } from './report.js';
import { type CertSetFiles, benchTls } from './tls.js';
import { benchWorkloads } from './workload.js';

const smoke = process.argv.includes('--smoke');
const runnerVm = (!smoke && !process.argv.includes('--no-runner-vm')) || process.argv.includes('--runner-vm');

/**
 * CA-bundle variables some machines set: NODE_EXTRA_CA_CERTS alone adds ~30 ms to every node start
 * (it parses the whole bundle), which a runner does not pay. Every process the bench starts
 * inherits the environment without them.
 */
const SCRUBBED = [
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  'REQUESTS_CA_BUNDLE',
].filter((name) => name in process.env);
for (const name of SCRUBBED) delete process.env[name];
const log = (line: string) => console.error(line);

const PLAN = smoke
  ? {
      certRuns: 1,
      lifecycle: 3,
      warmup: 0,
      handshakeRuns: 2,
      handshakeSeconds: 2,
      latencyRounds: 2,
      latencyRequests: 100,
      loadRounds: 5,
      dindRuns: 1,
      buildRounds: 2,
      runRounds: 1,
      runnerVmRuns: 1,
      rootlessRuns: 1,
    }
  : {
      certRuns: 9,
      lifecycle: 20,
      warmup: 1,
      handshakeRuns: 6,
      handshakeSeconds: 4,
      latencyRounds: 10,
      latencyRequests: 300,
      loadRounds: 21,
      dindRuns: 21,
      buildRounds: 7,
      runRounds: 5,
      runnerVmRuns: 3,
      rootlessRuns: 9,
    };

function version(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    return 'not found';
  }
}

/** The commit the bench ran on, and whether src/ had uncommitted changes (they are in dist/ too). */
function sourceVersion(): string {
  const commit = version('git', ['-C', REPO_ROOT, 'rev-parse', '--short', 'HEAD']);
  const dirty = version('git', ['-C', REPO_ROOT, 'status', '--porcelain', '--', 'src']);
  return `${commit}${dirty && dirty !== 'not found' ? ' + uncommitted changes in src/' : ''}`;
}

function failedRow(id: number, title: string, error: unknown): Row {
  return {
    id,
    title,
    target: '',
    measurements: [],
    comparisons: [],
    notes: [],
    error: String((error as Error)?.stack ?? error),
    seconds: 0,
  };
}

let cleaning: Promise<void> | undefined;
async function cleanUp(workRoot: string): Promise<void> {
  cleaning ??= (async () => {
    for (const problem of await removeActionLeftovers()) log(`cleanup: ${problem}`);
    for (const problem of await removeAllBareDaemons()) log(`cleanup: ${problem}`);
    rmSync(workRoot, { recursive: true, force: true });
  })();
  return cleaning;
}

async function main(): Promise<number> {
  if (process.getuid?.() !== 0) {
    log('npm run bench starts and stops Docker daemons and bridges: run it as root (sudo npm run bench).');
    return 2;
  }
  const workRoot = mkdtempSync(join(tmpdir(), 'docker-tls-bench-'));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (cleaning) return;
      log(`${signal}: stopping every daemon the bench started…`);
      abortBench(signal);
      killAllGuests();
      // What was being made when the signal came is registered by now or refused to start; a
      // second sweep catches whatever registered during the first.
      void cleanUp(workRoot)
        .then(() => removeAllBareDaemons())
        .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  const startedAt = new Date();
  const started = performance.now();
  const machine: Record<string, string> = {
    node: process.version,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    kernel: release(),
    source: sourceVersion(),
    'environment of child processes': SCRUBBED.length ? `without ${SCRUBBED.join(', ')}` : 'as inherited',
    dockerd: version('dockerd', ['--version']),
    openssl: version('openssl', ['version']),
    'load average at start': loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
  };
  log(`bench (${smoke ? 'smoke' : 'full'}) in ${workRoot}`);
  const rows: Row[] = [];
  try {
    // Our P-256 set, for the bare daemons of rows 2–5, and the recipe's RSA-4096 set for row 4.
    const ours = await writeCertificateSet(join(workRoot, 'p256'), await createCertificateSet());
    const oursFiles: CertSetFiles = {
      name: 'ours, ECDSA P-256',
      server: { ca: ours.serverCa, cert: ours.serverCert, key: ours.serverKey },
      client: { ca: ours.clientCa, cert: ours.clientCert, key: ours.clientKey },
    };

    log('1. certificate sets');
    try {
      rows.push(await benchCertificateRow({ runs: PLAN.certRuns, quick: smoke, log }));
    } catch (error) {
      rows.push(failedRow(1, 'Certificate set (CA + server + client)', error));
    }

    log('2–3. main and post against a bare dockerd');
    const lifecycle = await benchLifecycle({
      iterations: PLAN.lifecycle,
      warmup: PLAN.warmup,
      workRoot,
      tls: oursFiles.server,
      log,
    });
    rows.push(lifecycle.ready, lifecycle.post);

    log('4–5. handshakes and request latency');
    try {
      const recipe = await recipeCertificates(join(workRoot, 'recipe'));
      const tls = await benchTls({
        workRoot,
        ours: oursFiles,
        recipe,
        handshakeRuns: PLAN.handshakeRuns,
        handshakeSeconds: PLAN.handshakeSeconds,
        latencyRounds: PLAN.latencyRounds,
        latencyRequests: PLAN.latencyRequests,
        log,
      });
      rows.push(tls.handshakes, tls.latency);
    } catch (error) {
      rows.push(failedRow(4, 'TLS handshakes per second', error), failedRow(5, 'Request latency', error));
    }

    log('6. bundles');
    rows.push(await benchBundles({ rounds: PLAN.loadRounds, workRoot, log }));

    log('7. dind mode against the docker:dind way');
    try {
      rows.push(await benchDindRow({ runs: PLAN.dindRuns, workRoot, log }));
    } catch (error) {
      rows.push(failedRow(7, 'dind mode start against the docker:dind way', error));
    }

    log('8. the CLI as a whole process: certs and --help against node -e 0');
    rows.push(await benchCliProcess({ rounds: PLAN.loadRounds * 2, workRoot, log }));
    log('9–10. docker build and docker run through mTLS vs the unix socket');
    const workloads = await benchWorkloads({
      workRoot,
      ours: oursFiles,
      buildRounds: PLAN.buildRounds,
      runRounds: PLAN.runRounds,
      log,
    });
    rows.push(workloads.build, workloads.runs);

    log('12. rootless to ready: the action against dockerd-rootless.sh by hand');
    rows.push(await benchRootlessRow({ runs: PLAN.rootlessRuns, workRoot, log }));

    if (runnerVm) {
      log('11. main step inside the runner look-alike VM against its bare dockerd');
      try {
        rows.push(await benchRunnerVmRow({ runs: PLAN.runnerVmRuns, log }));
      } catch (error) {
        rows.push(failedRow(RUNNER_VM_ROW.id, RUNNER_VM_ROW.title, error));
      }
    } else log(`11. runner look-alike VM: left out${smoke ? ' of the smoke (add --runner-vm)' : ' (--no-runner-vm)'}`);
  } finally {
    await cleanUp(workRoot);
  }
  const leftovers = await leaksOf({ ids: [...bareIds, ...actionIds] });
  for (const leftover of leftovers) log(`LEFT BEHIND: ${leftover}`);
  machine['load average at end'] = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  const results: Results = {
    kind: smoke ? 'smoke' : 'full',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    machine,
    rows: rows.sort((a, b) => a.id - b.id),
  };
  writeResults(join(REPO_ROOT, 'bench'), results);
  log(`wrote bench/results.md, bench/results.json, bench/ratios.svg (${results.seconds} s)`);
  for (const row of results.rows) {
    for (const c of row.comparisons)
      log(`  ${row.id}. ${c.subject}: ${c.ratioLabel}${c.verdict ? ` — ${c.verdict}` : ''}`);
    if (row.error) log(`  ${row.id}. FAILED: ${row.error.split('\n')[0]}`);
  }
  return results.rows.some((row) => row.error) || leftovers.length > 0 ? 1 : 0;
}

process.exitCode = await main();
