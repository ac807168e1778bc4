import { isAbsolute, normalize } from 'node:path';
import { parseEngineEndpoint } from '../../core/options/engine-endpoint.js';
import { type FieldChecks, type InstanceState, equalTo, isBoolean } from '../../core/state.js';
import { hasControlCharacter } from '../../core/text.js';
import { dindContainerName } from './container-request.js';

/** What the dind engine records beyond every engine's fields, so post removes exactly that. */
export interface DindState extends InstanceState {
  /** The outer engine the container runs on: post talks to the same one. */
  outerEngine?: string;
  /** Its client files, for mutual TLS to a tcp:// outer engine. */
  outerEngineCertPath?: string;
  /** Recorded before the create call: a main killed during it still leaves a name to remove. */
  containerName?: string;
  containerId?: string;
  /** The user network we created (never one that existed before). */
  createdNetwork?: string;
  /** Set once the daemon answered: a container found stopped after that crashed or was killed. */
  answered?: boolean;
}

const CONTAINER_ID = /^[0-9a-f]{64}$/;
const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/**
 * The dind engine's fields of a saved state, each as launch.ts records them: the container named
 * after the instance, a full container id, a Docker network name, an outer engine endpoint.
 * Teardown also removes only a container and a network that carry the instance's label, so a
 * forged state reaches no one else's.
 */
export const DIND_STATE_FIELDS: FieldChecks<DindState> = {
  outerEngine: (value) => {
    try {
      parseEngineEndpoint(String(value));
      return typeof value === 'string' && !hasControlCharacter(value) ? undefined : 'is not an endpoint';
    } catch {
      return 'is not a unix:// or tcp:// endpoint';
    }
  },
  outerEngineCertPath: (value) =>
    typeof value === 'string' && isAbsolute(value) && normalize(value) === value && !hasControlCharacter(value)
      ? undefined
      : 'is not an absolute path',
  containerName: equalTo((state) => dindContainerName(state.id)),
  containerId: (value) => (CONTAINER_ID.test(String(value)) ? undefined : 'is not a container id'),
  createdNetwork: (value) =>
    typeof value === 'string' && DOCKER_NAME.test(value) ? undefined : 'is not a Docker network name',
  answered: isBoolean,
};
