import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { InputError } from './errors.js';
import { parseDuration } from './duration.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM, parseKeyAlgorithm } from './pki/algorithms.js';
import { type SubjectAltName, parseSanList } from './san.js';

/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
export const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };

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
export function parseCertificateOptions(raw: RawCertificateOptions, names = CERT_INPUT_NAMES): CertificateOptions {
  return {
    keyAlgorithm: raw.keyAlgorithm ? parseKeyAlgorithm(raw.keyAlgorithm, names.keyAlgorithm) : DEFAULT_KEY_ALGORITHM,
    validityMs: parseDuration(names.validity, raw.validity || '6h', CERT_VALIDITY_BOUNDS),
    serverSans: parseSanList(raw.sans ?? [], names.sans),
  };
}

/** The action's input names; the CLI passes its flag names so messages say what the user typed. */
export const CERT_INPUT_NAMES = { keyAlgorithm: 'key-algorithm', validity: 'cert-validity', sans: 'tls-san' };

export const MODES = ['dockerd'] as const;
export type Mode = (typeof MODES)[number];

/** Keys of daemon.json that would undo or redirect what this action guarantees. */
export const PROTECTED_DAEMON_KEYS = ['hosts', 'tls', 'tlsverify', 'tlscacert', 'tlscert', 'tlskey'] as const;
const STARTUP_TIMEOUT_BOUNDS = { minMs: 1000, maxMs: 30 * 60_000, example: '60s' };

export interface DaemonOptions extends CertificateOptions {
  mode: Mode;
  /** Address dockerd binds its TCP socket to. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Where the certificates go; undefined for a new directory of our own. */
  certDir?: string;
  daemonConfig: Record<string, unknown>;
  startupTimeoutMs: number;
  exportEnv: boolean;
}

export interface RawDaemonOptions extends RawCertificateOptions {
  mode?: string;
  host?: string;
  port?: string;
  certDir?: string;
  daemonConfig?: string;
  startupTimeout?: string;
  exportEnv?: string;
}

export function parseMode(raw: string): Mode {
  const value = raw.trim().toLowerCase();
  if ((MODES as readonly string[]).includes(value)) return value as Mode;
  if (value === 'dind' || value === 'certs') {
    throw new InputError(
      'mode',
      raw,
      `mode ${value} is not available yet; use dockerd (a daemon on the runner)`,
      'dockerd',
    );
  }
  throw new InputError('mode', raw, `unknown mode; use one of ${MODES.join(', ')}`, 'dockerd');
}

export function parseHost(raw: string): string {
  const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
  if (isIP(value)) return value;
  if (value.toLowerCase() === 'localhost') return '127.0.0.1';
  throw new InputError(
    'host',
    raw,
    'the bind address must be an IPv4 or IPv6 address of this machine (0.0.0.0 or :: for all)',
    '127.0.0.1',
  );
}

export function parsePort(raw: string): number {
  const value = raw.trim();
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new InputError('port', raw, 'must be a whole number from 0 to 65535 (0 picks a free port)', '2376');
  }
  return port;
}

export function parseBoolean(input: string, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(input, raw, 'must be true or false', 'true');
}

export function parseDaemonConfig(raw: string): Record<string, unknown> {
  const text = raw.trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError('daemon-config', raw, `not valid JSON (${(error as Error).message})`, '{"debug": true}');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError('daemon-config', raw, 'must be a JSON object of daemon.json settings', '{"debug": true}');
  }
  const refused = Object.keys(parsed).filter((key) => (PROTECTED_DAEMON_KEYS as readonly string[]).includes(key));
  if (refused.length > 0) {
    throw new InputError(
      'daemon-config',
      raw,
      `${refused.join(', ')} cannot be set here: the action sets them to keep the daemon behind mutual TLS (use the host, port and tls-san inputs instead)`,
      '{"debug": true, "log-level": "warn"}',
    );
  }
  return parsed as Record<string, unknown>;
}

/** Validates every input before anything is created, so a typo never leaves half a set-up behind. */
export function parseDaemonOptions(raw: RawDaemonOptions): DaemonOptions {
  return {
    ...parseCertificateOptions(raw),
    mode: parseMode(raw.mode || 'dockerd'),
    host: parseHost(raw.host || '127.0.0.1'),
    port: parsePort(raw.port || '2376'),
    certDir: raw.certDir?.trim() ? resolve(raw.certDir.trim()) : undefined,
    daemonConfig: parseDaemonConfig(raw.daemonConfig ?? ''),
    startupTimeoutMs: parseDuration('startup-timeout', raw.startupTimeout || '60s', STARTUP_TIMEOUT_BOUNDS),
    exportEnv: parseBoolean('export-env', raw.exportEnv || 'true'),
  };
}
