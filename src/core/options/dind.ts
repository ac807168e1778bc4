import { InputError } from '../errors.js';
import { DEFAULT_ENGINE, parseEngineEndpoint } from './engine-endpoint.js';
import { type OptionNames, spelled } from './names.js';
import { parseBoolean } from './values.js';

/**
 * The official image on the major version GitHub-hosted runners run (Docker 28): a major tag takes
 * fixes without the breaking changes of a new major (Docker 29 refuses clients older than API 1.44).
 */
export const DEFAULT_DIND_IMAGE = 'docker:28-dind';
/** The dind container's name on its networks, and a name in its server certificate. */
export const DEFAULT_DIND_ALIAS = 'docker';

/** How mode dind runs its container: the action's `dind-*` inputs, `up --dind`'s flags. */
export interface DindSettings {
  /** The outer engine: `unix:///…` or `tcp://host:port`; never a DOCKER_HOST an earlier step exported. */
  engine: string;
  image: string;
  privileged: boolean;
  /** A user network of the outer engine to join (made when absent). */
  network?: string;
  alias: string;
  /** A named volume for /var/lib/docker; an anonymous one, removed in post, when absent. */
  volume?: string;
  args: string[];
}

export interface RawDindSettings {
  engine?: string;
  image?: string;
  privileged?: string;
  network?: string;
  alias?: string;
  volume?: string;
  args?: string;
}

/** The defaults as a user types them; action.yml shows the same (a test compares). */
export const DIND_DEFAULTS: Record<keyof RawDindSettings, string> = {
  engine: DEFAULT_ENGINE,
  image: DEFAULT_DIND_IMAGE,
  privileged: 'true',
  network: '',
  alias: DEFAULT_DIND_ALIAS,
  volume: '',
  args: '',
};

/** Docker's own rule for container, network and volume names. */
const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const DNS_LABEL = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

function optionalName(input: string, raw: string | undefined, example: string): string | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return undefined;
  if (!DOCKER_NAME.test(value)) {
    throw new InputError(
      input,
      value,
      'Docker names start with a letter or digit, then letters, digits, _ . -',
      example,
    );
  }
  return value;
}

/** Validates every dind setting before anything is made; errors name the options as the user knows them. */
export function parseDindSettings(raw: RawDindSettings, names: OptionNames): DindSettings {
  const engine = raw.engine?.trim() || DEFAULT_ENGINE;
  parseEngineEndpoint(engine, undefined, spelled(names, 'dindEngine'));
  const alias = raw.alias?.trim() || DEFAULT_DIND_ALIAS;
  if (!DNS_LABEL.test(alias)) {
    throw new InputError(
      spelled(names, 'dindAlias'),
      alias,
      'must be one DNS label (letters, digits, inner hyphens)',
      'docker',
    );
  }
  const image = raw.image?.trim() || DEFAULT_DIND_IMAGE;
  if (/\s/.test(image)) {
    throw new InputError(spelled(names, 'dindImage'), image, 'an image reference has no spaces', DEFAULT_DIND_IMAGE);
  }
  return {
    engine,
    image,
    privileged: parseBoolean(spelled(names, 'dindPrivileged'), raw.privileged?.trim() || DIND_DEFAULTS.privileged),
    network: optionalName(spelled(names, 'dindNetwork'), raw.network, 'ci-net'),
    alias,
    volume: optionalName(spelled(names, 'dindVolume'), raw.volume, 'dind-cache'),
    args: parseDindArgs(raw.args ?? '', spelled(names, 'dindArgs')),
  };
}

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
 * Splits dind-args (whitespace or new lines between arguments; no shell quoting) and refuses what
 * would take the daemon from behind mutual TLS: its addresses and TLS settings are ours, as in
 * daemon-config.
 */
export function parseDindArgs(raw: string, input = 'dind-args'): string[] {
  const args = raw.split(/\s+/).filter((arg) => arg !== '');
  const refused = [...new Set(args.map(refusedDindArg).filter((name): name is string => name !== undefined))];
  if (refused.length > 0) {
    throw new InputError(
      input,
      raw,
      `${refused.join(', ')} cannot be set here: the daemon's addresses and TLS settings are set for you to keep it behind mutual TLS (use the host, port and tls-san options instead)`,
      '--mtu=1400 --log-level=warn',
    );
  }
  return args;
}
