import { networkInterfaces } from 'node:os';
import type { SubjectAltName } from '../san.js';
/** The wildcard addresses: bound to one of them, the daemon listens on every interface. */
export declare function isWildcard(host: string): boolean;
/**
 * The names the server certificate needs for the bind address: the address itself when it is a
 * concrete one; for 0.0.0.0 or ::, every address of the machine's interfaces (as docker:dind does),
 * since a client may come by any of them. IPv6 link-local addresses are left out: they need a zone
 * (fe80::1%eth0) that a certificate cannot name.
 */
export declare function bindAddressSans(host: string, interfaces?: ReturnType<typeof networkInterfaces>): SubjectAltName[];
