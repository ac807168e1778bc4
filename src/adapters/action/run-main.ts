import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { caBundleWarnings } from '../../core/client-environment.js';
import { describeError } from '../../core/errors.js';
import { engineKindOf } from '../../core/options/options.js';
import { startOrRollBack } from '../../lifecycle/roll-back.js';
import { callbackStore } from '../../lifecycle/state-store.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { STATE_KEY, actionLogger } from './logger.js';
import { publish } from './publish.js';

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
  const outcome = await startOrRollBack(inputs.options, {
    tempDir: process.env.RUNNER_TEMP || tmpdir(),
    tempDirInput: process.env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'temp directory',
    logger: actionLogger,
    store: callbackStore((state) => core.saveState(STATE_KEY, JSON.stringify(state))),
    onFailure: (error) => core.setFailed(describeError(error)),
  });
  if (outcome.started) {
    await publish(outcome.started, inputs.exportEnv, engineKindOf(inputs.options));
    return 0;
  }
  return outcome.signal ? outcome.exitCode : 1;
}
