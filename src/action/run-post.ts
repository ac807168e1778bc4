import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import { logsOf, teardownInstance } from '../lifecycle/engines.js';
import { type InstanceState, parseState } from '../lifecycle/state.js';
import { lastLines } from '../text.js';
import { actionLogger } from './logger.js';
import { writeTeardownSummary } from './summary.js';
import { STATE_KEY } from './state-key.js';

function readState(): InstanceState | undefined {
  const text = core.getState(STATE_KEY);
  if (!text) return undefined;
  try {
    return parseState(text);
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
    const report = await teardownInstance(state, actionLogger, {
      beforeRemoval: async () => {
        for (const log of logsOf(state)) await printLog(log.title, log.file);
      },
    });
    for (const warning of report.warnings) core.warning(`Cleanup: ${warning}`);
    if (report.stoppedEarly) {
      core.warning(
        `${report.stoppedEarly} was no longer running when the job ended: it crashed or was killed. Its log is above.`,
      );
    }
    core.info(`Cleaned up: ${report.summary}`);
    await writeTeardownSummary(report.summary, report.warnings);
  } catch (error) {
    core.warning(`Cleanup failed: ${(error as Error).message}`);
  }
}

/** The whole log, folded: it is what explains a failed step, and it is about to be removed. */
async function printLog(title: string, logFile: string): Promise<void> {
  const log = await fs.readFile(logFile, 'utf8').catch(() => undefined);
  if (log !== undefined) await core.group(title, async () => core.info(lastLines(log, 5000) || '(empty)'));
}
