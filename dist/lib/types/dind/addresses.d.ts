import type { SubjectAltName } from '../san.js';
import type { ContainerInfo } from './engine-client.js';
/**
 * The IP addresses the engine gave the container on each of its networks (IPv4 and IPv6): a
 * client that reaches the dind daemon by address, on dind-network or a job's network, verifies
 * the server certificate only when it names them. The engine assigns them when it starts the
 * container, so this reads an inspect made after start.
 */
export declare function containerAddressSans(info: ContainerInfo): SubjectAltName[];
