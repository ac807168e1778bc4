import { promises as fs } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parsePath } from '../config.js';
import { DockerTlsError } from '../errors.js';
import { problemsOfSavedState } from '../lifecycle/engines.js';
import { type InstanceState, parseState } from '../lifecycle/state.js';
import { UsageError } from './usage.js';

/** The state file named by --state or DOCKER_TLS_STATE (which `eval "$(docker-tls up)"` sets). */
export function stateFileOf(given: string | undefined, usage: string): string {
  const file = given ?? process.env.DOCKER_TLS_STATE;
  if (!file) throw new UsageError('No state file: pass --state FILE or set DOCKER_TLS_STATE.', usage);
  // Echoed in messages, and a path: control characters are refused like any path input's.
  return parsePath(file, given === undefined ? 'DOCKER_TLS_STATE' : '--state');
}

/** The state in the file, or undefined when the file does not exist. */
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
    throw new DockerTlsError(`${stateFile} is not a state file of docker-tls up (${(error as Error).message}).`);
  }
  if (!state) throw new DockerTlsError(`${stateFile} is not a state file of docker-tls up (missing id or workDir).`);
  // up keeps the state file next to the work directory it made, in --state-dir: paths elsewhere
  // are not ours to stop or remove.
  const problems = problemsOfSavedState(state, dirname(resolve(stateFile)));
  if (problems.length > 0) {
    throw new DockerTlsError(
      `${stateFile} is not a state file that docker-tls up writes (${problems.join('; ')}); nothing was stopped or removed.`,
    );
  }
  return state;
}
