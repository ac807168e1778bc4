import { dockerdEngine } from '../daemon/engine.js';
import { dindEngine } from '../dind/engine.js';
import type { Logger } from '../logger.js';
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

/** Tears an instance down with the engine that made it. Never throws. */
export function teardownInstance(
  state: InstanceState,
  logger: Logger,
  options?: TeardownOptions,
): Promise<TeardownReport> {
  return engineFor(state.engine ?? 'dockerd').teardown(state, logger, options);
}

export function logsOf(state: InstanceState): NamedLog[] {
  return engineFor(state.engine ?? 'dockerd').logsOf(state);
}
