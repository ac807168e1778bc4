// Network namespaces of a test's own: iptables rules, the FORWARD policy and net.ipv4.ip_forward are
// per namespace, so a test can make one look like a runner (DROP policy, the runner daemon's chains)
// without touching this machine's firewall or the daemons of other tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type Privilege } from '../src/host/privilege.js';
import { type IptablesBackend } from '../src/host/network/iptables.js';

export class Namespaces {
  /** Unique per run, and no "dtls-" in it: other tests count anything named so as a leak of theirs. */
  readonly tag = `dtlsfw${randomBytes(3).toString('hex')}`;
  private readonly made: string[] = [];
  private readonly servers: ChildProcess[] = [];

  /** Creates a namespace with its loopback up; its full name is returned. */
  add(name: string): string {
    const ns = `${this.tag}-${name}`;
    execFileSync('ip', ['netns', 'add', ns]);
    this.made.push(ns);
    this.run(ns, 'ip', 'link', 'set', 'lo', 'up');
    return ns;
  }

  run(ns: string, ...command: string[]): string {
    return execFileSync('ip', ['netns', 'exec', ns, ...command], { encoding: 'utf8', stdio: 'pipe' });
  }

  /** A Privilege whose runAsRoot runs inside `ns`. */
  privilege(ns: string): Privilege {
    return { prefix: ['ip', 'netns', 'exec', ns], viaSudo: false };
  }

  /** A veth pair from `a` (named `aName`) to `b` (named `bName`), both up. */
  link(a: string, aName: string, b: string, bName: string): void {
    execFileSync('ip', ['-n', a, 'link', 'add', aName, 'type', 'veth', 'peer', 'name', bName, 'netns', b]);
    this.run(a, 'ip', 'link', 'set', aName, 'up');
    this.run(b, 'ip', 'link', 'set', bName, 'up');
  }

  /** busybox httpd serving `text` at http://<address>/ok inside `ns`. */
  serve(ns: string, address: string, directory: string): void {
    const server = spawn(
      'ip',
      ['netns', 'exec', ns, 'busybox', 'httpd', '-f', '-p', `${address}:80`, '-h', directory],
      {
        stdio: 'ignore',
      },
    );
    this.servers.push(server);
  }

  /** The body of http://<address>/ok fetched from inside `ns`, or undefined when it cannot be reached. */
  fetch(ns: string, address: string, timeoutSeconds: number): string | undefined {
    try {
      // curl: busybox wget crashes inside a namespace on some builds.
      return this.run(ns, 'curl', '-sS', '--max-time', String(timeoutSeconds), `http://${address}/ok`).trim();
    } catch {
      return undefined;
    }
  }

  /** Waits until http://<address>/ok answers from inside `ns`: servers start in the background. */
  awaitServer(ns: string, address: string): void {
    for (let tries = 0; this.fetch(ns, address, 1) === undefined; tries += 1) {
      if (tries > 50) throw new Error(`No server answers at ${address} in ${ns}`);
      execFileSync('sleep', ['0.1']);
    }
  }

  /** Stops the servers and deletes every namespace made, with all it holds (links, rules). */
  dispose(): void {
    for (const server of this.servers) server.kill('SIGKILL');
    for (const ns of this.made.reverse()) {
      try {
        execFileSync('ip', ['netns', 'delete', ns], { stdio: 'ignore' });
      } catch {
        // already gone
      }
    }
  }
}

/** The rules of filter and nat as iptables-save prints them, without its comments and counters. */
export function savedRules(ns: Namespaces, name: string, backend: IptablesBackend): string {
  const saved = ns.run(name, `${backend}-save`, '-t', 'filter') + ns.run(name, `${backend}-save`, '-t', 'nat');
  return saved
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.replace(/ \[\d+:\d+\]$/, ''))
    .join('\n');
}

/** The runner's dockerd as seen in its firewall: DROP policy, its chains and hooks, its NAT. */
export function fakeRunnerDaemon(ns: Namespaces, name: string, backend: IptablesBackend): void {
  const rules = [
    ['-t', 'filter', '-P', 'FORWARD', 'DROP'],
    ...['DOCKER', 'DOCKER-USER', 'DOCKER-FORWARD', 'DOCKER-ISOLATION-STAGE-1'].map((chain) => ['-N', chain]),
    ['-A', 'FORWARD', '-j', 'DOCKER-USER'],
    ['-A', 'FORWARD', '-j', 'DOCKER-FORWARD'],
    ['-A', 'DOCKER-USER', '-j', 'RETURN'],
    ['-A', 'DOCKER-FORWARD', '-j', 'DOCKER-ISOLATION-STAGE-1'],
    ['-A', 'DOCKER-FORWARD', '-i', 'docker0', '-j', 'ACCEPT'],
    ['-A', 'DOCKER-FORWARD', '-o', 'docker0', '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT'],
    ['-t', 'nat', '-N', 'DOCKER'],
    ['-t', 'nat', '-A', 'PREROUTING', '-m', 'addrtype', '--dst-type', 'LOCAL', '-j', 'DOCKER'],
    ['-t', 'nat', '-A', 'POSTROUTING', '-s', '172.17.0.0/16', '!', '-o', 'docker0', '-j', 'MASQUERADE'],
  ];
  for (const rule of rules) ns.run(name, backend, '-w', ...rule);
}
