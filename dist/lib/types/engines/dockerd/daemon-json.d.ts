import { type Endpoint } from '../../core/endpoint.js';
import type { AddressPool } from '../../host/network/pools.js';
/** What dockerd's configuration is made of: our paths, the listen address and the user's settings. */
export interface DaemonJsonInput {
    /** The server's CA, certificate and key files. */
    serverTls: {
        ca: string;
        cert: string;
        key: string;
    };
    socketPath: string;
    /** The TLS port's bind address and port. */
    listen: Pick<Endpoint, 'bindHost' | 'port'>;
    dataRoot: string;
    execRoot: string;
    pidFile: string;
    /** The bridge of our own, or "none" for a daemon without a default bridge. */
    bridge: string;
    /** Where the networks this daemon creates take their subnets: our block (network/pools.ts). */
    addressPools?: AddressPool[];
    /**
     * Our own containerd's socket. Without it, dockerd runs a containerd of its own, unless the
     * machine's /run/containerd/containerd.sock exists: then it uses that one.
     */
    containerdSocket?: string;
    /** `dtls-<id>`: containerd namespaces of their own. */
    marker: string;
    /** The containers' cgroup parent of our own (host/cgroups.ts), where the driver takes one. */
    cgroupParent?: string;
    /** daemon-config: ours for what isolates the daemon from others, theirs for the rest, TLS enforced. */
    userConfig: Record<string, unknown>;
}
/** Published ports bind to the daemon's own address (dockerd's `ip`), not every interface. */
export declare function publishedPortsAddress(bindHost: string): Record<string, string>;
/**
 * The daemon.json of the JSON-file recipe, plus what makes this daemon independent of any other on
 * the machine: its own roots, pidfile, socket, bridge, address pools and containerd. iptables,
 * ip-masq and ip-forward are off: a second dockerd managing iptables rewrites the DOCKER chains the
 * runner's daemon relies on, and turns ip_forward on for good; our own chains (network/firewall.ts)
 * and our hold of ip_forward (network/ip-forward.ts) give our networks what they need instead.
 */
export declare function buildDaemonJson(input: DaemonJsonInput): Record<string, unknown>;
/** What no daemon-config may change: mutual TLS on these files, on these hosts only. */
export declare function enforcedTls(serverTls: DaemonJsonInput['serverTls'], hosts: string[]): Record<string, unknown>;
/**
 * The plugins' containerd namespace can only be set by flag: dockerd's daemon.json field is
 * `containerd-plugin-namespace`, which its check of unknown keys refuses, while the flag's name
 * `containerd-plugins-namespace` passes that check and is then ignored (dockerd 20.10 to 28).
 */
export declare function dockerdFlags(marker: string): string[];
