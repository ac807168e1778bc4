// A test process using testcontainers-node with Ryuk ON (the default): it starts a container and
// ends without stopping it, as a test run that ends or crashes does. Ryuk must reap it. Prints one
// JSON line: the container's id and the reaper's container id.
import { GenericContainer, PullPolicy, getContainerRuntimeClient } from 'testcontainers';

const image = process.argv[2];
const container = await new GenericContainer(image)
  .withCommand(['sleep', '300'])
  .withPullPolicy(PullPolicy.defaultPolicy())
  .start();
const client = await getContainerRuntimeClient();
const reaper = (await client.container.list()).find((info) =>
  info.Names.some((name) => name.startsWith('/testcontainers-ryuk-')),
);
console.log(JSON.stringify({ id: container.getId(), reaperId: reaper?.Id }));
process.exit(0);
