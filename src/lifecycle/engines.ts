import { dockerdEngine } from '../daemon/engine.js';
import type { Logger } from '../logger.js';
import type { Engine, EngineKind, NamedLog, TeardownOptions, TeardownReport } from './engine.js';
import type { InstanceState } from './state.js';
import { problemsOfState } from './state-check.js';

/** Every engine by its kind: the adapters choose one to start, post and down find it in the state. */
const ENGINES: Record<EngineKind, Engine> = {
  dockerd: dockerdEngine,
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

/**
 * Why a saved state may not be torn down: its shared fields (checked against `tempDir`, the parent
 * main made its work directory in) and its engine's. Empty when it is what main would have written.
 */
export function problemsOfSavedState(state: InstanceState, tempDir: string): string[] {
  const shared = problemsOfState(state, tempDir);
  if (shared.length > 0) return shared;
  return engineFor(state.engine ?? 'dockerd').problemsOf(state);
}
