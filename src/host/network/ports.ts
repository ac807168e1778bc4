import { createServer } from 'node:net';
import { type OptionNames, setting } from '../../core/options/names.js';
import { DockerTlsError } from '../../core/errors.js';

function listenOnce(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * Port 0 becomes a free port the kernel picks; any other port is checked, so a port in use is
 * reported before anything is created rather than as a daemon that dies during start-up.
 */
export async function reservePort(host: string, port: number, names: OptionNames): Promise<number> {
  try {
    return await listenOnce(host, port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new DockerTlsError(
        `Port ${port} on ${host} is already in use by another process.`,
        `Choose another port, or ${setting(names, 'port', '0')} for a free one.`,
        { badInput: true },
      );
    }
    if (code === 'EADDRNOTAVAIL') {
      throw new DockerTlsError(
        `${host} is not an address of this machine, so nothing can listen on it.`,
        `Use ${setting(names, 'host', '127.0.0.1')} (the default), 0.0.0.0 for every interface, or an address that "ip addr" lists.`,
        { badInput: true },
      );
    }
    throw error;
  }
}
