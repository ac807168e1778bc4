import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import { teardown } from '../daemon/stop.js';
import { summarizeTeardown } from '../daemon/summary.js';
import type { InstanceState } from '../daemon/state.js';
import { lastLines } from '../daemon/diagnose.js';
import { actionLogger } from './logger.js';
import { STATE_KEY } from './state-key.js';

function readState(): InstanceState | undefined {
  const text = core.getState(STATE_KEY);
  if (!text) return undefined;
  try {
    const state = JSON.parse(text) as InstanceState;
    return state && typeof state.id === 'string' && typeof state.workDir === 'string' ? state : undefined;
  } catch {
    core.warning('The state saved by the main step is unreadable; nothing to clean up from it.');
    return undefined;
  }
}

/** Post never fails the job: the job's result is its own, cleanup problems are warnings. */
export async function runPost(): Promise<void> {
  try {
    const state = readState();
    if (!state) {
      core.info('Nothing to clean up: the main step made nothing.');
      return;
    }
    if (state.expiresAt && Date.parse(state.expiresAt) < Date.now()) {
      core.warning(
        `The job outlived its certificates (expired ${state.expiresAt}): steps after that could not reach the daemon. Raise cert-validity.`,
      );
    }
    const leftBehind = await fs
      .access(state.workDir)
      .then(() => true)
      .catch(() => false);
    if (!leftBehind) {
      core.info('Nothing to clean up: what the main step made is already removed.');
      return;
    }
    const report = await teardown(state, actionLogger, {
      beforeRemoval: async () => {
        await printLog('dockerd log', state.logFile);
        await printLog('containerd log', state.containerdLogFile);
      },
    });
    for (const warning of report.warnings) core.warning(`Cleanup: ${warning}`);
    if (report.daemon === 'not running' && state.pid) {
      core.warning(
        `dockerd (pid ${state.pid}) was no longer running when the job ended: it crashed or was killed. Its log is above.`,
      );
    }
    core.info(`Cleaned up: ${summarizeTeardown(report)}`);
  } catch (error) {
    core.warning(`Cleanup failed: ${(error as Error).message}`);
  }
}

/** The whole log, folded: it is what explains a failed step, and it is about to be removed. */
async function printLog(title: string, logFile: string | undefined): Promise<void> {
  if (!logFile) return;
  const log = await fs.readFile(logFile, 'utf8').catch(() => undefined);
  if (log !== undefined) await core.group(title, async () => core.info(lastLines(log, 5000) || '(empty)'));
}
