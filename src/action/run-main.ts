import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { caBundleWarnings } from '../environment.js';
import { describeError } from '../errors.js';
import { engineFor } from '../lifecycle/engines.js';
import { startOrRollBack } from '../lifecycle/roll-back.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { publish } from './publish.js';
import { STATE_KEY } from './state-key.js';

/** The main step: the exit code the step ends with (0, or 130/143 after a signal). */
export async function runMain(): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (error) {
    core.setFailed(describeError(error));
    return 1;
  }
  for (const warning of caBundleWarnings(process.env)) core.warning(warning);
  const outcome = await startOrRollBack(inputs.options, engineFor(inputs.engine), {
    tempDir: process.env.RUNNER_TEMP || tmpdir(),
    logger: actionLogger,
    saveState: (state) => core.saveState(STATE_KEY, JSON.stringify(state)),
    onFailure: (error) => core.setFailed(describeError(error)),
  });
  if (outcome.started) {
    publish(outcome.started, inputs.exportEnv);
    return 0;
  }
  return outcome.signal ? outcome.exitCode : 1;
}
