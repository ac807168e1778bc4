import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkSavedState } from '../../lifecycle/state-check.js';
import { logsOf, teardownInstance } from '../../lifecycle/teardown.js';
import { type InstanceState, StateError } from '../../core/state.js';
import { type LogFacts, linesToShow, redactRequestData } from '../../core/redaction.js';
import { lastLines } from '../../core/text.js';
import { STATE_KEY, actionLogger } from './logger.js';
import { writeTeardownSummary } from './summary.js';

/** What main saved, checked as every reader of a state checks it; undefined when main made nothing. */
async function readState(): Promise<InstanceState | undefined> {
  const text = core.getState(STATE_KEY);
  if (!text) return undefined;
  return checkSavedState({
    record: text,
    // Where main made its work directory; a state naming anything else was not written by main.
    tempDir: process.env.RUNNER_TEMP || tmpdir(),
    refusal: 'The saved state is not one the main step writes',
  });
}

/** Post never fails the job: the job's result is its own, cleanup problems are warnings. */
export async function runPost(): Promise<void> {
  try {
    const state = await readState();
    if (!state) {
      core.info('Nothing to clean up: the main step made nothing.');
      return;
    }
    if (state.expiresAt && Date.parse(state.expiresAt) < Date.now()) {
      core.warning(
        `The job outlived its certificates (expired ${state.expiresAt}): steps after that could not reach the daemon. Raise cert-validity.`,
      );
    }
    // Always: a step may have emptied RUNNER_TEMP, while the daemon, its containers, the bridge and
    // the exec-root live on. Teardown is idempotent and finds what is left.
    const report = await teardownInstance(state, actionLogger, {
      beforeRemoval: async (facts) => {
        for (const log of logsOf(state)) await printLog(log.title, log.file, logFacts(state, facts));
      },
    });
    for (const warning of report.warnings) core.warning(`Cleanup: ${warning}`);
    if (report.nothingFound) {
      core.info('Nothing to clean up: what the main step made is already removed.');
      return;
    }
    if (report.stoppedEarly) {
      core.warning(
        `${report.stoppedEarly} was no longer running when the job ended: it crashed or was killed. Its log is above.`,
      );
    }
    core.info(`Cleaned up: ${report.summary}`);
    await writeTeardownSummary(report.summary, report.warnings);
  } catch (error) {
    core.warning(error instanceof StateError ? error.message : `Cleanup failed: ${(error as Error).message}`);
  }
}

function logFacts(state: InstanceState, facts: { daemonDied: boolean }): LogFacts {
  return {
    // Main records DOCKER_HOST once the daemon answered: without it the start never finished.
    startFailed: state.dockerHost === undefined,
    daemonDied: facts.daemonDied,
    verbose: process.env.RUNNER_DEBUG === '1',
  };
}

/**
 * The log, folded, about to be removed: whole when it explains something, else its tail. Never the
 * request bodies or query strings a debug daemon logs (secrets passed to docker run or build), and
 * inert: a line of it shaped as a workflow command (::add-mask::, ::set-output) does nothing.
 */
async function printLog(title: string, logFile: string, facts: LogFacts): Promise<void> {
  const log = await fs.readFile(logFile, 'utf8').catch(() => undefined);
  if (log === undefined) return;
  const shown = redactRequestData(lastLines(log, linesToShow(facts))) || '(empty)';
  const whole = shown.split('\n').length >= log.trimEnd().split('\n').length;
  await core.group(whole ? title : `${title} (last lines; the whole log with RUNNER_DEBUG)`, async () =>
    core.info(inertLines(shown).join('\n')),
  );
}

/**
 * Text from outside (a daemon's log) printed between `::stop-commands::TOKEN` and `::TOKEN::`: the
 * runner ignores workflow commands in between, so a log line such as `::add-mask::` or
 * `::set-env` cannot act on the job. The token is random, so the text cannot end the block itself.
 */
export function inertLines(text: string, token = randomBytes(16).toString('hex')): string[] {
  return [`::stop-commands::${token}`, text, `::${token}::`];
}
