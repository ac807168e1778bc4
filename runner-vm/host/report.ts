// What the suite prints about one guest: each scenario passed or failed with its time, the error
// of every failing test, and where the full results are; the console log's end when the guest
// never finished its job.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, Variant } from './common.js';
import type { GuestRun } from './guest-run.js';
import { TERMINAL_ESCAPES } from './qemu.js';
import { parseTap } from './tap.js';

const CONSOLE_TAIL_LINES = 80;

function printConsoleTail(run: GuestRun, log: Log): void {
  const lines = existsSync(run.consoleLog) ? readFileSync(run.consoleLog, 'utf8').split('\n') : [];
  log(`the guest console's last ${CONSOLE_TAIL_LINES} lines (${run.consoleLog}):`);
  for (const line of lines.slice(-CONSOLE_TAIL_LINES)) log(`  | ${line.replace(TERMINAL_ESCAPES, '')}`);
}

/** Prints the guest's results; true when the job finished and every scenario passed. */
export function reportGuestRun(variant: Variant, run: GuestRun, log: Log): boolean {
  const tapFile = run.results ? join(run.results, 'report.tap') : undefined;
  if (run.timedOut || !tapFile || !existsSync(tapFile)) {
    log(
      `[${variant}] FAILED: ${run.timedOut ? `no power-off within the deadline (${run.seconds.toFixed(0)} s)` : 'the guest wrote no report'}`,
    );
    printConsoleTail(run, log);
    return false;
  }
  const report = parseTap(readFileSync(tapFile, 'utf8'));
  for (const scenario of report.scenarios) {
    const verdict = scenario.skipped ? 'skip' : scenario.passed ? 'ok  ' : 'FAIL';
    log(`[${variant}] ${verdict} ${scenario.name} (${scenario.seconds.toFixed(1)} s)`);
  }
  for (const failure of report.failures) {
    log(`[${variant}]   failed: ${failure.path}`);
    for (const line of failure.error.split('\n').slice(0, 25)) log(`[${variant}]     ${line}`);
  }
  const finished = report.planned !== undefined && report.scenarios.length === report.planned;
  const passed = finished && report.scenarios.length > 0 && report.scenarios.every((s) => s.passed);
  if (!finished) log(`[${variant}] FAILED: the report ends early (job: ${run.jobStatus ?? 'no status'})`);
  log(
    `[${variant}] ${passed ? 'passed' : 'FAILED'} in ${run.seconds.toFixed(0)} s of guest time; results in ${run.results}`,
  );
  return passed;
}
