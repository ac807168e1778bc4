import { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DockerTlsError } from '../core/errors.js';
import { markerOf } from '../core/naming.js';
import { type InstanceState, parseState } from '../core/state.js';
import { writeFileAtomic } from '../host/files.js';
import { problemsOfSavedState } from './state-check.js';

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
export function callbackStore(save: (state: InstanceState) => void): StateStore {
  return { save, remove: async () => undefined };
}

/** `<stateDir>/dtls-<id>.state.json`: next to the work directory, outside it. */
export function stateFileFor(stateDir: string, id: string): string {
  return join(stateDir, `${markerOf(id)}.state.json`);
}

/** Each state written to its file in order (0600, never through a symlink); `written` waits for the last. */
export function fileStore(stateDir: string): StateStore & { written(): Promise<string> } {
  let file: string | undefined;
  let pending = Promise.resolve();
  return {
    save: (state) => {
      const path = (file = stateFileFor(stateDir, state.id));
      pending = pending.then(() =>
        writeFileAtomic(path, JSON.stringify(state, null, 2) + '\n', 0o600).then(() => undefined),
      );
    },
    written: async () => {
      await pending;
      return file!;
    },
    remove: async () => {
      await pending.catch(() => undefined);
      if (file) await fs.rm(file, { force: true });
    },
  };
}

/** The store of a state read back from `file` (`docker-tls down`, the library's stopDaemon). */
export function existingFileStore(file: string): StateStore {
  return { save: () => undefined, remove: () => fs.rm(file, { force: true }) };
}

/** The state in a file that `fileStore` wrote, checked; undefined when the file does not exist. */
export async function readStateFile(stateFile: string): Promise<InstanceState | undefined> {
  let text: string;
  try {
    text = await fs.readFile(stateFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let state: InstanceState | undefined;
  try {
    state = parseState(text);
  } catch (error) {
    throw new DockerTlsError(
      `${stateFile} is not a state file of docker-tls up or the library (${(error as Error).message}).`,
    );
  }
  if (!state)
    throw new DockerTlsError(
      `${stateFile} is not a state file of docker-tls up or the library (missing id or workDir).`,
    );
  // up keeps the state file next to the work directory it made, in --state-dir: paths elsewhere
  // are not ours to stop or remove.
  const problems = problemsOfSavedState(state, dirname(resolve(stateFile)));
  if (problems.length > 0) {
    throw new DockerTlsError(
      `${stateFile} is not a state file that docker-tls up or the library writes (${problems.join('; ')}); nothing was stopped or removed.`,
    );
  }
  return state;
}
