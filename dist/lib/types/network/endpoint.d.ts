/** Where a client reaches the daemon: 0.0.0.0 and :: are bind-all addresses, not destinations. */
export declare function clientAddress(bindHost: string): string;
/** `tcp://host:port` with IPv6 in brackets, as dockerd and every client expect. */
export declare function tcpUrl(host: string, port: number): string;
