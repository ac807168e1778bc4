// A later step using testcontainers-node: it finds the daemon through DOCKER_HOST, DOCKER_TLS_VERIFY
// and DOCKER_CERT_PATH (its ConfigurationStrategy), starts a container from an image that exists
// locally (so nothing is pulled), runs a command in it and stops it. Prints one JSON line.
import { GenericContainer, PullPolicy } from 'testcontainers';

const image = process.argv[2];
const container = await new GenericContainer(image)
  .withCommand(['sh', '-c', 'echo started in testcontainers; exec sleep 300'])
  .withPullPolicy(PullPolicy.defaultPolicy())
  .start();
const exec = await container.exec(['echo', 'hello from testcontainers exec']);
const logs = await new Promise<string>((resolve, reject) => {
  let text = '';
  container
    .logs()
    .then((stream) => {
      stream.on('data', (chunk: Buffer | string) => {
        text += chunk.toString();
        if (text.includes('started in testcontainers')) {
          stream.destroy();
          resolve(text);
        }
      });
      stream.on('error', reject);
    })
    .catch(reject);
  setTimeout(() => resolve(text), 10_000);
});
const id = container.getId();
await container.stop();
console.log(JSON.stringify({ id, exec, logs: logs.trim() }));
