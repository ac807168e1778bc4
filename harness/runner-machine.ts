// The machine made to look like a GitHub-hosted runner, for the tests of container networking: the
// runner's own dockerd (iptables on, docker0, a container of its own with a published port and
// outbound access), FORWARD policy DROP, br_netfilter on; and "the internet": a network namespace
// serving HTTP, with no route back to our subnets, so a container reaches it only through NAT.
// Everything is put back as it was by restore(): firewall tables, sysctls, namespaces, daemons.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SystemDaemon, docker, ensureSystemDaemon, execFileAsync, importBusybox } from './docker.js';

const SYSCTLS = ['net.ipv4.ip_forward', 'net.bridge.bridge-nf-call-iptables'] as const;

export interface Internet {
  /** The network namespace it lives in. */
  namespace: string;
  /** The server's address, in the namespace: reachable from the host, but it has no route back. */
  address: string;
  /** This machine's side of the link to it: an address of this machine that is not loopback. */
  hostAddress: string;
  url: string;
  /** What the server answers: a test compares it with what a container fetched. */
  body: string;
}

export interface RunnerContainer {
  name: string;
  /** Its port 80 published on the host's loopback. */
  hostPort: number;
}

export interface RunnerMachine {
  system: SystemDaemon;
  internet: Internet;
  container: RunnerContainer;
  /** filter and nat as iptables-save prints them, counters dropped: to compare before and after. */
  firewall(): Promise<string>;
  sysctl(name: (typeof SYSCTLS)[number]): Promise<string>;
  setSysctl(name: (typeof SYSCTLS)[number], value: string): Promise<void>;
  restore(): Promise<void>;
}

async function run(command: string, args: string[], input?: string): Promise<string> {
  const running = execFileAsync(command, args, { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
  if (input !== undefined) running.child.stdin?.end(input);
  return (await running).stdout;
}

async function readSysctl(name: string): Promise<string> {
  return (await run('sysctl', ['-n', name])).trim();
}

async function writeSysctl(name: string, value: string): Promise<void> {
  await run('sysctl', ['-qw', `${name}=${value}`]);
}

/** filter, nat and raw, without counters and comments: equal text means equal rules and policies. */
export async function firewallView(): Promise<string> {
  const tables = await Promise.all(['filter', 'nat', 'raw'].map((table) => run('iptables-save', ['-t', table])));
  return tables
    .join('\n')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/\[\d+:\d+\]/g, ''))
    .join('\n');
}

/** A /30 of TEST-NET-2 per internet, so that parallel test files never share one. */
function internetAddresses(id: string): { host: string; server: string } {
  const block = (parseInt(id.slice(0, 2), 16) % 64) * 4;
  return { host: `198.51.100.${block + 1}`, server: `198.51.100.${block + 2}` };
}

async function startInternet(id: string): Promise<{ internet: Internet; stop: () => Promise<void> }> {
  const namespace = `dtls-inet-${id}`;
  const [hostSide, serverSide] = [`dti${id}h`, `dti${id}s`];
  const { host, server } = internetAddresses(id);
  const docroot = mkdtempSync(join(tmpdir(), 'dtls-inet-'));
  const body = `hello from the emulated internet ${id}\n`;
  writeFileSync(join(docroot, 'index.html'), body);
  let httpd: ChildProcess | undefined;
  const stop = async () => {
    httpd?.kill('SIGKILL');
    await run('ip', ['netns', 'delete', namespace]).catch(() => '');
    await run('ip', ['link', 'delete', hostSide]).catch(() => '');
    rmSync(docroot, { recursive: true, force: true });
  };
  try {
    const outside = [
      `netns add ${namespace}`,
      `link add ${hostSide} type veth peer name ${serverSide}`,
      `link set ${serverSide} netns ${namespace}`,
      `addr add ${host}/30 dev ${hostSide}`,
      `link set ${hostSide} up`,
    ];
    const inside = [`addr add ${server}/30 dev ${serverSide}`, `link set ${serverSide} up`, 'link set lo up'];
    await run('ip', ['-batch', '-'], outside.join('\n') + '\n');
    await run('ip', ['-n', namespace, '-batch', '-'], inside.join('\n') + '\n');
    // No route in the namespace but its own /30: an answer to any other source has nowhere to go.
    httpd = spawn('ip', ['netns', 'exec', namespace, 'busybox', 'httpd', '-f', '-p', `${server}:80`, '-h', docroot], {
      stdio: 'ignore',
    });
    await waitForHttp(namespace, server);
  } catch (error) {
    await stop();
    throw error;
  }
  return { internet: { namespace, address: server, hostAddress: host, url: `http://${server}/`, body }, stop };
}

