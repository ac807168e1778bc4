import * as workflow from './workflow-commands.js';
import { tmpdir } from 'node:os';
import { caBundleWarnings } from '../environment.js';
import { describeError } from '../errors.js';
import { makeCertificatesOnly } from '../lifecycle/certs-only.js';
import { engineFor, teardownInstance } from '../lifecycle/engines.js';
import { startOrRollBack } from '../lifecycle/roll-back.js';
import type { InstanceState } from '../lifecycle/state.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { actionLogger } from './logger.js';
import { publish, publishCertificatesOnly } from './publish.js';
import { STATE_KEY } from './state-key.js';

const saveState = (state: InstanceState) => workflow.saveState(STATE_KEY, JSON.stringify(state));
const tempDir = () => process.env.RUNNER_TEMP || tmpdir();

/** The main step: the exit code the step ends with (0, or 130/143 after a signal). */
export async function runMain(): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs();
  } catch (error) {
    workflow.setFailed(describeError(error));
    return 1;
  }
  for (const warning of caBundleWarnings(process.env)) workflow.warning(warning);
  if (inputs.engine === 'certs') return certificatesOnly(inputs);
  const outcome = await startOrRollBack(inputs.options, engineFor(inputs.engine), {
    tempDir: tempDir(),
    logger: actionLogger,
    saveState,
    onFailure: (error) => workflow.setFailed(describeError(error)),
    dockerContext: inputs.context === 'none' ? undefined : { name: inputs.context },
  });
  if (outcome.started) {
    publish(outcome.started, inputs.exportEnv, inputs.engine);
    return 0;
  }
  return outcome.signal ? outcome.exitCode : 1;
}

/** `mode: certs`: the certificates and their outputs, nothing else; what was written goes on failure. */
async function certificatesOnly(inputs: ActionInputs): Promise<number> {
  let last: InstanceState | undefined;
  try {
    const made = await makeCertificatesOnly(inputs.options, {
      tempDir: tempDir(),
      logger: actionLogger,
      saveState: (state) => saveState((last = state)),
    });
    publishCertificatesOnly(made);
    return 0;
  } catch (error) {
    workflow.setFailed(describeError(error));
    if (last) await teardownInstance(last, actionLogger);
    return 1;
  }
}
