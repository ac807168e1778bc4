import { InputError } from '../errors.js';
import { DEFAULT_ENGINE, parseEngineEndpoint } from './engine-endpoint.js';
import { type OptionNames, spelled } from './names.js';
import { parseBoolean, parsePath } from './values.js';

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
  /** A directory with ca.pem, cert.pem and key.pem: mutual TLS to a tcp:// outer engine. */
  engineCertPath?: string;
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
  engineCertPath?: string;
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
  engineCertPath: '',
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
  const engineCertPath = parseEngineCertPath(engine, raw.engineCertPath, names);
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
    engineCertPath,
    image,
    privileged: parseBoolean(spelled(names, 'dindPrivileged'), raw.privileged?.trim() || DIND_DEFAULTS.privileged),
    network: optionalName(spelled(names, 'dindNetwork'), raw.network, 'ci-net'),
    alias,
    volume: optionalName(spelled(names, 'dindVolume'), raw.volume, 'dind-cache'),
    args: parseDindArgs(raw.args ?? '', spelled(names, 'dindArgs')),
  };
}

/**
 * The outer engine and how we reach it safely. The dind server's private key is copied into the
 * container through the engine's API when the engine cannot see our files (a tcp:// engine, a job
 * container): over plain TCP beyond this machine anyone on the path would read it. So a tcp://
 * engine needs its client files (mutual TLS, as DOCKER_CERT_PATH gives them), unless it is on
 * loopback; the files are for a tcp:// engine only.
 */
function parseEngineCertPath(engine: string, raw: string | undefined, names: OptionNames): string | undefined {
  const endpoint = parseEngineEndpoint(engine, undefined, spelled(names, 'dindEngine'));
  const certPath = raw?.trim() ? parsePath(raw, spelled(names, 'dindEngineCertPath')) : undefined;
  if (certPath && endpoint.kind !== 'tcp') {
    throw new InputError(
      spelled(names, 'dindEngineCertPath'),
      raw!,
      `it is for a tcp:// ${spelled(names, 'dindEngine')} only`,
      'the directory of ca.pem, cert.pem and key.pem of a tcp:// engine',
    );
  }
  if (endpoint.kind === 'tcp' && !certPath && !isLoopback(endpoint.host)) {
    throw new InputError(
      spelled(names, 'dindEngine'),
      engine,
      `a tcp:// outer engine beyond this machine needs mutual TLS: the dind server's key would cross the network in clear. Name the engine's client files (ca.pem, cert.pem, key.pem) with ${spelled(names, 'dindEngineCertPath')}, or use its unix:// socket`,
      'tcp://10.0.0.5:2376 with dind-engine-cert-path: /home/runner/.docker/outer',
    );
  }
  return certPath;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
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
