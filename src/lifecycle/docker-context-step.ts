import {
  type DockerContextOptions,
  contextMarker,
  createDockerContext,
  listContexts,
  removeDockerContext,
} from '../context.js';
import { DockerTlsError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { StartedInstance } from './start.js';
import type { InstanceState } from './state.js';

export interface ContextRequest {
  /** The name asked for (`docker-tls` when empty); `none` for no context. */
  name: string;
  /** The docker CLI's environment (DOCKER_CONFIG chooses the store); default process.env. */
  options?: DockerContextOptions;
  /**
   * Asked for by name (`up --context`): a failure fails the start. The action's context is there by
   * default, for buildx: a failure to make it is a warning, and the daemon stays.
   */
  required?: boolean;
}

const cliMissing = (error: unknown) =>
  error instanceof DockerTlsError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/**
 * Makes the docker context once the daemon answers: its marker is recorded before it is made, so
 * that teardown finds it even if the start stops in between, and its name once it exists. Without
 * a docker CLI there is nothing to make a context for: a warning, not a failure.
 */
export async function addDockerContext(
  started: StartedInstance,
  request: ContextRequest,
  save: (state: InstanceState) => void,
  logger: Logger,
): Promise<StartedInstance> {
  const marker = contextMarker(started.state.id);
  let state: InstanceState = { ...started.state, context: { marker } };
  save(state);
  try {
    const { certs } = started;
    const endpoint = {
      dockerHost: started.dockerHost,
      caPath: certs.clientCa,
      certPath: certs.clientCert,
      keyPath: certs.clientKey,
    };
    const created = await createDockerContext(request.name, state.id, endpoint, request.options);
    if (!created) return { ...started, state };
    state = { ...state, context: { marker, name: created.name } };
    save(state);
    logger.info(`docker context ${created.name} (not made current): docker --context ${created.name} …`);
    return { ...started, state, dockerContext: created.name };
  } catch (error) {
    if (request.required && !cliMissing(error)) throw error;
    logger.warning(
      `No docker context was made, so buildx cannot reach this daemon: ${describeError(error)}\n` +
        'Check that $DOCKER_CONFIG (default ~/.docker) is writable by this user, or set the context input to "none".',
    );
    return { ...started, state };
  }
}

/** Removes every context that carries this instance's marker. Never throws: says what it did. */
export async function removeDockerContextsOf(state: InstanceState, options?: DockerContextOptions): Promise<string[]> {
  if (!state.context) return [];
  const { marker } = state.context;
  let names: string[];
  try {
    const contexts = await listContexts(options);
    names = [...contexts].filter(([, description]) => description.startsWith(`${marker}:`)).map(([name]) => name);
  } catch (error) {
    return cliMissing(error) ? [] : [`could not list docker contexts: ${(error as Error).message}`];
  }
  const details: string[] = [];
  for (const name of names) details.push((await removeDockerContext({ name, marker }, options)).detail);
  return details;
}
