// A later step using dockerode: `new Docker()` with no options, so docker-modem configures itself
// from DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH. Prints one JSON line of what it saw.
import Docker from 'dockerode';

const image = process.argv[2];
const docker = new Docker();
const modem = docker.modem as unknown as Record<string, unknown>;
const ping = await docker.ping();
const version = await docker.version();
const containers = await docker.listContainers({ all: true });

const container = await docker.createContainer({ Image: image, Cmd: ['echo', 'hello from dockerode'], Tty: true });
await container.start();
const exit = await container.wait();
const logs = (await container.logs({ stdout: true, stderr: true, follow: false })).toString('utf8');
await container.remove();

console.log(
  JSON.stringify({
    modem: {
      protocol: modem.protocol,
      host: modem.host,
      port: modem.port,
      hasCa: Boolean(modem.ca),
      hasCert: Boolean(modem.cert),
      hasKey: Boolean(modem.key),
    },
    ping: ping.toString(),
    version: version.Version,
    containers: containers.length,
    exitCode: exit.StatusCode,
    logs: logs.trim(),
  }),
);
