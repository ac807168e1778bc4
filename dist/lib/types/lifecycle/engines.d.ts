import type { Logger } from '../logger.js';
import type { Engine, EngineKind, NamedLog, TeardownOptions, TeardownReport } from './engine.js';
import type { InstanceState } from './state.js';
export declare function engineFor(kind: EngineKind): Engine;
/** Tears an instance down with the engine that made it, and its docker context first. Never throws. */
export declare function teardownInstance(state: InstanceState, logger: Logger, options?: TeardownOptions): Promise<TeardownReport>;
export declare function logsOf(state: InstanceState): NamedLog[];
/**
 * Why a saved state may not be torn down: its shared fields (checked against `tempDir`, the parent
 * main made its work directory in) and its engine's. Empty when it is what main would have written.
 */
export declare function problemsOfSavedState(state: InstanceState, tempDir: string): string[];
