import { DockerTlsError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { type Options, engineKindOf } from '../core/options/options.js';
import type { InstanceState } from '../core/state.js';
import type { Engine } from '../engines/engine.js';
import { engineFor } from '../engines/index.js';
import type { DockerContextOptions } from '../host/docker-context.js';
import { dockerContextWhileStarting } from './docker-context-step.js';
import { type StartContext, type StartedInstance, startInstance } from './start.js';
import { teardownInstance } from './teardown.js';

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

export interface RollBackContext extends Omit<StartContext, 'signal' | 'whileStarting'> {
  /** Told of the failure first, so that it is reported before the clean-up's own messages. */
  onFailure?: (error: unknown) => void;
  /**
   * The context was asked for by name (`up --context`): failing to make it fails the start. The
   * action's is there by default, for buildx: a failure to make it is a warning, the daemon stays.
   */
  contextRequired?: boolean;
  /** The docker CLI's environment for the context (DOCKER_CONFIG chooses the store); default process.env. */
  contextOptions?: DockerContextOptions;
  /** The engine; by default the one of the options' mode (tests pass one of their own). */
  engine?: Engine;
}

/**
 * The one start every adapter runs: SIGINT and SIGTERM abort it; on any failure what was made so far
 * is torn down at once, by the one teardown (a problem there is a warning), so that nothing
 * half-made is left for post. Never throws and never exits the process: the caller reports the
 * outcome and its exit code.
 */
export async function startOrRollBack(options: Options, context: RollBackContext): Promise<StartOutcome> {
  const abort = abortOnSignal(context.logger);
  let state: InstanceState | undefined;
  const store = { ...context.store, save: (next: InstanceState) => context.store.save((state = next)) };
  const { contextRequired, contextOptions } = context;
  const engine = context.engine ?? engineFor(engineKindOf(options));
  try {
    const started = await startInstance(options, engine, {
      ...context,
      store,
      signal: abort.signal,
      whileStarting:
        options.context === undefined
          ? undefined
          : dockerContextWhileStarting(
              { name: options.context, required: contextRequired, options: contextOptions },
              context.logger,
            ),
    });
    abort.signal.throwIfAborted();
    return { started, exitCode: 0 };
  } catch (error) {
    context.onFailure?.(error);
    // Leave nothing half-made; post finds the same state and has nothing left to do.
    if (state) {
      const options = { stopTimeoutMs: 3000, contextOptions, store, engine };
      const report = await teardownInstance(state, context.logger, options);
      for (const warning of report.warnings) context.logger.warning(`Cleanup after the failure: ${warning}`);
      context.logger.info(`Cleanup after the failure: ${report.summary}`);
    }
    const badInput = error instanceof DockerTlsError && error.badInput;
    return { error, exitCode: abort.exitCode() ?? (badInput ? 2 : 1), signal: abort.received() };
  } finally {
    abort.stop();
  }
}

interface SignalAbort {
  signal: AbortSignal;
  /** The signal that came, if one did. */
  received: () => NodeJS.Signals | undefined;
  /** Stops listening; call once the teardown after an abort is done. */
  stop: () => void;
  /** The exit code a shell expects after that signal (130 for SIGINT, 143 for SIGTERM). */
  exitCode: () => number | undefined;
}

/**
 * If a start is cancelled (the runner sends SIGINT, then SIGTERM 7.5 s later; a user presses
 * Ctrl-C), nothing may stay running. The handler only aborts the start: it stops at its next step,
 * and the failure path tears down everything recorded by then, including what was made after the
 * signal. The handlers stay until `stop`, so a second signal cannot cut that teardown short.
 */
function abortOnSignal(logger: Logger): SignalAbort {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const handler = (signal: NodeJS.Signals) => {
    if (received) return;
    received = signal;
    logger.warning(`Received ${signal} while starting; removing what was made so far.`);
    controller.abort(new DockerTlsError(`Stopped by ${signal} before the daemon was ready.`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    received: () => received,
    stop: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
    exitCode: () => (received === undefined ? undefined : received === 'SIGINT' ? 130 : 143),
  };
}
