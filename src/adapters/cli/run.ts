import { DockerTlsError, describeError } from '../../core/errors.js';
import { CERTS_USAGE, DOCTOR_USAGE, DOWN_USAGE, ENV_USAGE, UP_USAGE, USAGE } from './usage.js';

/** A command returns its exit code, or nothing for 0; it throws for 1 (2 for bad usage or input). */
type Command = (args: string[], out: (line: string) => void) => Promise<number | void>;

/**
 * Each verb is imported only when it runs: `certs` never loads the daemon code, `--help` loads no
 * verb at all (scripts/cli-imports test checks both on the sources).
 */
const COMMANDS: Record<string, { usage: string; load: () => Promise<Command> }> = {
  up: { usage: UP_USAGE, load: async () => (await import('./up.js')).upCommand },
  env: { usage: ENV_USAGE, load: async () => (await import('./env.js')).envCommand },
  down: { usage: DOWN_USAGE, load: async () => (await import('./down.js')).downCommand },
  certs: { usage: CERTS_USAGE, load: async () => (await import('./certs.js')).certsCommand },
  doctor: { usage: DOCTOR_USAGE, load: async () => (await import('./doctor.js')).doctorCommand },
};

/** Runs one CLI invocation and returns the exit code: 0 done, 1 failed, 2 bad usage or input. */
export async function runCli(
  argv: string[],
  out = (line: string) => console.log(line),
  err = (line: string) => console.error(line),
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? out : err)(USAGE);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    err(`docker-tls: unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out(command.usage);
    return 0;
  }
  try {
    return (await (await command.load())(args, out)) ?? 0;
  } catch (error) {
    err(`docker-tls ${name}: ${describeError(error)}`);
    if (error instanceof DockerTlsError && error.badInput) return 2;
    if (!(error instanceof DockerTlsError) && error instanceof Error && error.stack) err(error.stack);
    return 1;
  }
}
