import { type FieldChecks, type InstanceState } from '../../core/state.js';
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
/**
 * The dind engine's fields of a saved state, each as launch.ts records them: the container named
 * after the instance, a full container id, a Docker network name, an outer engine endpoint.
 * Teardown also removes only a container and a network that carry the instance's label, so a
 * forged state reaches no one else's.
 */
export declare const DIND_STATE_FIELDS: FieldChecks<DindState>;
