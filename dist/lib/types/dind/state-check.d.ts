import type { DindState } from './state.js';
/**
 * The dind engine's fields of a saved state, each as launch.ts records them: the container named
 * after the instance, a full container id, an outer engine endpoint. Teardown also removes only a
 * container and a network that carry the instance's label, so a forged state reaches no one else's.
 */
export declare function problemsOfDindState(state: DindState): string[];
