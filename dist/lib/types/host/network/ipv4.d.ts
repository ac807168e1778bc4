import { type Privilege } from '../privilege.js';
/** An IPv4 network: its first address as an unsigned 32-bit number and its prefix length. */
export interface Ipv4Net {
    base: number;
    bits: number;
}
/** `a.b.c.d` as an unsigned number; undefined for anything else (no leading zeros, each octet <= 255). */
export declare function parseAddress(address: string): number | undefined;
export declare function formatAddress(value: number): string;
/** `a.b.c.d/n` (or a bare address, read as /32), normalised to its network address. */
export declare function parseCidr(cidr: string): Ipv4Net | undefined;
export declare function formatCidr(net: Ipv4Net): string;
/** Two networks overlap exactly when one contains the other. */
export declare function overlaps(a: Ipv4Net, b: Ipv4Net): boolean;
export declare function contains(outer: Ipv4Net, inner: Ipv4Net): boolean;
/** The `index`-th subnet of `bits` bits inside `net` (index 0 is the first). */
export declare function subnetAt(net: Ipv4Net, bits: number, index: number): Ipv4Net;
/** A network the host knows, with the device it is on when the line names one. */
export interface HostNetwork {
    net: Ipv4Net;
    device?: string;
}
/**
 * Every IPv4 network the host knows, from the output of `ip -4 -o route show table all` followed by
 * `ip -4 -o addr show`. Route lines start with their destination (after an optional type); address
 * lines start with "N: ifname" and hold "inet a.b.c.d/n". Addresses count as well as routes because
 * a link that is down has its address but no prefix route: a bridge of another instance that is not
 * up yet still occupies its subnet. Default routes (0.0.0.0/0) say nothing about what is taken.
 */
export declare function parseHostNetworks(output: string): HostNetwork[];
/** What `ip -4 -o -batch` is given to list the host's networks (see parseHostNetworks). */
export declare const HOST_NETWORK_QUERIES: string[];
/** The host's networks (see parseHostNetworks), read in one `ip -batch` process. */
export declare function readHostNetworks(privilege: Privilege): Promise<HostNetwork[]>;
