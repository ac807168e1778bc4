// What a job on a hosted runner meets besides the action, made once per boot: the runner's own
// Docker with a container of its own (on a network of the job, a published port, as a service
// container), "the internet" (a network namespace serving HTTP with no route back, so a container
// reaches it only through NAT, as harness/runner-machine.ts makes it on the host), and the test
// images (no registry reaches the guest).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUSYBOX_IMAGE, importBusybox } from '../../harness/docker.js';
import { DIND_IMAGE, REPO_SCRIPTS } from './job.js';
import { ok, run, sleep, sudo, systemDockerEnv } from './shell.js';

export { BUSYBOX_IMAGE };

export interface RunnerContainer {
  name: string;
  port: number;
  body: string;
}

export interface Internet {
  namespace: string;
  url: string;
  body: string;
}

const docker = (args: string[], timeoutMs?: number) => ok('docker', args, { env: systemDockerEnv(), timeoutMs });

/** busybox httpd serving `body` on port 80, published on the runner's loopback. */
export async function startRunnerContainer(): Promise<RunnerContainer> {
  await importBusybox(systemDockerEnv());
  const name = 'runner-service';
  const body = 'served by the runner-s own Docker';
  await docker(['network', 'create', 'github_network_runner']);
  await docker([
    ...['run', '--detach', '--name', name, '--network', 'github_network_runner', '--publish', '127.0.0.1::80'],
    ...[BUSYBOX_IMAGE, 'sh', '-c', `echo '${body}' > /tmp/index.html && exec httpd -f -p 80 -h /tmp`],
  ]);
  const published = (await docker(['port', name, '80/tcp'])).trim().split('\n')[0];
  return { name, port: Number(published.split(':').pop()), body };
}

const INTERNET = { namespace: 'rvm-internet', hostSide: 'rvm-inet-h', serverSide: 'rvm-inet-s' };
const ADDRESSES = { host: '198.51.100.1', server: '198.51.100.2' };

export async function startInternet(): Promise<Internet> {
  const { namespace, hostSide, serverSide } = INTERNET;
  const docroot = mkdtempSync(join(tmpdir(), 'internet-'));
  const body = `hello from the emulated internet ${process.pid}`;
  writeFileSync(join(docroot, 'index.html'), `${body}\n`);
  const outside = [
    `netns add ${namespace}`,
    `link add ${hostSide} type veth peer name ${serverSide}`,
    `link set ${serverSide} netns ${namespace}`,
    `addr add ${ADDRESSES.host}/30 dev ${hostSide}`,
    `link set ${hostSide} up`,
  ];
  const inside = [`addr add ${ADDRESSES.server}/30 dev ${serverSide}`, `link set ${serverSide} up`, 'link set lo up'];
  await sudo(['ip', '-batch', '-'], { input: outside.join('\n') + '\n' });
  await sudo(['ip', '-n', namespace, '-batch', '-'], { input: inside.join('\n') + '\n' });
  // No route in the namespace but its own /30: an answer to any other source has nowhere to go.
  await sudo(['ip', 'netns', 'exec', namespace, 'busybox', 'httpd', '-p', `${ADDRESSES.server}:80`, '-h', docroot]);
  const url = `http://${ADDRESSES.server}/`;
  for (let tries = 0; (await run('curl', ['-sf', '--max-time', '2', url])).code !== 0; tries++) {
    if (tries > 50) throw new Error(`the emulated internet does not answer at ${url}`);
    await sleep(200);
  }
  return { namespace, url, body };
}

export async function stopInternet(): Promise<void> {
  const pids = (await sudo(['ip', 'netns', 'pids', INTERNET.namespace])).trim().split('\n').filter(Boolean);
  if (pids.length > 0) await sudo(['kill', ...pids]);
  await sudo(['ip', 'netns', 'delete', INTERNET.namespace]);
}

/**
 * The dind test image on the runner's daemon, as the host suite has it: its root file system was
 * imported by the image's provisioning boot under the tag scripts/build-dind-image.sh looks for,
 * so that script (the repository's, from the job disk) only adds the entrypoint.
 */
export async function buildDindImage(): Promise<void> {
  await ok('bash', [join(REPO_SCRIPTS, 'build-dind-image.sh'), DIND_IMAGE], {
    env: systemDockerEnv(),
    timeoutMs: 600_000,
  });
}

/**
 * Under TCG the first run of a large Go binary is mostly code translation: the dind image's
 * containerd takes ~14 s to print its first line, and dockerd gives the containerd it starts 15 s
 * (moby's libcontainerd startup timeout), so a start that takes a second on a runner fails here.
 * One run of the image's engine binaries just before each dind start leaves their code in the
 * guest's page cache and in qemu's translation cache, as a machine at native speed has no need of.
 */
export async function warmDindImage(): Promise<void> {
  const binaries = 'containerd --version && dockerd --version && runc --version && containerd-shim-runc-v2 -v';
  await docker(['run', '--rm', '--entrypoint', 'sh', DIND_IMAGE, '-c', binaries], 600_000);
}
