import { networkInterfaces } from 'node:os';
import type { SubjectAltName } from './san.js';
/**
 * Where a daemon listens and where its clients reach it: made once, when the port is known, and
 * passed whole from there on (to the engine, the readiness poll, the refusal proof, the docker
 * context and the exported DOCKER_HOST).
 */
export interface Endpoint {
    /** The address the TLS port is bound to: one address, or 0.0.0.0 / :: for every interface. */
    bindHost: string;
    port: number;
    /** Where clients connect: the bind address, or loopback when bound to every interface. */
    clientHost: string;
    clientPort: number;
    /** `tcp://clientHost:clientPort`, the DOCKER_HOST clients are given. */
    dockerHost: string;
}
/** The one rule for binding: 0.0.0.0 and :: mean every interface, and are no destination. */
export declare function isEveryInterface(host: string): boolean;
/**
 * The endpoint of a daemon bound to `bindHost`:`port`. `client` overrides where clients connect
 * (a dind container reached by its alias on a network a job container shares with it).
 */
export declare function endpointOf(bindHost: string, port: number, client?: {
    host: string;
    port: number;
}): Endpoint;
/** `tcp://host:port` with IPv6 in brackets, as dockerd and every client expect. */
export declare function tcpUrl(host: string, port: number): string;
/**
 * The names the server certificate needs for the bind address: the address itself when it is a
 * concrete one; for every interface, every address of the machine's interfaces (as docker:dind
 * does), since a client may come by any of them. IPv6 link-local addresses are left out: they need
 * a zone (fe80::1%eth0) that a certificate cannot name.
 */
export declare function bindAddressSans(host: string, interfaces?: ReturnType<typeof networkInterfaces>): SubjectAltName[];
