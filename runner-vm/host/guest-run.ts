// One job in one guest, start to end: the job disk made, the guest booted, the results read back.
// Shared by the suite (npm run test:runner) and the bench's runner-VM row.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from './common.js';
import type { GuestImage } from './image.js';
import { type JobSpec, makeJobDisk, readResults } from './job-disk.js';
import { bootGuest } from './qemu.js';

export interface GuestRunOptions {
  image: GuestImage;
  programsDir?: string;
  job: JobSpec;
  cpus: number;
  timeoutMs: number;
  /** Where the results, the console log and the guest's journal are copied to. */
  outDir: string;
  log: Log;
  writeRootDisk?: boolean;
}

export interface GuestRun {
  /** The guest's /job/results, copied out (missing when the guest never wrote it). */
  results?: string;
  consoleLog: string;
  timedOut: boolean;
  seconds: number;
  /** The job unit's result and exit status, as the guest recorded them ("success 0"). */
  jobStatus?: string;
}

/**
 * What the job unit prints reaches the console as "[ uptime] node[pid]: text" (journal+console);
 * the kernel's own lines have no process name and stay in the log only.
 */
const JOB_OUTPUT = /^\[\s*[\d.]+\]\s+(?:node|sh)\[\d+\]:\s?(.*)$/;

/** Half of this machine's memory for two guests at once, 3 GiB at most each: ample for a job. */
const MEMORY_MIB = 3072;

export async function runInGuest(options: GuestRunOptions): Promise<GuestRun> {
  const work = mkdtempSync(join(tmpdir(), `runner-vm-${options.job.variant}-`));
  try {
    const disk = await makeJobDisk(work, options.job, options.programsDir);
    const consoleLog = join(options.outDir, 'console.log');
    rmSync(options.outDir, { recursive: true, force: true });
    mkdirSync(options.outDir, { recursive: true });
    const boot = await bootGuest({
      ...{ image: options.image, jobDisk: disk, variant: options.job.variant, cpus: options.cpus },
      ...{ memoryMiB: MEMORY_MIB, timeoutMs: options.timeoutMs, consoleLog, writeRootDisk: options.writeRootDisk },
      onConsoleLine: (line) => {
        const fromJob = JOB_OUTPUT.exec(line);
        if (fromJob) options.log(`[${options.job.variant}] ${fromJob[1]}`);
      },
    });
    const results = await readResults(disk, options.outDir);
    const statusFile = join(results, 'job-status');
    return {
      results: existsSync(results) ? results : undefined,
      consoleLog,
      timedOut: boot.timedOut,
      seconds: boot.seconds,
      jobStatus: existsSync(statusFile) ? readFileSync(statusFile, 'utf8').trim() : undefined,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
