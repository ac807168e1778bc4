import { isIP } from 'node:net';
import { parseBoolean } from './boolean-option.js';
import { resolve } from 'node:path';
import { hasControlCharacter } from './control-characters.js';
import { parseDaemonConfig } from './daemon-config.js';
import { InputError } from './errors.js';
import { parseDuration } from './duration.js';
import { type CertificateOptionNames, type OptionKey, type OptionNames } from './option-names.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM, parseKeyAlgorithm } from './pki/algorithms.js';
import { type SubjectAltName, parseSanList } from './san.js';

/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
export const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };
const STARTUP_TIMEOUT_BOUNDS = { minMs: 1000, maxMs: 30 * 60_000, example: '60s' };

/** The one set of defaults, as a user would type them; action.yml shows the same (a test compares). */
export const OPTION_DEFAULTS = {
  host: '127.0.0.1',
  port: '2376',
  sans: '',
  validity: '6h',
  keyAlgorithm: DEFAULT_KEY_ALGORITHM,
  certDir: '',
  daemonConfig: '',
  startupTimeout: '60s',
  outbound: 'true',
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

/**
 * A path a user gives (cert-dir, --state-dir, --out): absolute afterwards, and free of control
 * characters, which would forge lines wherever the path is logged.
 */
export function parsePath(raw: string, input: string): string {
  const value = raw.trim();
  if (value === '' || hasControlCharacter(value)) {
    throw new InputError(
      input,
      raw,
      value === '' ? 'a path cannot be empty' : 'a path cannot hold control characters such as a newline',
      '${{ runner.temp }}/docker-certs',
    );
  }
  return resolve(value);
}

/** How a dind container is run (mode dind; parsed by dind/options.ts, which names the inputs). */
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

export interface DaemonOptions extends CertificateOptions {
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
  /** How the adapter names these options, for the hints of errors met later. */
  names: OptionNames;
  /** How dind mode runs its container; absent in the other modes. */
  dind?: DindSettings;
}

export interface RawDaemonOptions extends RawCertificateOptions {
  host?: string;
  port?: string;
  certDir?: string;
  daemonConfig?: string;
  startupTimeout?: string;
  outbound?: string;
}

export function parseHost(raw: string, input: string): string {
  const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
  if (isIP(value)) return value;
  if (value.toLowerCase() === 'localhost') return '127.0.0.1';
  throw new InputError(
    input,
    raw,
    'the bind address must be an IPv4 or IPv6 address of this machine (0.0.0.0 or :: for all)',
    '127.0.0.1',
  );
}

export function parsePort(raw: string, input: string): number {
  const value = raw.trim();
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new InputError(input, raw, 'must be a whole number from 0 to 65535 (0 picks a free port)', '2376');
  }
  return port;
}

/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
export function parseDaemonOptions(raw: RawDaemonOptions, names: OptionNames): DaemonOptions {
  const certDir = raw.certDir?.trim();
  return {
    ...parseCertificateOptions(raw, names),
    host: parseHost(raw.host || OPTION_DEFAULTS.host, names.host),
    port: parsePort(raw.port || OPTION_DEFAULTS.port, names.port),
    certDir: certDir ? parsePath(certDir, names.certDir) : undefined,
    daemonConfig: parseDaemonConfig(raw.daemonConfig ?? '', names),
    startupTimeoutMs: parseDuration(
      names.startupTimeout,
      raw.startupTimeout || OPTION_DEFAULTS.startupTimeout,
      STARTUP_TIMEOUT_BOUNDS,
    ),
    outbound: parseBoolean(names.outbound, raw.outbound || OPTION_DEFAULTS.outbound),
    names,
  };
}

export { parseBoolean };
