import { CLIENT_VARIABLES } from '../../core/client-environment.js';
import { DockerTlsError } from '../../core/errors.js';
import { parsePath } from '../../core/options/values.js';
import { ENV_USAGE, UsageError, parseFlags } from './usage.js';
import { readStateFile } from '../../lifecycle/state-store.js';

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

export const ENV_FORMATS = ['shell', 'dotenv', 'json', 'github'] as const;
export type EnvFormat = (typeof ENV_FORMATS)[number];

export function parseEnvFormat(raw: string | undefined, usage: string): EnvFormat {
  const value = raw ?? 'shell';
  if ((ENV_FORMATS as readonly string[]).includes(value)) return value as EnvFormat;
  throw new UsageError(`--format ${JSON.stringify(value)} is not one of ${ENV_FORMATS.join(', ')}.`, usage);
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The names `up` and `env` may print: the client's variables and the state file's. */
const PRINTABLE = new Set<string>([...CLIENT_VARIABLES, 'DOCKER_TLS_STATE']);
const NAME = /^[A-Z_][A-Z0-9_]*$/;
/** A NAME=value line is read as it is by docker --env-file, and as shell words by `set -a; . file`. */
const SAFE_UNQUOTED = /^[A-Za-z0-9_./:@%+=,[\]-]*$/;

/**
 * The environment as lines in one format: `shell` for eval (values single-quoted), `dotenv` for
 * --env-file and .env readers, `github` to append to $GITHUB_ENV, `json` with `details` beside the
 * variables. Whatever the state said, only our variable names are printed, and a value that one of
 * the unquoted formats could not carry safely is refused.
 */
export function formatEnvironment(
  env: Record<string, string>,
  format: EnvFormat,
  details: Record<string, unknown> = {},
): string[] {
  const refused = Object.keys(env).filter((name) => !NAME.test(name) || !PRINTABLE.has(name));
  if (refused.length > 0)
    throw new DockerTlsError(
      `Refusing to print variables that are not ours: ${refused.map((name) => JSON.stringify(name)).join(', ')}.`,
    );
  if (format === 'json') return [JSON.stringify({ ...env, ...details }, null, 2)];
  return Object.entries(env).map(([name, value]) => {
    if (format === 'shell') return `export ${name}=${shellQuote(value)}`;
    if (!SAFE_UNQUOTED.test(value)) {
      throw new DockerTlsError(
        `${name}=${JSON.stringify(value)} cannot be printed as ${format}: a reader would split or expand it.`,
        'Use --format shell (quoted for eval) or --format json.',
      );
    }
    return `${name}=${value}`;
  });
}

/** The state file named by --state or DOCKER_TLS_STATE (which `eval "$(docker-tls up)"` sets). */
export function stateFileOf(given: string | undefined, usage: string): string {
  const file = given ?? process.env.DOCKER_TLS_STATE;
  if (!file) throw new UsageError('No state file: pass --state FILE or set DOCKER_TLS_STATE.', usage);
  // Echoed in messages, and a path: control characters are refused like any path input's.
  return parsePath(file, given === undefined ? 'DOCKER_TLS_STATE' : '--state');
}
