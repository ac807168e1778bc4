import { promises as fs } from 'node:fs';
import { parsePath } from '../config.js';
import { DockerTlsError } from '../errors.js';
import { dirname, resolve } from 'node:path';
import { problemsOfSavedState, teardownInstance } from '../lifecycle/engines.js';
import { type InstanceState, parseState } from '../lifecycle/state.js';
import { stderrLogger } from './logger.js';
import { UsageError, parseFlags } from './usage.js';

export const DOWN_USAGE = `docker-tls down [--state FILE] [--verbose]

Stops the daemon that "docker-tls up" started and removes everything it made. FILE defaults to
$DOCKER_TLS_STATE, which "eval \\"$(docker-tls up)\\"" sets. Running it twice is harmless.`;

export async function downCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parseFlags(args, { state: { type: 'string' }, verbose: { type: 'boolean' } }, DOWN_USAGE);
  const given = values.state ?? process.env.DOCKER_TLS_STATE;
  if (!given) throw new UsageError('No state file: pass --state FILE or set DOCKER_TLS_STATE.', DOWN_USAGE);
  const stateFile = parsePath(given, values.state === undefined ? 'DOCKER_TLS_STATE' : '--state');
  let text: string;
  try {
    text = await fs.readFile(stateFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      out(`Nothing to do: ${stateFile} does not exist (already down).`);
      return;
    }
    throw error;
  }
  const state = readState(stateFile, text);
  const report = await teardownInstance(state, stderrLogger(values.verbose ?? false));
  await fs.rm(stateFile, { force: true });
  for (const warning of report.warnings) console.error(`warning: ${warning}`);
  out(`Down: ${report.summary}`);
}

function readState(stateFile: string, text: string): InstanceState {
  let state: InstanceState | undefined;
  try {
    state = parseState(text);
  } catch (error) {
    throw new DockerTlsError(`${stateFile} is not a state file of docker-tls up (${(error as Error).message}).`);
  }
  if (!state) throw new DockerTlsError(`${stateFile} is not a state file of docker-tls up (missing id or workDir).`);
  // up keeps the state file next to the work directory it made, in --state-dir.
  const problems = problemsOfSavedState(state, dirname(resolve(stateFile)));
  if (problems.length > 0) {
    throw new DockerTlsError(
      `${stateFile} is not a state file that docker-tls up writes (${problems.join('; ')}); nothing was stopped or removed.`,
    );
  }
  return state;
}
