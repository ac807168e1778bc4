import type { InstanceState } from '../core/state.js';
/**
 * A saved state is read back by post and `docker-tls down`, which then kill and `rm -rf` as root
 * what it names. Anyone who can write the state (a step of the job, a user who can write the CLI's
 * state file) could otherwise aim that at any process or path: before anything is touched, every
 * field must be what main would have written. An empty id, for one, would make the marker match
 * every instance on the machine.
 */
/** `<tempDir>/dtls-<id>`: where main makes the work directory. */
export declare function isWorkDirOf(workDir: string, id: string, tempDir: string): boolean;
/** Absolute, normalised (no `..`, no `//`), without control characters. */
export declare function isCleanAbsolute(path: string): boolean;
/** Why `state` cannot be trusted for a teardown; empty when every field lies where main puts it. */
export declare function problemsOfState(state: InstanceState, tempDir: string): string[];
/**
 * Why a saved state may not be torn down: its shared fields (checked against `tempDir`, the parent
 * main made its work directory in) and its engine's. Empty when it is what main would have written.
 */
export declare function problemsOfSavedState(state: InstanceState, tempDir: string): string[];
