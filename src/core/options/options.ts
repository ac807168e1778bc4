import { InputError } from '../errors.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM, parseKeyAlgorithm } from '../pki/algorithms.js';
import { type SubjectAltName, parseSanList } from '../san.js';
import { hasControlCharacter } from '../text.js';
import { parseDaemonConfig } from './daemon-config.js';
import { DIND_DEFAULTS, type DindSettings, parseDindSettings } from './dind.js';
import { parseDuration } from './duration.js';
import { type CertificateOptionNames, type OptionKey, type OptionNames, spelled } from './names.js';
import { DEFAULT_CONTEXT_NAME, parseBoolean, parseContextName, parseHost, parsePath, parsePort } from './values.js';

/** How the daemon runs: one of ours on this machine, a dind container, or no daemon (certificates only). */
export const MODES = ['dockerd', 'dind', 'certs'] as const;
export type Mode = (typeof MODES)[number];

/**
 * The engines behind the modes: mode dockerd runs a rootful or a rootless dockerd (`rootless`), so
 * the engine a state names is one of these, not a mode.
 */
export const ENGINE_KINDS = [...MODES, 'rootless'] as const;
export type EngineKind = (typeof ENGINE_KINDS)[number];

/** The engine that runs these options: the mode's, or the rootless dockerd. */
export function engineKindOf(options: Pick<Options, 'mode' | 'rootless'>): EngineKind {
  return options.rootless ? 'rootless' : options.mode;
}

/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
export const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };
export const STARTUP_TIMEOUT_BOUNDS = { minMs: 1000, maxMs: 30 * 60_000, example: '60s' };

/** The one set of defaults, as a user would type them; action.yml shows the same (a test compares). */
export const OPTION_DEFAULTS = {
  mode: 'dockerd',
  host: '127.0.0.1',
  port: '2376',
  sans: '',
  validity: '6h',
  keyAlgorithm: DEFAULT_KEY_ALGORITHM,
  certDir: '',
  daemonConfig: '',
  startupTimeout: '60s',
  outbound: 'true',
  rootless: 'false',
  context: DEFAULT_CONTEXT_NAME,
  dindEngine: DIND_DEFAULTS.engine,
  dindEngineCertPath: DIND_DEFAULTS.engineCertPath,
  dindImage: DIND_DEFAULTS.image,
  dindPrivileged: DIND_DEFAULTS.privileged,
  dindNetwork: DIND_DEFAULTS.network,
  dindAlias: DIND_DEFAULTS.alias,
  dindVolume: DIND_DEFAULTS.volume,
  dindArgs: DIND_DEFAULTS.args,
} satisfies Record<OptionKey, string>;

export interface CertificateOptions {
  keyAlgorithm: KeyAlgorithm;
  validityMs: number;
  serverSans: SubjectAltName[];
}

export interface RawCertificateOptions {
  keyAlgorithm?: string;
  validity?: string;
  sans?: string | readonly string[];
}

/** Validates everything before anything is generated or written. */
export function parseCertificateOptions(raw: RawCertificateOptions, names: CertificateOptionNames): CertificateOptions {
  return {
    keyAlgorithm: parseKeyAlgorithm(raw.keyAlgorithm || OPTION_DEFAULTS.keyAlgorithm, names.keyAlgorithm),
    validityMs: parseDuration(names.validity, raw.validity || OPTION_DEFAULTS.validity, CERT_VALIDITY_BOUNDS),
    serverSans: parseSanList(raw.sans ?? [], names.sans),
  };
}

/** The options as the user typed them, by option; a list option may come as several values (repeated flags). */
export type RawOptions = Partial<Record<Exclude<OptionKey, 'sans'>, string>> & { sans?: string | readonly string[] };

/** Every option of a start, validated: what the adapters hand to the lifecycle. */
export interface Options extends CertificateOptions {
  mode: Mode;
  /** Address the daemon binds its TCP socket to. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Where the certificates go; undefined for a new directory of our own. */
  certDir?: string;
  daemonConfig: Record<string, unknown>;
  startupTimeoutMs: number;
  /** Containers reach networks beyond this machine (forwarding and NAT of our own); false: only each other and the host. */
  outbound: boolean;
  /** Mode dockerd as the invoking user, in rootlesskit's namespaces: no root, no sudo. */
  rootless: boolean;
  /** The docker context to make; undefined for none. */
  context?: string;
  /** How mode dind runs its container; absent in the other modes. */
  dind?: DindSettings;
  /** How the adapter names these options, for the hints of errors met later. */
  names: OptionNames;
}

