import { DockerTlsError } from '../errors.js';
import { formatEnvironment, parseEnvFormat } from './env-format.js';
import { ENV_USAGE } from './help.js';
import { readStateFile, stateFileOf } from './state-file.js';
import { parseFlags } from './usage.js';

/** `docker-tls env`: the environment `up` printed, again, from the state file. */
export async function envCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parseFlags(args, { state: { type: 'string' }, format: { type: 'string' } }, ENV_USAGE);
  const format = parseEnvFormat(values.format, ENV_USAGE);
  const stateFile = stateFileOf(values.state, ENV_USAGE);
  const state = await readStateFile(stateFile);
  if (!state) throw new DockerTlsError(`${stateFile} does not exist: the daemon is down.`, 'Start one: docker-tls up');
  if (!state.environment) {
    throw new DockerTlsError(
      `${stateFile} holds no environment: that daemon never became ready.`,
      'Run docker-tls down to clean up, then docker-tls up again.',
    );
  }
  const env = { ...state.environment, DOCKER_TLS_STATE: stateFile };
  for (const line of formatEnvironment(env, format, { context: state.context?.name })) out(line);
}
