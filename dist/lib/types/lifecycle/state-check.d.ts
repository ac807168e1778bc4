import type { InstanceState } from './state.js';
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
