import type { SubjectAltName } from '../san.js';
import type { ContainerInfo } from './engine-client.js';

/**
 * The IP addresses the engine gave the container on each of its networks (IPv4 and IPv6): a
 * client that reaches the dind daemon by address, on dind-network or a job's network, verifies
 * the server certificate only when it names them. The engine assigns them when it starts the
 * container, so this reads an inspect made after start.
 */
export function containerAddressSans(info: ContainerInfo): SubjectAltName[] {
  const settings = info.NetworkSettings;
  const addresses = [
    settings.IPAddress,
    settings.GlobalIPv6Address,
    ...Object.values(settings.Networks ?? {}).flatMap((endpoint) => [endpoint.IPAddress, endpoint.GlobalIPv6Address]),
  ].filter((address): address is string => typeof address === 'string' && address !== '');
  return [...new Set(addresses)].map((value) => ({ type: 'ip', value }));
}
