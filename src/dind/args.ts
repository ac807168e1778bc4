import { InputError } from '../errors.js';

const EXAMPLE = '--mtu=1400 --log-level=warn';

/** dockerd shorthand flags that take a value: the rest of a cluster after one of them is that value. */
const SHORTHANDS_WITH_VALUE = new Set(['b', 'G', 'g', 'H', 'l', 'p']);

/** Why an argument is refused, or undefined when it may be passed to the dind daemon. */
export function refusedDindArg(arg: string): string | undefined {
  const name = arg.split('=')[0];
  if (name === '--host' || name.startsWith('--tls')) return name;
  if (arg.startsWith('-') && !arg.startsWith('--')) {
    // A cluster such as -DH or -Htcp://…: pflag reads each letter as a flag until one takes a value.
    for (const letter of arg.slice(1)) {
      if (letter === 'H') return '-H';
      if (SHORTHANDS_WITH_VALUE.has(letter)) break;
    }
  }
  return undefined;
}

/**
 * Splits the dind-args input (whitespace or new lines between arguments; no shell quoting) and
 * refuses what would take the daemon from behind mutual TLS: the listening addresses and the TLS
 * settings are the action's, as in daemon-config.
 */
export function parseDindArgs(raw: string): string[] {
  const args = raw.split(/\s+/).filter((arg) => arg !== '');
  const refused = [...new Set(args.map(refusedDindArg).filter((name): name is string => name !== undefined))];
  if (refused.length > 0) {
    throw new InputError(
      'dind-args',
      raw,
      `${refused.join(', ')} cannot be set here: the action sets the daemon's addresses and TLS settings to keep it behind mutual TLS (use the host, port and tls-san inputs instead)`,
      EXAMPLE,
    );
  }
  return args;
}
