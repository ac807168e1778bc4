import ipaddr from 'ipaddr.js';
import { type Privilege, runAsRoot } from '../privilege.js';

/** An IPv4 network: its first address as an unsigned 32-bit number and its prefix length. */
export interface Ipv4Net {
  base: number;
  bits: number;
}

// Parsing and containment go through ipaddr.js; the plan's arithmetic (subnetAt) stays on the
// unsigned number, which ipaddr.js has no operation for.

/** `a.b.c.d` as an unsigned number; undefined for anything else (no leading zeros, each octet <= 255). */
export function parseAddress(address: string): number | undefined {
  // Four decimal parts only: ipaddr.js's parse also takes inet_aton's forms (010 = 8, 1.2.3, 0x0a).
  return ipaddr.IPv4.isValidFourPartDecimal(address) ? toNumber(ipaddr.IPv4.parse(address)) : undefined;
}

function toNumber(address: ipaddr.IPv4): number {
  return address.octets.reduce((acc, octet) => acc * 256 + octet, 0);
}

function toIpaddr(value: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff));
}

export function formatAddress(value: number): string {
  return toIpaddr(value).toString();
}

/** `a.b.c.d/n` (or a bare address, read as /32), normalised to its network address. */
export function parseCidr(cidr: string): Ipv4Net | undefined {
  const withPrefix = cidr.includes('/') ? cidr : `${cidr}/32`;
  // ipaddr.js reads the prefix with parseInt, so `/08` would pass as 8: the same address has one spelling.
  if (!/\/(0|[1-9]\d?)$/.test(withPrefix) || !ipaddr.IPv4.isValidCIDRFourPartDecimal(withPrefix)) return undefined;
  const bits = ipaddr.IPv4.parseCIDR(withPrefix)[1];
  return { base: toNumber(ipaddr.IPv4.networkAddressFromCIDR(withPrefix)), bits };
}

export function formatCidr(net: Ipv4Net): string {
  return `${formatAddress(net.base)}/${net.bits}`;
}

/** Two networks overlap exactly when one contains the other. */
export function overlaps(a: Ipv4Net, b: Ipv4Net): boolean {
  return toIpaddr(a.base).match(toIpaddr(b.base), Math.min(a.bits, b.bits));
}

export function contains(outer: Ipv4Net, inner: Ipv4Net): boolean {
  return outer.bits <= inner.bits && overlaps(outer, inner);
}

/** The `index`-th subnet of `bits` bits inside `net` (index 0 is the first). */
export function subnetAt(net: Ipv4Net, bits: number, index: number): Ipv4Net {
  return { base: (net.base + index * 2 ** (32 - bits)) >>> 0, bits };
}

/** A network the host knows, with the device it is on when the line names one. */
export interface HostNetwork {
  net: Ipv4Net;
  device?: string;
}

/** `ip route` lines may start with a route type before the destination. */
const ROUTE_TYPES = new Set([
  'local',
  'broadcast',
  'unicast',
  'multicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'anycast',
  'nat',
]);

/**
 * Every IPv4 network the host knows, from the output of `ip -4 -o route show table all` followed by
 * `ip -4 -o addr show`. Route lines start with their destination (after an optional type); address
 * lines start with "N: ifname" and hold "inet a.b.c.d/n". Addresses count as well as routes because
 * a link that is down has its address but no prefix route: a bridge of another instance that is not
 * up yet still occupies its subnet. Default routes (0.0.0.0/0) say nothing about what is taken.
 */
export function parseHostNetworks(output: string): HostNetwork[] {
  const nets: HostNetwork[] = [];
  for (const line of output.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (/^\d+:$/.test(words[0])) {
      const inet = words.indexOf('inet');
      const net = inet >= 0 ? parseCidr(words[inet + 1] ?? '') : undefined;
      // "93: dtls-1234abcd    inet ...": the device follows the index; a VLAN shows as "eth0.5@eth0".
      if (net) nets.push({ net, device: words[1].split('@')[0] });
      continue;
    }
    const destination = ROUTE_TYPES.has(words[0]) ? words[1] : words[0];
    const net = destination && destination !== 'default' ? parseCidr(destination) : undefined;
    const dev = words.indexOf('dev');
    if (net && net.bits > 0) nets.push(dev > 0 && words[dev + 1] ? { net, device: words[dev + 1] } : { net });
  }
  return nets;
}

/** What `ip -4 -o -batch` is given to list the host's networks (see parseHostNetworks). */
export const HOST_NETWORK_QUERIES = ['route show table all', 'addr show'];

/** The host's networks (see parseHostNetworks), read in one `ip -batch` process. */
export async function readHostNetworks(privilege: Privilege): Promise<HostNetwork[]> {
  const queries = HOST_NETWORK_QUERIES.join('\n') + '\n';
  const { stdout } = await runAsRoot(privilege, 'ip', ['-4', '-o', '-batch', '-'], 30_000, queries);
  return parseHostNetworks(stdout);
}
