// Row 11 of `npm run bench`, the guest's side (bundled into bench.mjs; bench/runner-vm-row.ts
// boots the guest and reads what this writes): the action's main step, from its spawn to its exit
// with the environment exported, in mode dockerd and in mode dind, against the guest's own bare
// dockerd start (spawn → 200 on /_ping, with a bridge of its own, as bench row 2 has it),
// alternating round by round so that drift in the emulator hits every side alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  killAndWait,
  prepareBareDaemon,
  removeBareDaemon,
  spawnBareDaemon,
  waitForBareDaemon,
} from '../../harness/bare-dockerd.js';
import { writeCertificateSet } from '../../src/host/cert-dir.js';
import { createCertificateSet } from '../../src/core/pki/index.js';
import { DIND_INPUTS, RESULTS_DIR, readJob } from './job.js';
import { buildDindImage, warmDindImage } from './machine.js';
import { type StepResult, installAction, main, outputOf, post } from './steps.js';

export interface GuestBenchResults {
  samples: { dockerd: number[]; dind: number[]; bare: number[] };
  node: string;
  /** Bare starts that started a containerd of their own; the others took the system's. */
  bareOwnContainerd: number;
}

interface BareSample {
  ms: number;
  ownContainerd: boolean;
}

const BARE_ONCE = '--bare-once';

/** As root (through sudo): one bare dockerd, prepared, started, answered, stopped, removed. */
async function bareOnce(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bare-'));
  const set = await writeCertificateSet(join(work, 'certs'), await createCertificateSet());
  const daemon = await prepareBareDaemon(work, { ca: set.serverCa, cert: set.serverCert, key: set.serverKey });
  try {
    const spawnedAt = await spawnBareDaemon(daemon);
    const readyAt = await waitForBareDaemon(daemon);
    await killAndWait(daemon);
    // dockerd takes the system's containerd when its socket answers, as bench row 2 reports.
    const ownContainerd = /started new containerd process/.test(readFileSync(daemon.log, 'utf8'));
    const sample: BareSample = { ms: readyAt - spawnedAt, ownContainerd };
    process.stdout.write(JSON.stringify(sample));
  } finally {
    await removeBareDaemon(daemon);
  }
}

/** The bare start's own time, as the helper measured it from its spawn of dockerd. */
function bareStart(): BareSample {
  const helper = spawnSync('sudo', ['-n', process.execPath, process.argv[1], BARE_ONCE], { encoding: 'utf8' });
  if (helper.status !== 0) throw new Error(`the bare dockerd did not start: ${helper.stderr}`);
  return JSON.parse(helper.stdout) as BareSample;
}

async function actionStart(inputs: Record<string, string>): Promise<number> {
  const started: StepResult = await main(inputs);
  const stopped = await post(started.state);
  if (started.code !== 0) throw new Error(`main failed: ${outputOf(started)}`);
  if (stopped.code !== 0) throw new Error(`post failed: ${outputOf(stopped)}`);
  return started.ms;
}

async function measure(rounds: number): Promise<Omit<GuestBenchResults, 'node'>> {
  const samples: GuestBenchResults['samples'] = { dockerd: [], dind: [], bare: [] };
  let bareOwnContainerd = 0;
  // One untimed round first: the first start of anything pays for cold caches.
  for (let round = -1; round < rounds; round++) {
    const kept = round >= 0;
    const keepBare = (sample: BareSample) => {
      if (!kept) return;
      samples.bare.push(sample.ms);
      if (sample.ownContainerd) bareOwnContainerd += 1;
    };
    const dockerd = await actionStart({ port: '0' });
    keepBare(bareStart());
    await warmDindImage();
    const dind = await actionStart(DIND_INPUTS);
    keepBare(bareStart());
    if (kept) samples.dockerd.push(dockerd);
    if (kept) samples.dind.push(dind);
    console.log(
      `round ${kept ? round + 1 : '(warm-up)'}: dockerd ${dockerd.toFixed(0)} ms, dind ${dind.toFixed(0)} ms`,
    );
  }
  return { samples, bareOwnContainerd };
}

async function orchestrate(): Promise<void> {
  installAction();
  await buildDindImage();
  const results: GuestBenchResults = { ...(await measure(readJob().runs ?? 3)), node: process.version };
  writeFileSync(join(RESULTS_DIR, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
}

await (process.argv[2] === BARE_ONCE ? bareOnce() : orchestrate());
