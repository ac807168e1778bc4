import { promises as fs } from 'node:fs';
import { DockerTlsError } from '../errors.js';
import { type InstanceState, parseState } from '../lifecycle/state.js';
import { UsageError } from './usage.js';

/** The state file named by --state or DOCKER_TLS_STATE (which `eval "$(docker-tls up)"` sets). */
export function stateFileOf(given: string | undefined, usage: string): string {
  const file = given ?? process.env.DOCKER_TLS_STATE;
  if (!file) throw new UsageError('No state file: pass --state FILE or set DOCKER_TLS_STATE.', usage);
  return file;
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
  return state;
}
