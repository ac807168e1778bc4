import { type OptionNames, setting } from '../option-names.js';
import { DockerTlsError } from '../errors.js';
import type { EngineRun } from '../lifecycle/engine.js';
import { tcpUrl } from '../network/endpoint.js';
import { type ContainerCreateRequest, dindLabels } from './container-request.js';
import { EngineApiError, type EngineClient } from './engine-client.js';
import { explainStartFailure, isUnavailableCapDrop, withoutCapDrop } from './privileged.js';
import type { DindState } from './state.js';

/** Joins `name` when it exists; otherwise creates it, labelled ours, and records that post removes it. */
export async function ensureNetwork(run: EngineRun<DindState>, client: EngineClient, name: string): Promise<void> {
  if (await client.inspectNetwork(name)) return;
  // Recorded first: a main killed during the call still leaves post the name (it checks our label).
  run.saveProgress({ createdNetwork: name });
  await client.createNetwork(name, dindLabels(run.id, 'network'));
  run.logger.info(`Created the network ${name} on the outer engine (removed in post)`);
}

/**
 * Creates the container; where the engine cannot drop CAP_SYS_RESOURCE because it never had it, again
 * without the drop (that engine's `ALL` already leaves it out). Nothing is made by a refused create.
 */
export async function createDindContainer(
  client: EngineClient,
  request: ContainerCreateRequest,
  name?: string,
): Promise<string> {
  try {
    return await client.createContainer(request, name);
  } catch (error) {
    if (!(error instanceof EngineApiError && isUnavailableCapDrop(error.engineMessage))) throw error;
    return client.createContainer(withoutCapDrop(request), name);
  }
}

/** Starts the container; the engine's refusals become errors that name the input to change. */
export async function startDindContainer(
  client: EngineClient,
  id: string,
  privileged: boolean,
  listen: { host: string; port: number },
  names: OptionNames,
): Promise<void> {
  try {
    await client.startContainer(id);
  } catch (error) {
    const explained = explainStartFailure(privileged, error);
    if (explained !== error) throw explained;
    const message = (error as { engineMessage?: string }).engineMessage ?? '';
    if (/port is already allocated|address already in use/i.test(message)) {
      throw new DockerTlsError(
        `The outer engine cannot publish the dind daemon on ${tcpUrl(listen.host, listen.port)}: the port is already in use (${message}).`,
        `Choose another port, or ${setting(names, 'port', '0')} for a free one.`,
        { cause: error, badInput: true },
      );
    }
    throw error;
  }
}
