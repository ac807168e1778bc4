/** Where a client reaches the daemon: 0.0.0.0 and :: are bind-all addresses, not destinations. */
export function clientAddress(bindHost: string): string {
  if (bindHost === '0.0.0.0') return '127.0.0.1';
  if (bindHost === '::') return '::1';
  return bindHost;
}

/** `tcp://host:port` with IPv6 in brackets, as dockerd and every client expect. */
export function tcpUrl(host: string, port: number): string {
  return `tcp://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
