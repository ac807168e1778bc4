// Ports: of a DOCKER_HOST, and free ones for daemons the tests start themselves.
import { createServer } from 'node:net';

/** The port of a tcp://host:port DOCKER_HOST (IPv6 in brackets). */
export function portOf(dockerHost: string): number {
  return Number(new URL(dockerHost.replace(/^tcp:/, 'http:')).port);
}

/** A port nothing listens on now, as the kernel picks it. */
export async function freePort(host: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.listen(0, host, resolve).on('error', reject));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
