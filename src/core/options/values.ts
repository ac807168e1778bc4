import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { parseIpAddress } from '../san.js';
import { hasControlCharacter } from '../text.js';

// The parsers of single values: each takes the raw text and the name the user knows the option
// by, and throws an InputError naming both, with an example of a good value.

/** true/false as a workflow or a shell writes them: true, yes, 1, on; false, no, 0, off. */
export function parseBoolean(input: string, raw: string): boolean {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(input, raw, 'must be true or false', 'true');
}

export function parseHost(raw: string, input: string): string {
  const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
  // The same strict reading as the certificate's names (san.ts): the address is one of them.
  if (parseIpAddress(value)) return value;
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

/**
 * A docker context for clients that do not read DOCKER_HOST/DOCKER_CERT_PATH (buildx): its name,
 * or `none` for none. The action makes `docker-tls` by default; the CLI and the library only when asked.
 */
export const DEFAULT_CONTEXT_NAME = 'docker-tls';
export const NO_CONTEXT = 'none';
const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;

/** The context name asked for, or undefined for `none`. */
export function parseContextName(raw: string, input: string): string | undefined {
  const value = raw.trim() || DEFAULT_CONTEXT_NAME;
  if (value === NO_CONTEXT) return undefined;
  if (!CONTEXT_NAME.test(value) || value === 'default') {
    throw new InputError(
      input,
      value,
      'a docker context name starts with a letter or digit and holds only letters, digits, "_", ".", "+" and "-" ("default" is the CLI\'s own)',
      `${DEFAULT_CONTEXT_NAME}, ci-docker, or none`,
    );
  }
  return value;
}
