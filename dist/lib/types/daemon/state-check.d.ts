import type { DockerdState } from './state.js';
/**
 * The dockerd engine's fields of a saved state, each where launch.ts puts it: files in the work
 * directory, the exec-root `/run/dtls-<id>` or `/tmp/dtls-<id>`, the bridge named after the
 * instance, pids that are positive integers. Run after the fields every engine shares were checked.
 */
export declare function problemsOfDockerdState(state: DockerdState): string[];
