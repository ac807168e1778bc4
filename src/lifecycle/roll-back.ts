import type { DaemonOptions } from '../config.js';
import { DockerTlsError } from '../errors.js';
import { abortOnSignal } from '../signals.js';
import { clientEnvironment } from './client-environment.js';
import { type ContextRequest, dockerContextWhileStarting, removeDockerContextsOf } from './docker-context-step.js';
import type { Engine } from './engine.js';
import { type StartContext, type StartedInstance, startInstance } from './start.js';
import type { InstanceState } from './state.js';

export type StartOutcome =
  | { started: StartedInstance; exitCode: 0 }
  | {
      started?: undefined;
      error: unknown;
      /** 130 after SIGINT, 143 after SIGTERM, 2 for bad input, 1 for any other failure. */
      exitCode: number;
      /** The signal that stopped the start, if one did. */
      signal?: NodeJS.Signals;
    };

export interface RollBackContext extends Omit<StartContext, 'signal'> {
  /** Told of the failure first, so that it is reported before the clean-up's own messages. */
  onFailure?: (error: unknown) => void;
  /** A docker context to make while the daemon comes up (none when undefined). */
  dockerContext?: ContextRequest;
}

/**
 * The one start both adapters run: SIGINT and SIGTERM abort it; on any failure what was made so far
 * is torn down at once (a problem there is a warning), so that nothing half-made is left for post.
 * Never throws and never exits the process: the caller reports the outcome and its exit code.
 */
export async function startOrRollBack(
  options: DaemonOptions,
  engine: Engine,
  context: RollBackContext,
): Promise<StartOutcome> {
  const abort = abortOnSignal(context.logger);
  let state: InstanceState | undefined;
  const saveState = (next: InstanceState) => {
    state = next;
    context.saveState(next);
  };
  try {
    const { dockerContext } = context;
    const started = await startInstance(options, engine, {
      ...context,
      saveState,
      signal: abort.signal,
      whileStarting: dockerContext && dockerContextWhileStarting(dockerContext, context.logger),
    });
    abort.signal.throwIfAborted();
    const environment = clientEnvironment(started);
    saveState({ ...started.state, environment });
    return { started: { ...started, state: { ...started.state, environment } }, exitCode: 0 };
  } catch (error) {
    context.onFailure?.(error);
    // Leave nothing half-made; post finds the same state and has nothing left to do.
    if (state) {
      for (const detail of await removeDockerContextsOf(state, context.dockerContext?.options))
        context.logger.info(`Cleanup after the failure: ${detail}`);
      const report = await engine.teardown(state, context.logger, { stopTimeoutMs: 3000 });
      for (const warning of report.warnings) context.logger.warning(`Cleanup after the failure: ${warning}`);
    }
    const badInput = error instanceof DockerTlsError && error.badInput;
    return { error, exitCode: abort.exitCode() ?? (badInput ? 2 : 1), signal: abort.received() };
  } finally {
    abort.stop();
  }
}
