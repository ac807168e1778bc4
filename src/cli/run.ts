import { DockerTlsError, describeError } from '../errors.js';
import { CERTS_USAGE, certsCommand } from './certs.js';
import { DOCTOR_USAGE, doctorCommand } from './doctor.js';
import { DOWN_USAGE, downCommand } from './down.js';
import { UP_USAGE, upCommand } from './up.js';

const USAGE = `docker-tls <command> [options]

Commands:
  certs    create a throw-away CA with a server and a client certificate
  up       start a dockerd of its own behind mutual TLS; prints shell exports
  down     stop it and remove everything "up" made
  doctor   check that this machine can run "up"; explain why a client cannot reach DOCKER_HOST
Run "docker-tls <command> --help" for a command's options.`;

/** A command returns its exit code, or nothing for 0; it throws for 1 (2 for bad usage or input). */
type Command = (args: string[], out: (line: string) => void) => Promise<number | void>;

const COMMANDS: Record<string, { usage: string; run: Command }> = {
  certs: { usage: CERTS_USAGE, run: certsCommand },
  up: { usage: UP_USAGE, run: upCommand },
  down: { usage: DOWN_USAGE, run: downCommand },
  doctor: { usage: DOCTOR_USAGE, run: doctorCommand },
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
  const command = COMMANDS[name];
  if (!command) {
    err(`docker-tls: unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out(command.usage);
    return 0;
  }
  try {
    return (await command.run(args, out)) ?? 0;
  } catch (error) {
    err(`docker-tls ${name}: ${describeError(error)}`);
    if (error instanceof DockerTlsError && error.badInput) return 2;
    if (!(error instanceof DockerTlsError) && error instanceof Error && error.stack) err(error.stack);
    return 1;
  }
}
