import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { describeError } from '../../core/errors.js';
import type { NamedLog, StopOptions, StopReport } from '../engine.js';
import type { Logger } from '../../core/logger.js';
import { LABEL_INSTANCE } from './container-request.js';
import { EngineClient } from '../../host/engine-api/client.js';
import { outerEndpoint } from './outer.js';
import type { DindState } from './state.js';

/** Where teardown keeps the container's log for post to print, before the container goes. */
export function dindLogFile(workDir: string): string {
  return join(workDir, 'dind-container.log');
}

export function dindLogs(state: DindState): NamedLog[] {
  return state.containerName || state.containerId
    ? [{ title: `dind container log (${state.containerName ?? state.containerId})`, file: dindLogFile(state.workDir) }]
    : [];
}

interface Progress {
  removed: string[];
  warnings: string[];
  stoppedEarly?: string;
}

async function attempt(progress: Progress, what: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    progress.warnings.push(`${what}: ${describeError(error)}`);
  }
}

/**
 * Undoes what the state lists: the container (its log kept in the work directory for post first)
 * with its anonymous volumes, and the network we created. Idempotent; never throws.
 */
export async function stopDind(state: DindState, logger: Logger, options: StopOptions = {}): Promise<StopReport> {
  const progress: Progress = { removed: [], warnings: [] };
  const client = await outerClient(state, progress);
  const container = state.containerId ?? state.containerName;
  if (client && container) {
    await attempt(progress, 'removing the dind container', () =>
      removeContainer(client, container, state, options, progress),
    );
    await attempt(progress, 'removing its volumes', async () => {
      for (const volume of await client.volumesLabelled(`${LABEL_INSTANCE}=${state.id}`)) {
        await client.removeVolume(volume);
        progress.removed.push(`volume ${volume}`);
      }
    });
  }
  if (client && state.createdNetwork) {
    await attempt(progress, `removing the network ${state.createdNetwork}`, () =>
      removeOurNetwork(client, state.createdNetwork!, state.id, progress),
    );
  }
  const summary = progress.removed.length ? `removed ${progress.removed.join(', ')}` : 'no dind container was left';
  logger.debug(`dind teardown: ${summary}`);
  const { stoppedEarly, warnings } = progress;
  return {
    summary,
    warnings,
    stoppedEarly,
    daemonDied: stoppedEarly !== undefined,
    nothingFound: progress.removed.length === 0,
  };
}

/** The outer engine as main reached it (mutual TLS with its client files, when it used them). */
async function outerClient(state: DindState, progress: Progress): Promise<EngineClient | undefined> {
  if (!state.outerEngine) return undefined;
  try {
    return new EngineClient(await outerEndpoint(state.outerEngine, state.outerEngineCertPath));
  } catch (error) {
    progress.warnings.push(`reaching the outer engine: ${describeError(error)}`);
    return undefined;
  }
}

async function removeContainer(
  client: EngineClient,
  container: string,
  state: DindState,
  options: StopOptions,
  progress: Progress,
): Promise<void> {
  const info = await client.inspectContainer(container);
  if (!info || info.Config.Labels?.[LABEL_INSTANCE] !== state.id) return;
  if (!info.State.Running && state.answered)
    progress.stoppedEarly = `The dind container ${info.Name.replace(/^\//, '')}`;
  // A graceful stop: a named dind-volume outlives the job and should be left consistent.
  await client.stopContainer(info.Id, Math.ceil((options.stopTimeoutMs ?? 10_000) / 1000));
  const log = await client.containerLogs(info.Id).catch((error: Error) => `(unreadable: ${error.message})`);
  await fs.writeFile(dindLogFile(state.workDir), log, { mode: 0o600 }).catch(() => undefined);
  await client.removeContainer(info.Id);
  progress.removed.push(`container ${info.Name.replace(/^\//, '')} with its anonymous volumes`);
}

/** Only a network carrying our label; containers still on it (services of the job) are disconnected. */
async function removeOurNetwork(client: EngineClient, name: string, id: string, progress: Progress): Promise<void> {
  const network = await client.inspectNetwork(name);
  if (!network || network.Labels?.[LABEL_INSTANCE] !== id) return;
  for (const member of Object.keys(network.Containers ?? {})) await client.disconnectNetwork(network.Id, member);
  await client.removeNetwork(network.Id);
  progress.removed.push(`network ${name}`);
}
