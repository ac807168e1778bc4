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
export declare const INSTANCE_PREFIX = "dtls-";
/** Our iptables chains: the prefix in capitals, as chains are, so they stand apart from interfaces. */
export declare const CHAIN_PREFIX: string;
/** A fresh id: 8 hex digits, random enough that two instances on one machine never share one. */
export declare function newInstanceId(): string;
export declare function isInstanceId(id: string): boolean;
/** `dtls-<id>`: the name of the instance's bridge and part of every path it makes. */
export declare function markerOf(id: string): string;
/** The id in a name made by `markerOf`; undefined for any other name. */
export declare function idOfMarker(name: string): string | undefined;
/**
 * How a docker context is known as ours: its description names the project and the instance that
 * made it. Another instance's context, or a user's, never carries this instance's id.
 */
export declare function contextMarker(instanceId: string): string;
