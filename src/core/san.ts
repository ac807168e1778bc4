import ipaddr from 'ipaddr.js';
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
  if (kind !== 'dns' && parseIpAddress(unbracketed)) return { type: 'ip', value: unbracketed };
  const zoned = /^([^%]+)(%.*)$/.exec(unbracketed);
  if (kind !== 'dns' && zoned && parseIpAddress(zoned[1])?.kind() === 'ipv6') {
    const problem = `an IPv6 zone names an interface of one machine and cannot go in a certificate: leave out ${JSON.stringify(zoned[2])}`;
    throw new InputError(input, raw, problem, EXAMPLE);
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
    const key = `${san.type}:${san.type === 'ip' ? (normalizedIp(san.value) ?? san.value) : san.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatSan(san: SubjectAltName): string {
  return `${san.type === 'ip' ? 'IP' : 'DNS'}:${san.value}`;
}

/**
 * An IPv4 address in four decimal parts, or an IPv6 address in RFC 4291's text forms, without a
 * zone; undefined for anything else. Parsed by ipaddr.js, with three of its leniencies closed:
 * IPv4 in inet_aton's forms (`010.0.0.1` is 8.0.0.1 there, `1.2.3` is 1.2.0.3), a zone (`%eth0`),
 * and the IPv4 part of an IPv6 address (see embeddedIpv4).
 */
export function parseIpAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return ipaddr.IPv4.parse(text);
  if (text.includes('%') || !ipaddr.IPv6.isValid(text)) return undefined;
  const last = text.slice(text.lastIndexOf(':') + 1);
  return last.includes('.') ? embeddedIpv4(text, last) : ipaddr.IPv6.parse(text);
}

/**
 * An IPv6 address whose last 32 bits are written as a dotted quad. ipaddr.js accepts that quad
 * with leading zeros or in hex, and reads `::a.b.c.d` (IPv4-compatible, RFC 4291 2.5.5.1) as
 * `::ffff:a.b.c.d`, another address; so it reads the head here, with the quad as `0:0`, and the
 * quad apart.
 */
function embeddedIpv4(text: string, quad: string): ipaddr.IPv6 | undefined {
  if (!ipaddr.IPv4.isValidFourPartDecimal(quad)) return undefined;
  const head = `${text.slice(0, -quad.length)}0:0`;
  if (!ipaddr.IPv6.isValid(head)) return undefined;
  const bytes = [...ipaddr.IPv6.parse(head).toByteArray().slice(0, 12), ...ipaddr.IPv4.parse(quad).toByteArray()];
  return ipaddr.fromByteArray(bytes) as ipaddr.IPv6;
}

/**
 * IPv4 as a dotted quad, IPv6 as eight hex groups (`0:0:0:0:0:ffff:a00:1`): one spelling per
 * address, without a dotted quad in IPv6; undefined for what parseIpAddress refuses.
 */
export function normalizedIp(address: string): string | undefined {
  const parsed = parseIpAddress(address);
  return parsed?.kind() === 'ipv6' ? (parsed as ipaddr.IPv6).toNormalizedString() : parsed?.toString();
}
