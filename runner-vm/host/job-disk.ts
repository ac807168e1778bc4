// The job disk: how a job gets into the guest and its results come back. The host writes a small
// ext4 file system (mke2fs -d, no mount, no loop device) holding the action as the runner keeps it
// (action.yml and dist/), the dind image's build script, the bundled guest program, job.json and
// the run.sh the job unit starts; the guest mounts it at /job, writes /job/results and unmounts it
// before it powers off; the host reads the results back with debugfs.
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GuestProgram } from './bundle.js';
import { REPO_ROOT, type Variant, tool } from './common.js';

/** What the guest reads from /job/job.json (runner-vm/guest/job.ts reads it). */
export interface JobSpec {
  variant: Variant;
  /** A bundled guest program, or the image's provisioning (runner-vm/image/provision.sh). */
  program: GuestProgram | 'provision';
  /** Only the scenarios whose names match (node --test-name-pattern). */
  only?: string;
  /** For the bench program: rounds of alternating runs. */
  runs?: number;
}

const DISK_SIZE = '1G';

function runScript(job: JobSpec): string {
  if (job.program === 'provision') return 'exec sh /job/provision.sh\n';
  const program = `/job/suite/${job.program}.mjs`;
  if (job.program !== 'suite') return `exec node ${program}\n`;
  const reporters = [
    '--test-reporter=spec --test-reporter-destination=stdout',
    '--test-reporter=tap --test-reporter-destination=/job/results/report.tap',
  ];
  // A chosen scenario still needs the guest checked and the machine set up (and torn down).
  const patterns = job.only ? [job.only, '^(fidelity|set-up|tear-down):'] : [];
  const only = patterns.map((pattern) => ` --test-name-pattern='${pattern.replace(/'/g, `'\\''`)}'`).join('');
  return `exec node ${reporters.join(' ')}${only} ${program}\n`;
}

/** The action, the dind image's build script and the guest program. */
function stageJobFiles(stage: string, program: GuestProgram, programsDir: string): void {
  mkdirSync(join(stage, 'suite'), { recursive: true });
  cpSync(join(REPO_ROOT, 'action.yml'), join(stage, 'action', 'action.yml'));
  cpSync(join(REPO_ROOT, 'dist'), join(stage, 'action', 'dist'), { recursive: true });
  for (const path of ['scripts/build-dind-image.sh', 'scripts/dind-image']) {
    cpSync(join(REPO_ROOT, path), join(stage, 'repo', path), { recursive: true });
  }
  cpSync(join(programsDir, `${program}.mjs`), join(stage, 'suite', `${program}.mjs`));
}

/** Stages the job's files in `work` and writes them into a new disk image; returns its path. */
export async function makeJobDisk(work: string, job: JobSpec, programsDir?: string): Promise<string> {
  const stage = join(work, 'job');
  mkdirSync(stage, { recursive: true });
  if (job.program === 'provision') {
    cpSync(join(REPO_ROOT, 'runner-vm', 'image', 'provision.sh'), join(stage, 'provision.sh'));
    writeFileSync(join(stage, 'power-off-cleanly'), '');
  } else {
    if (!programsDir) throw new Error(`the ${job.program} job needs the bundled guest programs`);
    stageJobFiles(stage, job.program, programsDir);
  }
  writeFileSync(join(stage, 'job.json'), JSON.stringify(job, null, 2) + '\n');
  writeFileSync(
    join(stage, 'run.sh'),
    `#!/bin/sh\n# Written for this boot by runner-vm/host/job-disk.ts.\n${runScript(job)}`,
  );
  chmodSync(join(stage, 'run.sh'), 0o755);
  const disk = join(work, 'job.ext4');
  await tool('mke2fs', ['-q', '-t', 'ext4', '-L', 'runner-job', '-d', stage, disk, DISK_SIZE]);
  return disk;
}

/** Copies the guest's /results out of the job disk into `outDir` (it becomes outDir/results). */
export async function readResults(disk: string, outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await tool('debugfs', ['-R', `rdump /results ${outDir}`, disk]);
  return join(outDir, 'results');
}
