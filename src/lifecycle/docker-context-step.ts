import { contextMarker } from '../core/naming.js';
import {
  type DockerContextOptions,
  cliMissing,
  createDockerContext,
  removeContextsMarked,
} from '../host/docker-context.js';
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { ClientToBe } from './start.js';
import type { InstanceState } from '../core/state.js';

export interface ContextRequest {
  /** The name asked for (`-2`, `-3`, … appended when it is taken). */
  name: string;
  /** The docker CLI's environment (DOCKER_CONFIG chooses the store); default process.env. */
  options?: DockerContextOptions;
  /**
   * Asked for by name (`up --context`): a failure fails the start. The action's context is there by
   * default, for buildx: a failure to make it is a warning, and the daemon stays.
   */
  required?: boolean;
}

/**
 * The docker context, made while the daemon comes up (its endpoint and the client's files are
 * known by then; a roll-back removes it with the rest). Its marker is recorded before it is made,
 * so that teardown finds it even if the start stops in between, and its name once it exists.
 * Without a docker CLI there is nothing to make a context for: a warning, not a failure.
 */
export function dockerContextWhileStarting(
  request: ContextRequest,
  logger: Logger,
): (client: ClientToBe) => Promise<{ dockerContext?: string }> {
  return async (client) => {
    const marker = contextMarker(client.id);
    client.saveProgress({ context: { marker } });
    try {
      const endpoint = {
        dockerHost: client.endpoint.dockerHost,
        caPath: client.certs.clientCa,
        certPath: client.certs.clientCert,
        keyPath: client.certs.clientKey,
      };
      const created = await createDockerContext(request.name, client.id, endpoint, request.options);
      client.saveProgress({ context: { marker, name: created.name } });
      if (created.replacedLeftoverOf) {
        logger.info(
          `Replaced the docker context ${created.name} that instance ${created.replacedLeftoverOf} left: its daemon, bridge and processes are gone.`,
        );
      }
      logger.info(`docker context ${created.name} (not made current): docker --context ${created.name} …`);
      return { dockerContext: created.name };
    } catch (error) {
      if (client.signal?.aborted || (request.required && !cliMissing(error))) throw error;
      logger.warning(
        `No docker context was made, so buildx cannot reach this daemon: ${describeError(error)}\n` +
          'Check that $DOCKER_CONFIG (default ~/.docker) is writable by this user, or set the context input to "none".',
      );
      return {};
    }
  };
}

/** Removes every context that carries this instance's marker. Never throws: says what it did. */
export async function removeDockerContextsOf(state: InstanceState, options?: DockerContextOptions): Promise<string[]> {
  return state.context ? removeContextsMarked(state.context.marker, options) : [];
}
