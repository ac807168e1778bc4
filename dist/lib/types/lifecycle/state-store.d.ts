import type { InstanceState } from '../core/state.js';
/**
 * Where an instance's state is kept between its start and its teardown: the runner's state for the
 * action (post reads it back), a file for the CLI and the library. The start saves after each thing
 * it makes; the teardown removes it last.
 */
export interface StateStore {
    save(state: InstanceState): void;
    /** Once the saves so far are written; the teardown's last step. */
    remove(): Promise<void>;
}
/** A store that only hands each state to `save` (the action's: the runner keeps it). */
export declare function callbackStore(save: (state: InstanceState) => void): StateStore;
/** `<stateDir>/dtls-<id>.state.json`: next to the work directory, outside it. */
export declare function stateFileFor(stateDir: string, id: string): string;
/** Each state written to its file in order (0600, never through a symlink); `written` waits for the last. */
export declare function fileStore(stateDir: string): StateStore & {
    written(): Promise<string>;
};
/** The store of a state read back from `file` (`docker-tls down`, the library's stopDaemon). */
export declare function existingFileStore(file: string): StateStore;
/** The state in a file that `fileStore` wrote, checked (checkSavedState); undefined when there is no file. */
export declare function readStateFile(file: string): Promise<InstanceState | undefined>;
