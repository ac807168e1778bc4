import { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DockerTlsError } from '../core/errors.js';
import { markerOf } from '../core/naming.js';
import type { InstanceState } from '../core/state.js';
import { writeFileAtomic } from '../host/files.js';
import { checkSavedState } from './state-check.js';

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

/** The state in a file that `fileStore` wrote, checked (checkSavedState); undefined when there is no file. */
export async function readStateFile(file: string): Promise<InstanceState | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // up keeps the state file next to the work directory it made, in --state-dir.
  const refusal = `${file} is not a state file that docker-tls up writes`;
  const state = await checkSavedState({ record: text, tempDir: dirname(resolve(file)), file, refusal });
  if (!state) throw new DockerTlsError(`${file} is not a state file of docker-tls up (no id or work directory).`);
  return state;
}
