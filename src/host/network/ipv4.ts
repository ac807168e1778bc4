import { type Privilege, runAsRoot } from '../privilege.js';

/** An IPv4 network: its first address as an unsigned 32-bit number and its prefix length. */
export interface Ipv4Net {
  base: number;
  bits: number;
}

function maskOf(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}

/** `a.b.c.d` as an unsigned number; undefined for anything else (no leading zeros, each octet <= 255). */
export function parseAddress(address: string): number | undefined {
  const octets = address.split('.');
  if (octets.length !== 4 || !octets.every((octet) => /^(0|[1-9]\d{0,2})$/.test(octet) && Number(octet) <= 255)) {
    return undefined;
  }
  return octets.reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function formatAddress(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}

/** `a.b.c.d/n` (or a bare address, read as /32), normalised to its network address. */
export function parseCidr(cidr: string): Ipv4Net | undefined {
  const [address, prefix, ...rest] = cidr.split('/');
  const base = parseAddress(address);
  if (base === undefined || rest.length > 0) return undefined;
  if (prefix !== undefined && !/^(0|[1-9]\d?)$/.test(prefix)) return undefined;
  const bits = prefix === undefined ? 32 : Number(prefix);
  if (bits > 32) return undefined;
  return { base: (base & maskOf(bits)) >>> 0, bits };
}

export function formatCidr(net: Ipv4Net): string {
  return `${formatAddress(net.base)}/${net.bits}`;
}

/** Two networks overlap exactly when one contains the other. */
export function overlaps(a: Ipv4Net, b: Ipv4Net): boolean {
  const mask = maskOf(Math.min(a.bits, b.bits));
  return (a.base & mask) >>> 0 === (b.base & mask) >>> 0;
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

/** The host's networks (see parseHostNetworks), read in one `ip -batch` process. */
export async function readHostNetworks(privilege: Privilege): Promise<HostNetwork[]> {
  const { stdout } = await runAsRoot(
    privilege,
    'ip',
    ['-4', '-o', '-batch', '-'],
    30_000,
    'route show table all\naddr show\n',
  );
  return parseHostNetworks(stdout);
}