/** Options that may span lines (lists, JSON); every other one is one line without control characters. */
const MULTI_LINE: ReadonlySet<OptionKey> = new Set(['sans', 'daemonConfig', 'dindArgs']);
const ALLOWED_IN_MULTI_LINE = /[\t\n\r]/g;

/**
 * No control character in any option (a newline in a multi-line one excepted): a value is echoed to
 * logs, where it could forge a line, or on a runner, a workflow command.
 */
function refuseControlCharacters(raw: RawOptions, names: OptionNames): void {
  for (const [key, value] of Object.entries(raw) as Array<[OptionKey, string | readonly string[] | undefined]>) {
    for (const text of typeof value === 'string' ? [value] : (value ?? [])) {
      const checked = MULTI_LINE.has(key) ? text.replace(ALLOWED_IN_MULTI_LINE, ' ') : text;
      if (hasControlCharacter(checked)) {
        const where = MULTI_LINE.has(key) ? 'other than line breaks and tabs ' : '';
        throw new InputError(
          spelled(names, key),
          text,
          `it holds control characters ${where}(none may appear)`,
          OPTION_DEFAULTS[key] || 'a value on one line',
        );
      }
    }
  }
}

export function parseMode(raw: string, input: string): Mode {
  const value = raw.trim().toLowerCase();
  if ((MODES as readonly string[]).includes(value)) return value as Mode;
  throw new InputError(input, raw, `unknown mode; use one of ${MODES.join(', ')}`, OPTION_DEFAULTS.mode);
}

/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
export function parseOptions(raw: RawOptions, names: OptionNames): Options {
  refuseControlCharacters(raw, names);
  const label = (key: OptionKey) => spelled(names, key);
  const mode = parseMode(raw.mode || OPTION_DEFAULTS.mode, label('mode'));
  const certDir = raw.certDir?.trim();
  const value = (key: Exclude<OptionKey, 'sans'>) => raw[key] || OPTION_DEFAULTS[key];
  const certificateNames = { keyAlgorithm: label('keyAlgorithm'), validity: label('validity'), sans: label('sans') };
  return {
    ...parseCertificateOptions(raw, certificateNames),
    mode,
    host: parseHost(value('host'), label('host')),
    port: parsePort(value('port'), label('port')),
    certDir: certDir ? parsePath(certDir, label('certDir')) : undefined,
    daemonConfig: parseDaemonConfig(raw.daemonConfig ?? '', names),
    startupTimeoutMs: parseDuration(label('startupTimeout'), value('startupTimeout'), STARTUP_TIMEOUT_BOUNDS),
    outbound: parseBoolean(label('outbound'), value('outbound')),
    rootless: parseRootless(raw, mode, names),
    context: parseContextName(value('context'), label('context')),
    dind: mode === 'dind' ? parseDindSettings(dindPart(raw), names) : undefined,
    names,
  };
}

/** Rootless is a way of running mode dockerd: with another mode it would silently mean nothing. */
function parseRootless(raw: RawOptions, mode: Mode, names: OptionNames): boolean {
  const input = spelled(names, 'rootless');
  const rootless = parseBoolean(input, raw.rootless || OPTION_DEFAULTS.rootless);
  if (rootless && mode !== 'dockerd') {
    throw new InputError(input, raw.rootless!, `it runs a dockerd of its own, which mode ${mode} does not`, 'false');
  }
  return rootless;
}

function dindPart(raw: RawOptions) {
  return {
    engine: raw.dindEngine,
    engineCertPath: raw.dindEngineCertPath,
    image: raw.dindImage,
    privileged: raw.dindPrivileged,
    network: raw.dindNetwork,
    alias: raw.dindAlias,
    volume: raw.dindVolume,
    args: raw.dindArgs,
  };
}
