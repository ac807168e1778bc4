import { dockerdEngine } from '../daemon/engine.js';
import { dindEngine } from '../dind/engine.js';
import type { Logger } from '../logger.js';
import { removeCertificatesOnly } from './certs-only.js';
import { removeDockerContextsOf } from './docker-context-step.js';
import type { Engine, EngineKind, NamedLog, TeardownOptions, TeardownReport } from './engine.js';
import type { InstanceState } from './state.js';

/** Every engine by its kind: the adapters choose one to start, post and down find it in the state. */
const ENGINES: Record<EngineKind, Engine> = {
  dockerd: dockerdEngine,
  dind: dindEngine as Engine,
};

export function engineFor(kind: EngineKind): Engine {
  return ENGINES[kind];
}

/** Tears an instance down with the engine that made it, and its docker context first. Never throws. */
export async function teardownInstance(
  state: InstanceState,
  logger: Logger,
  options?: TeardownOptions,
): Promise<TeardownReport> {
  const contextDetails = await removeDockerContextsOf(state);
  const report = state.certsOnly
    ? await removeCertificatesOnly(state)
    : await engineFor(state.engine ?? 'dockerd').teardown(state, logger, options);
  return contextDetails.length === 0 ? report : { ...report, summary: [report.summary, ...contextDetails].join('; ') };
}

export function logsOf(state: InstanceState): NamedLog[] {
  return engineFor(state.engine ?? 'dockerd').logsOf(state);
}
