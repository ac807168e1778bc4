import { randomBytes } from 'node:crypto';

/**
 * The one naming rule: everything an instance makes carries `dtls-<id>` (its work directory,
 * exec-root, bridge, containerd namespace, state file), so that teardown, the crash sweep and a
 * person reading `ip link` or `ps` can tell what is ours.
 *
 * Why `dtls-` and not a longer name: the bridge is named after the instance, and Linux limits
 * interface names to 15 characters; `docker-tls-` with the 8 hex digits of the id would need 19.
 * `dtls-` (13 in all) can be misread as Datagram TLS, so every bridge also carries an alias naming
 * docker-tls-action (see network/bridge.ts), which `ip link` prints under it. Changing the prefix
 * would also hide leftovers of earlier versions from the crash sweep, which finds them by it.
 */
export const INSTANCE_PREFIX = 'dtls-';

/** Our iptables chains: the prefix in capitals, as chains are, so they stand apart from interfaces. */
export const CHAIN_PREFIX = INSTANCE_PREFIX.toUpperCase();

const ID = /^[0-9a-f]{8}$/;
const MARKER = new RegExp(`^${INSTANCE_PREFIX}([0-9a-f]{8})$`);

/** A fresh id: 8 hex digits, random enough that two instances on one machine never share one. */
export function newInstanceId(): string {
  return randomBytes(4).toString('hex');
}

export function isInstanceId(id: string): boolean {
  return ID.test(id);
}

/** `dtls-<id>`: the name of the instance's bridge and part of every path it makes. */
export function markerOf(id: string): string {
  return `${INSTANCE_PREFIX}${id}`;
}

/** The id in a name made by `markerOf`; undefined for any other name. */
export function idOfMarker(name: string): string | undefined {
  return MARKER.exec(name)?.[1];
}

/**
 * How a docker context is known as ours: its description names the project and the instance that
 * made it. Another instance's context, or a user's, never carries this instance's id.
 */
export function contextMarker(instanceId: string): string {
  return `docker-tls-action instance ${instanceId}`;
}
