import { type InstanceState } from '../core/state.js';
import type { Engine } from '../engines/engine.js';
/**
 * A saved state is read back by post, `docker-tls down` and `env`, and the library's stopDaemon,
 * which then kill and `rm -rf` as root what it names, or print it for a shell to eval. Anyone who
 * can write the state (a step of the job, a user who can write the CLI's state file, a caller of the
 * library) could otherwise aim that at any process or path: before anything is touched, every field
 * must be what main would have written, and a state file must be safe from other users. An empty
 * id, for one, would make the marker match every instance on the machine.
 */
/** `<tempDir>/dtls-<id>`: where main makes the work directory. */
export declare function isWorkDirOf(workDir: string, id: string, tempDir: string): boolean;
/** Absolute, normalised (no `..`, no `//`), without control characters. */
export declare function isCleanAbsolute(path: unknown): path is string;
/**
 * Why a saved state may not be torn down: every field checked against what main writes, the
 * shared ones against `tempDir` (the parent main made its work directory in), the rest against its
 * mode's engine. Empty when it is what main would have written.
 */
export declare function problemsOfSavedState(state: InstanceState, tempDir: string, engine?: Engine): string[];
export interface StateSource {
    /** The record as text (the runner's state, a file), or as an object (the library). */
    record: string | object;
    /** Where main made its work directory: RUNNER_TEMP, the state file's directory, --state-dir. */
    tempDir: string;
    /** The file it was read from, when it was. */
    file?: string;
    /** What is said of it when it is refused: "The saved state is not one the main step writes". */
    refusal: string;
}
/**
 * The one check every reader of a saved state makes (post, `down`, `env`, stopDaemon): the file,
 * then every field. Undefined for a record that names nothing to remove; a StateError naming every
 * problem, with nothing touched, for one that is not what main wrote.
 */
export declare function checkSavedState(source: StateSource): Promise<InstanceState | undefined>;