/** Until the server answers inside its namespace (busybox httpd binds a moment after it starts). */
async function waitForHttp(namespace: string, address: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await run('ip', [
      'netns',
      'exec',
      namespace,
      'busybox',
      'wget',
      '-qO',
      '/dev/null',
      `http://${address}/`,
    ])
      .then(() => true)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`the emulated internet's HTTP server on ${address} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A container of the runner's daemon, published on loopback, as a service container is: on a network
 * the runner creates for the job (github_network_<id>), a br-* bridge with that daemon's own rules.
 */
async function startRunnerContainer(
  system: SystemDaemon,
  id: string,
  undo: Array<() => Promise<unknown>>,
): Promise<RunnerContainer> {
  const image = await importBusybox(system.env);
  const name = `runner-web-${id}`;
  const network = `runner-net-${id}`;
  undo.push(() => docker(['network', 'rm', network], system.env));
  await docker(['network', 'create', network], system.env);
  undo.push(() => docker(['rm', '-f', name], system.env));
  await docker(
    [
      ...['run', '-d', '--name', name, '--network', network, '-p', '127.0.0.1::80', image],
      ...['busybox', 'httpd', '-f', '-p', '80', '-h', '/'],
    ],
    system.env,
  );
  const port = (await docker(['port', name, '80/tcp'], system.env)).stdout.trim().split('\n')[0];
  return { name, hostPort: Number(port.split(':').pop()) };
}

/**
 * Makes the machine look like a runner. Each part is undone by restore(), in reverse order, even
 * when a later part fails to come up.
 */
export async function makeRunnerLike(): Promise<RunnerMachine> {
  const id = randomBytes(3).toString('hex');
  const undo: Array<() => Promise<unknown>> = [];
  const restore = async () => {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    undo.length = 0;
  };
  try {
    const tablesBefore = {
      filter: await run('iptables-save', ['-t', 'filter']),
      nat: await run('iptables-save', ['-t', 'nat']),
    };
    undo.push(() => run('iptables-restore', ['-w'], tablesBefore.filter + tablesBefore.nat));
    await run('modprobe', ['br_netfilter']).catch(() => ''); // built in or loaded already: fine
    const sysctlsBefore = await Promise.all(SYSCTLS.map(readSysctl));
    undo.push(() => Promise.all(SYSCTLS.map((name, index) => writeSysctl(name, sysctlsBefore[index]))));
    await writeSysctl('net.bridge.bridge-nf-call-iptables', '1');

    const system = await ensureSystemDaemon();
    undo.push(() => system.stop());
    // The runner's daemon sets DROP itself; set it anyway, in case it ran with other settings.
    await run('iptables', ['-w', '-P', 'FORWARD', 'DROP']);

    const { internet, stop } = await startInternet(id);
    undo.push(stop);
    const container = await startRunnerContainer(system, id, undo);
    return {
      system,
      internet,
      container,
      firewall: firewallView,
      sysctl: readSysctl,
      setSysctl: writeSysctl,
      restore,
    };
  } catch (error) {
    await restore();
    throw error;
  }
}
