import * as io from '@actions/io';
import { promises as fs } from 'node:fs';
import type { Logger } from '../../core/logger.js';
import { AS_THIS_USER, trustedCommand } from '../../host/privilege.js';
import { type ProcessInfo, argumentsOf, killProcesses, listProcesses, withDescendants } from '../../host/processes.js';
import { runProgram } from '../../host/run.js';
import type { StopOptions, StopReport } from '../engine.js';
import { ancestorsOf } from '../dockerd/process-selection.js';
import { type DaemonOutcome, stopDaemonProcess } from '../dockerd/teardown-processes.js';
import { type RootlessState, rootlessPathsIn } from './state.js';

export interface RootlessTeardownReport extends StopReport {
  daemon: DaemonOutcome;
  processesKilled: number;
  pathsRemoved: string[];
}

/**
 * Stops rootlesskit (SIGTERM: it stops dockerd, whose pid namespace then ends with every container
 * in it; SIGKILL after the deadline), kills whatever of the instance is left, then removes the
 * daemon's directories. Idempotent, and it never throws: a problem becomes a warning.
 */
export async function stopRootlessInstance(
  state: RootlessState,
  logger: Logger,
  options: StopOptions = {},
): Promise<RootlessTeardownReport> {
  const report: RootlessTeardownReport = {
    summary: '',
    warnings: [],
    daemonDied: false,
    nothingFound: false,
    daemon: 'not running',
    processesKilled: 0,
    pathsRemoved: [],
  };
  const steps: Array<[string, () => Promise<void>]> = [
    ['stopping rootlesskit', () => stopKit(state, report, logger, options)],
    ["removing the daemon's directories", () => removeDirectories(state, report)],
  ];
  for (const [what, body] of steps) {
    try {
      await body();
    } catch (error) {
      report.warnings.push(`${what}: ${(error as Error).message}`);
    }
  }
  return finish(state, report);
}

/** rootlesskit's pid while it is still ours: its arguments name the instance's state directory. */
async function ourKit(state: RootlessState): Promise<number | undefined> {
  if (!state.spawnedPid || !state.stateDir) return undefined;
  const argv = await argumentsOf(state.spawnedPid);
  return argv?.includes(`--state-dir=${state.stateDir}`) ? state.spawnedPid : undefined;
}

/**
 * A process of the instance by its exact arguments: rootlesskit and its child (our state
 * directory), dockerd (our daemon.json), containerd and the shims (files in our exec-root).
 */
function isInstanceProcess(argv: readonly string[], state: RootlessState): boolean {
  const config = rootlessPathsIn(state.workDir, state.id).config;
  return argv.some(
    (arg) =>
      (state.stateDir !== undefined && arg === `--state-dir=${state.stateDir}`) ||
      arg === config ||
      (state.execRoot !== undefined && arg.startsWith(`${state.execRoot}/`)),
  );
}

/** rootlesskit and every process under it (its child, the network driver, the daemon…). */
function treeOf(all: ProcessInfo[], pid: number): ProcessInfo[] {
  const tree = withDescendants(all, [pid]);
  return all.filter((info) => tree.has(info.pid));
}

async function stopKit(
  state: RootlessState,
  report: RootlessTeardownReport,
  logger: Logger,
  options: StopOptions,
): Promise<void> {
  const kit = await ourKit(state);
  const before = await listProcesses();
  const tree = [...(kit ? treeOf(before, kit) : []), ...before.filter((info) => isInstanceProcess(info.argv, state))];
  if (kit) {
    // As mode dockerd's: its containers killed first, then rootlesskit, which stops dockerd.
    const daemon = { name: 'rootlesskit', pid: kit, socket: state.socket };
    const stopped = await stopDaemonProcess(daemon, AS_THIS_USER, logger, options);
    report.daemon = stopped.outcome;
    if (stopped.warning) report.warnings.push(stopped.warning);
  }
  await killLeftovers(state, tree, report, logger);
}

/** What outlived rootlesskit: the same pid with the same command line as before, or named by the marker. */
async function killLeftovers(
  state: RootlessState,
  tree: ProcessInfo[],
  report: RootlessTeardownReport,
  logger: Logger,
): Promise<void> {
  const now = await listProcesses();
  const survivors = now.filter((info) =>
    tree.some((before) => before.pid === info.pid && before.cmdline === info.cmdline),
  );
  const named = now.filter((info) => isInstanceProcess(info.argv, state));
  // Never this process or what runs it (a sudo or a shell whose arguments may name our files).
  const self = ancestorsOf(now);
  const leftovers = [...new Map([...survivors, ...named].map((info) => [info.pid, info])).values()].filter(
    (info) => !self.has(info.pid),
  );
  if (leftovers.length === 0) return;
  await killProcesses(AS_THIS_USER, leftovers);
  report.processesKilled = leftovers.length;
  logger.info(
    `Stopped ${leftovers.length} process(es) left behind: ${leftovers.map((info) => info.cmdline.split(' ')[0]).join(', ')}`,
  );
}

/**
 * The data-root holds image layers owned by the user's subordinate ids, which the user can remove
 * only from inside a user namespace that maps them: rootlesskit runs `rm` in one (as Docker's docs
 * advise for a rootless data-root).
 */
async function removeDirectories(state: RootlessState, report: RootlessTeardownReport): Promise<void> {
  const paths = [state.dataRoot, state.execRoot, state.stateDir, state.runtimeDir].filter(
    (path): path is string => path !== undefined,
  );
  const present = [];
  for (const path of paths) if (await fs.lstat(path).catch(() => undefined)) present.push(path);
  if (present.length === 0) return;
  const stubborn: string[] = [];
  for (const path of present) await io.rmRF(path).catch(() => stubborn.push(path));
  if (stubborn.length > 0) {
    const rootlesskit = await trustedCommand('rootlesskit');
    await runProgram(rootlesskit, ['--net=host', 'rm', '-rf', '--', ...stubborn], { timeoutMs: 60_000 });
  }
  report.pathsRemoved.push(...present);
}

function finish(state: RootlessState, report: RootlessTeardownReport): RootlessTeardownReport {
  report.daemonDied = state.spawnedPid !== undefined && report.daemon === 'not running';
  report.summary = `rootless dockerd ${report.daemon}; ${report.processesKilled} leftover process(es) stopped; ${report.pathsRemoved.length} path(s) removed`;
  report.nothingFound =
    report.daemon === 'not running' && report.processesKilled === 0 && report.pathsRemoved.length === 0;
  if (report.daemonDied && !report.nothingFound && state.spawnedPid) {
    report.stoppedEarly = `rootlesskit (pid ${state.spawnedPid})`;
  }
  return report;
}
