import { isIPv4, isIPv6 } from 'node:net';
import { InputError } from './errors.js';

export type SubjectAltName = { type: 'dns'; value: string } | { type: 'ip'; value: string };

const EXAMPLE = 'docker.example.com, 10.0.0.5, ::1, IP:192.168.1.2, DNS:*.ci.internal';
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Splits a list given as one input: commas, newlines or spaces around them; blanks dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function isDnsName(name: string): boolean {
  if (name.length > 253) return false;
  const labels = name.split('.');
  const [first, ...rest] = labels;
  // A wildcard is allowed only as the whole leftmost label, and not over a bare top-level label.
  if (first === '*') return rest.length >= 2 && rest.every((label) => LABEL.test(label));
  return labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}

/**
 * One SAN as a user writes it: a DNS name, an IPv4 or IPv6 address, optionally with docker:dind's
 * `DNS:` / `IP:` prefixes. IPv6 may come in brackets, as in a URL.
 */
export function parseSan(raw: string, input: string): SubjectAltName {
  const text = raw.trim();
  const prefixed = /^(ip|dns):(.*)$/i.exec(text);
  const kind = prefixed?.[1].toLowerCase();
  const body = (prefixed ? prefixed[2] : text).trim();
  const unbracketed = body.replace(/^\[(.*)\]$/, '$1');
  if (body === '') throw new InputError(input, raw, 'a subject alternative name cannot be empty', EXAMPLE);
  if (kind !== 'dns' && (isIPv4(unbracketed) || isIPv6(unbracketed))) {
    return { type: 'ip', value: unbracketed };
  }
  if (kind === 'ip') throw new InputError(input, raw, 'not an IPv4 or IPv6 address', EXAMPLE);
  const lower = body.toLowerCase();
  if (/^[\d.]+$/.test(lower)) throw new InputError(input, raw, 'not a valid IPv4 address', EXAMPLE);
  if (!isDnsName(lower)) {
    throw new InputError(
      input,
      raw,
      'not a valid DNS name (letters, digits and hyphens in dot-separated labels; a wildcard only as the whole first label, as in *.example.com)',
      EXAMPLE,
    );
  }
  return { type: 'dns', value: lower };
}

export function parseSanList(raw: string | readonly string[], input: string): SubjectAltName[] {
  const items = typeof raw === 'string' ? splitList(raw) : raw.flatMap(splitList);
  return items.map((item) => parseSan(item, input));
}

/** Keeps the first of each name, in order; addresses compared in their canonical form. */
export function uniqueSans(sans: readonly SubjectAltName[]): SubjectAltName[] {
  const seen = new Set<string>();
  return sans.filter((san) => {
    const key = `${san.type}:${san.type === 'ip' ? canonicalIp(san.value) : san.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Addresses here are already validated: a colon means IPv6 (no isIPv6, whose first call is slow). */
function canonicalIp(address: string): string {
  return address.includes(':') ? new URL(`http://[${address}]/`).hostname : address;
}

export function formatSan(san: SubjectAltName): string {
  return `${san.type === 'ip' ? 'IP' : 'DNS'}:${san.value}`;
}
