// Real CI workloads on a machine that looks like a GitHub-hosted runner: the runner's own dockerd
// with a container of its own, FORWARD policy DROP, br_netfilter on, and an emulated internet with
// no route back to our subnets. Our daemon's containers must reach that internet (NAT), each other
// (by name, on user networks and in compose), and publish ports on loopback; the runner's daemon
// and its container must keep working; after post the firewall, ip_forward, routes and bridges are
// exactly as before.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BUSYBOX_IMAGE, docker, execFileAsync, importBusybox, stepEnv } from '../harness/docker.js';
import { instanceOf } from '../harness/instance.js';
import { processesWith, snapshot } from '../harness/leaks.js';
import { type RunnerMachine, makeRunnerLike } from '../harness/runner-machine.js';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { namesAnotherInstance, withoutOtherInstances } from '../harness/shared-machine.js';
import { contains, formatCidr, parseCidr } from '../src/host/network/ipv4.js';

let machine: RunnerMachine;
let runner: FakeRunner;

before(async () => {
  machine = await makeRunnerLike();
  runner = new FakeRunner();
});

after(async () => {
  runner?.dispose();
  await machine?.restore();
});

/** An HTTP GET through busybox nc (busybox-static's wget crashes on name lookup in an empty image). */
function fetchCommand(address: string, port = 80): string {
  return `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 5 ${address} ${port}`;
}

/** A busybox httpd named `server` on `network`, and what a client on that network fetched from it by name. */
async function serverAndClientByName(env: NodeJS.ProcessEnv, network: string, server: string): Promise<string> {
  const httpd = ['busybox', 'httpd', '-f', '-p', '80', '-h', '/'];
  await docker(['run', '-d', '--name', server, '--network', network, BUSYBOX_IMAGE, ...httpd], env);
  const client = ['run', '--rm', '--network', network, BUSYBOX_IMAGE, 'sh', '-c', fetchCommand(server)];
  return (await docker(client, env)).stdout;
}

/** The docker contexts (name and description) that name instance `id`, one per line. */
async function contextsOf(id: string): Promise<string> {
  const { stdout } = await execFileAsync('docker', ['context', 'ls', '--format', '{{.Name}} {{.Description}}']);
  return stdout
    .split('\n')
    .filter((line) => line.includes(`instance ${id}:`))
    .join('\n');
}

async function linkNames(): Promise<string[]> {
  const { stdout } = await execFileAsync('ip', ['-o', 'link', 'show']);
  return [...stdout.matchAll(/^\d+: ([^:@]+)[:@]/gm)].map((match) => match[1]);
}

/** A /24 of 172.29.0.0/16 that overlaps no route of this machine (a network of the user's choosing). */
async function subnetNoRouteUses(): Promise<string> {
  const taken = (await routes())
    .split('\n')
    .map((line) => /(\d+\.\d+\.\d+\.\d+)(\/\d+)?/.exec(line.startsWith('default') ? '' : line))
    .flatMap((match) => (match ? [parseCidr(`${match[1]}${match[2] ?? '/32'}`)!] : []));
  for (let third = 1 + (randomBytes(1)[0] % 200); third < 255; third += 1) {
    const candidate = parseCidr(`172.29.${third}.0/24`)!;
    if (!taken.some((net) => contains(net, candidate) || contains(candidate, net))) return formatCidr(candidate);
  }
  throw new Error('no /24 of 172.29.0.0/16 is free of routes');
}

/** Runs `body` with a bridge that the machine has (made now), and removes that bridge afterwards. */
async function withBridgeOfTheMachine(body: (bridge: string) => Promise<void>): Promise<void> {
  const bridge = `dtlswx${randomBytes(3).toString('hex')}`;
  await execFileAsync('ip', ['link', 'add', 'name', bridge, 'type', 'bridge']);
  try {
    await body(bridge);
  } finally {
    await execFileAsync('ip', ['link', 'delete', 'dev', bridge]).catch(() => undefined);
  }
}

async function routes(): Promise<string> {
  return (await execFileAsync('ip', ['-4', 'route', 'show', 'table', 'all'])).stdout;
}

/** Docker's default address pools, which the runner's daemon uses too. */
function inDockerDefaultPools(subnet: string): boolean {
  const [a, b] = subnet.split('.').map(Number);
  return (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The runner's container: its published port answers, and it still reaches the internet. */
async function assertRunnerDaemonWorks(): Promise<void> {
  const answer = await fetch(`http://127.0.0.1:${machine.container.hostPort}/`).catch((error: Error) => error);
  assert.ok(!(answer instanceof Error), `the runner's published port answers (${String(answer)})`);
  const out = await docker(
    ['exec', machine.container.name, 'sh', '-c', fetchCommand(machine.internet.address)],
    machine.system.env,
  );
  assert.ok(out.stdout.includes(machine.internet.body), "the runner's container reaches the internet");
}

async function postAndCheck(main: StepResult): Promise<void> {
  const post = await runner.post(main.state);
  assert.equal(post.code, 0, post.stdout + post.stderr);
  assert.doesNotMatch(post.stdout, /::warning::/);
}

describe('workloads on a runner-like machine (outbound: true, the default)', () => {
  let main: StepResult;
  let env: NodeJS.ProcessEnv;
  let firewallBefore: string;
  let ipForwardBefore: string;
  let linksBefore: string[];
  let routesBefore: string;
  const subnets = new Set<string>();
  const bridges = new Set<string>();

  before(async () => {
    firewallBefore = await machine.firewall();
    ipForwardBefore = await machine.sysctl('net.ipv4.ip_forward');
    linksBefore = await linkNames();
    routesBefore = await routes();
    main = await runner.main({ port: '0' });
    assert.equal(main.code, 0, main.stdout + main.stderr);
    env = stepEnv(main.env);
    await importBusybox(env);
  });

  after(async () => {
    if (main?.state.instance) await runner.post(main.state);
  });

  async function noteNetwork(name: string): Promise<string> {
    const { stdout } = await docker(
      ['network', 'inspect', name, '--format', '{{.Id}} {{range .IPAM.Config}}{{.Subnet}}{{end}}'],
      env,
    );
    const [id, subnet] = stdout.trim().split(' ');
    subnets.add(subnet);
    bridges.add(`br-${id.slice(0, 12)}`);
    return subnet;
  }

  test('the default bridge and user networks take subnets of our own pools', async () => {
    const bridge = await noteNetwork('bridge');
    assert.ok(!inDockerDefaultPools(bridge), `default bridge ${bridge} is outside Docker's default pools`);
    await docker(['network', 'create', 'wl-net'], env);
    const user = await noteNetwork('wl-net');
    assert.ok(!inDockerDefaultPools(user), `user network ${user} is outside Docker's default pools`);
    assert.notEqual(user, bridge);
  });

  test('a container reaches the internet through NAT', async () => {
    const out = await docker(['run', '--rm', BUSYBOX_IMAGE, 'sh', '-c', fetchCommand(machine.internet.address)], env);
    assert.ok(out.stdout.includes(machine.internet.body), out.stdout);
  });

  test('docker build with a RUN that fetches from the internet', async () => {
    const context = mkdtempSync(join(tmpdir(), 'dtls-build-'));
    try {
      writeFileSync(
        join(context, 'Dockerfile'),
        `FROM ${BUSYBOX_IMAGE}\nRUN ${fetchCommand(machine.internet.address)} > /fetched && grep -q 'emulated internet' /fetched\n`,
      );
      await docker(['build', '-t', 'wl-fetched', context], env, 120_000);
      const out = await docker(['run', '--rm', 'wl-fetched', 'cat', '/fetched'], env);
      assert.ok(out.stdout.includes(machine.internet.body));
    } finally {
      rmSync(context, { recursive: true, force: true });
    }
  });

  test('two containers on a user network talk by name', async () => {
    const out = await serverAndClientByName(env, 'wl-net', 'wl-server');
    assert.match(out, /^HTTP\/1\.[01] /);
  });

  test('compose up: two services reach each other by service name', async () => {
    const project = mkdtempSync(join(tmpdir(), 'dtls-compose-'));
    try {
      writeFileSync(
        join(project, 'compose.yaml'),
        [
          'services:',
          '  web:',
          `    image: ${BUSYBOX_IMAGE}`,
          // An index page, so that the answer is a 200 (busybox httpd has no directory listing).
          "    command: ['sh', '-c', 'echo ok > /tmp/index.html && exec busybox httpd -f -p 80 -h /tmp']",
          '  client:',
          `    image: ${BUSYBOX_IMAGE}`,
          '    depends_on: [web]',
          `    command: ['sh', '-c', "sleep 1; ${fetchCommand('web').replace(/\\/g, '\\\\')} | head -1"]`,
          '',
        ].join('\n'),
      );
      const compose = ['compose', '--project-directory', project, '-p', 'wlcompose'];
      const up = await docker(
        [...compose, 'up', '--abort-on-container-exit', '--exit-code-from', 'client'],
        env,
        120_000,
      );
      assert.match(up.stdout, /client.*HTTP\/1\.[01] 200/);
      await noteNetwork('wlcompose_default');
      await docker([...compose, 'down'], env, 60_000);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  test('published ports answer on loopback, and bind to loopback by default', async () => {
    await docker(
      [
        'run',
        '-d',
        '--name',
        'wl-published',
        '-p',
        '80',
        BUSYBOX_IMAGE,
        'busybox',
        'httpd',
        '-f',
        '-p',
        '80',
        '-h',
        '/',
      ],
      env,
    );
    const mapping = (await docker(['port', 'wl-published', '80/tcp'], env)).stdout.trim().split('\n');
    for (const line of mapping) assert.match(line, /^127\.0\.0\.1:\d+$/, `published on loopback only: ${mapping}`);
    const answer = await fetch(`http://${mapping[0]}/`);
    assert.ok(answer.status > 0);
    await answer.body?.cancel();
  });

  test("the runner's daemon and its container keep working while ours runs", async () => {
    await assertRunnerDaemonWorks();
  });

  /** TCP SYNs that reached the internet's port 9999 while `send` ran (a counter in its own firewall). */
  async function arrivalsAtTheInternet(send: () => Promise<unknown>): Promise<number> {
    const rule = ['-p', 'tcp', '--dport', '9999', '-j', 'DROP'];
    const inInternet = (args: string[]) =>
      execFileAsync('ip', ['netns', 'exec', machine.internet.namespace, 'iptables', '-w', ...args]);
    await inInternet(['-I', 'INPUT', ...rule]);
    try {
      await send().catch(() => undefined);
      const { stdout } = await inInternet(['-L', 'INPUT', '-v', '-x', '-n']);
      return Number(/^\s*(\d+)\s+\d+\s+DROP\s+.*dpt:9999/m.exec(stdout)?.[1] ?? 0);
    } finally {
      await inInternet(['-D', 'INPUT', ...rule]);
    }
  }

  test("a DOCKER-USER rule of the runner applies to our containers too, as to the runner's", async () => {
    const fetch = () => docker(['run', '--rm', BUSYBOX_IMAGE, 'sh', '-c', fetchCommand(machine.internet.address)], env);
    const dropRule = ['DOCKER-USER', '-d', `${machine.internet.address}/32`, '-j', 'DROP'];
    await execFileAsync('iptables', ['-w', '-I', ...dropRule]);
    try {
      const dropped = await fetch().catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      assert.doesNotMatch(dropped.stdout, new RegExp(machine.internet.body.trim()), 'DOCKER-USER dropped it');
    } finally {
      await execFileAsync('iptables', ['-w', '-D', ...dropRule]);
    }
    assert.ok((await fetch()).stdout.includes(machine.internet.body), 'and without the rule it goes through');
  });

  test('a source address of our block forged on another bridge reaches no one; our own containers do', async () => {
    const block = String(JSON.parse(main.state.instance).addressBlock);
    const [a, b, c] = block.split('.').map(Number);
    const forged = `${a}.${b}.${c + 15}.250`;
    const tag = randomBytes(3).toString('hex');
    const [bridge, namespace, outer, inner] = [`br-${tag}${tag}`, `dtls-spoof-${tag}`, `dsp${tag}o`, `dsp${tag}i`];
    const batch = [
      `link add name ${bridge} type bridge`,
      `addr add 10.250.9.1/24 dev ${bridge}`,
      `link set ${bridge} up`,
      `netns add ${namespace}`,
      `link add ${outer} type veth peer name ${inner}`,
      `link set ${inner} netns ${namespace}`,
      `link set ${outer} master ${bridge}`,
      `link set ${outer} up`,
    ];
    try {
      for (const line of batch) await execFileAsync('ip', line.split(' '));
      const inside = [
        `addr add 10.250.9.2/24 dev ${inner}`,
        `addr add ${forged}/32 dev ${inner}`,
        `link set ${inner} up`,
        'route add default via 10.250.9.1',
      ];
      for (const line of inside) await execFileAsync('ip', ['-n', namespace, ...line.split(' ')]);
      const connect = `import socket\ntry: socket.create_connection(("${machine.internet.address}", 9999), 2, ("${forged}", 0))\nexcept OSError: pass`;
      const spoofed = await arrivalsAtTheInternet(() =>
        execFileAsync('ip', ['netns', 'exec', namespace, 'python3', '-c', connect]),
      );
      assert.equal(spoofed, 0, `a SYN from ${forged} on ${bridge} was dropped`);
      const ours = await arrivalsAtTheInternet(() =>
        docker(
          [
            'run',
            '--rm',
            '--network',
            'wl-net',
            BUSYBOX_IMAGE,
            'sh',
            '-c',
            `nc -w 2 ${machine.internet.address} 9999 </dev/null`,
          ],
          env,
        ),
      );
      assert.ok(ours > 0, 'a container of ours on a user network (br-*) gets through');
    } finally {
      await execFileAsync('ip', ['netns', 'delete', namespace]).catch(() => undefined);
      await execFileAsync('ip', ['link', 'delete', bridge]).catch(() => undefined);
    }
  });

  test('after post: firewall, ip_forward, routes and bridges as before', async () => {
    await postAndCheck(main);
    // What other instances on this shared machine did meanwhile is set aside; ours is compared whole.
    const own = [instanceOf(main.state).marker.slice('dtls-'.length)];
    const mine = (text: string) => withoutOtherInstances(text, own);
    assert.equal(mine(await machine.firewall()), mine(firewallBefore), 'iptables filter and nat are as before');
    assert.equal(await machine.sysctl('net.ipv4.ip_forward'), ipForwardBefore);
    // After containers on user networks, compose and published ports: no daemon, shim or mount left.
    const left = await snapshot(instanceOf(main.state).marker);
    assert.deepEqual(
      [left.processes, left.mounts, left.runDirs],
      [[], [], []],
      'no process, mount or exec-root of ours',
    );
    const links = await linkNames();
    for (const bridge of bridges) assert.ok(!links.includes(bridge), `${bridge} is gone`);
    assert.ok(!links.some((name) => name.includes(instanceOf(main.state).marker)), 'our bridge is gone');
    assert.deepEqual(
      links.filter((name) => !linksBefore.includes(name) && !namesAnotherInstance(name, own)),
      [],
      'no new network interface',
    );
    const after = await routes();
    for (const subnet of subnets) assert.ok(!after.includes(subnet), `no route to ${subnet}`);
    assert.equal(mine(after), mine(routesBefore));
    await assertRunnerDaemonWorks();
  });
});

describe('workloads: forwarding state, outbound off, crashes, remote-style binds', () => {
  for (const earlier of ['0', '1']) {
    test(`ip_forward ${earlier} beforehand: on while we run, ${earlier} again after post`, async () => {
      const saved = await machine.sysctl('net.ipv4.ip_forward');
      await machine.setSysctl('net.ipv4.ip_forward', earlier);
      try {
        const main = await runner.main({ port: '0' });
        assert.equal(main.code, 0, main.stdout + main.stderr);
        assert.equal(await machine.sysctl('net.ipv4.ip_forward'), '1', 'on while our containers need it');
        await postAndCheck(main);
        assert.equal(await machine.sysctl('net.ipv4.ip_forward'), earlier);
      } finally {
        await machine.setSysctl('net.ipv4.ip_forward', saved);
      }
    });
  }

  test('two instances in one job: ip_forward comes back only when the last one ends', async () => {
    const firewallBefore = await machine.firewall();
    const saved = await machine.sysctl('net.ipv4.ip_forward');
    await machine.setSysctl('net.ipv4.ip_forward', '0');
    try {
      const first = await runner.main({ port: '0' });
      const second = await runner.main({ port: '0' });
      assert.equal(first.code, 0, first.stdout + first.stderr);
      assert.equal(second.code, 0, second.stdout + second.stderr);
      await postAndCheck(first);
      assert.equal(await machine.sysctl('net.ipv4.ip_forward'), '1', 'the second instance still needs it');
      const out = await docker(
        ['run', '--rm', BUSYBOX_IMAGE, 'sh', '-c', fetchCommand(machine.internet.address)],
        stepEnv(second.env),
      ).catch(async () => {
        await importBusybox(stepEnv(second.env));
        return docker(
          ['run', '--rm', BUSYBOX_IMAGE, 'sh', '-c', fetchCommand(machine.internet.address)],
          stepEnv(second.env),
        );
      });
      assert.ok(out.stdout.includes(machine.internet.body), 'the second instance still reaches the internet');
      await postAndCheck(second);
      assert.equal(await machine.sysctl('net.ipv4.ip_forward'), '0');
      const own = [first, second].map((step) => instanceOf(step.state).marker.slice('dtls-'.length));
      assert.equal(
        withoutOtherInstances(await machine.firewall(), own),
        withoutOtherInstances(firewallBefore, own),
        'iptables filter and nat as before both instances',
      );
    } finally {
      await machine.setSysctl('net.ipv4.ip_forward', saved);
    }
  });

  test('outbound: false: no NAT, ip_forward untouched, containers still reach each other', async () => {
    const natBefore = (await machine.firewall()).split('*filter')[0];
    const ipForward = await machine.sysctl('net.ipv4.ip_forward');
    const main = await runner.main({ port: '0', outbound: 'false' });
    try {
      assert.equal(main.code, 0, main.stdout + main.stderr);
      const env = stepEnv(main.env);
      await importBusybox(env);
      const own = [instanceOf(main.state).marker.slice('dtls-'.length)];
      assert.equal(
        withoutOtherInstances((await machine.firewall()).split('*filter')[0], own),
        withoutOtherInstances(natBefore, own),
        'no NAT rule',
      );
      assert.equal(await machine.sysctl('net.ipv4.ip_forward'), ipForward, 'ip_forward untouched');
      await assert.rejects(
        docker(
          ['run', '--rm', BUSYBOX_IMAGE, 'sh', '-c', `${fetchCommand(machine.internet.address)} | grep -q HTTP`],
          env,
        ),
        'the internet is out of reach',
      );
      await docker(['network', 'create', 'wl-closed'], env);
      const out = await serverAndClientByName(env, 'wl-closed', 'wl-closed-server');
      assert.match(out, /^HTTP\/1\.[01] /, 'containers reach each other');
    } finally {
      await postAndCheck(main);
    }
  });

  // A bridge the machine had before the start (`existing`): a network that takes it as its own is left closed.
  test('networks with a subnet or a bridge name of their own work as ours do, and go with the rest', () =>
    withBridgeOfTheMachine(async (existing) => {
      // A bridge name of at most 15 characters.
      const ownName = `dtlswl${randomBytes(3).toString('hex')}`;
      const firewallBefore = await machine.firewall();
      const main = await runner.main({ port: '0' });
      assert.equal(main.code, 0, main.stdout + main.stderr);
      const env = stepEnv(main.env);
      const subnet = await subnetNoRouteUses();
      const bridges: string[] = [];
      let post: StepResult;
      try {
        await importBusybox(env);
        await docker(['network', 'create', '--subnet', subnet, 'wl-own-subnet'], env);
        await docker(['network', 'create', '-o', `com.docker.network.bridge.name=${ownName}`, 'wl-own-name'], env);
        await docker(['network', 'create', '-o', `com.docker.network.bridge.name=${existing}`, 'wl-taken'], env);
        const id = (await docker(['network', 'inspect', 'wl-own-subnet', '--format', '{{.Id}}'], env)).stdout.trim();
        bridges.push(`br-${id.slice(0, 12)}`, ownName);
        for (const network of ['wl-own-subnet', 'wl-own-name']) {
          const out = await serverAndClientByName(env, network, `${network}-server`);
          assert.match(out, /^HTTP\/1\.[01] /, `containers on ${network} reach each other by name`);
          const fetched = await docker(
            ['run', '--rm', '--network', network, BUSYBOX_IMAGE, 'sh', '-c', fetchCommand(machine.internet.address)],
            env,
          );
          assert.ok(fetched.stdout.includes(machine.internet.body), `a container on ${network} reaches the internet`);
        }
        await assertRunnerDaemonWorks();
      } finally {
        post = await runner.post(main.state);
      }
      assert.equal(post.code, 0, post.stdout + post.stderr);
      const warnings = post.stdout.match(/^::warning::.*$/gm) ?? [];
      assert.equal(warnings.length, 1, `one warning, for the network on a bridge of the machine's:\n${post.stdout}`);
      assert.match(
        warnings[0],
        new RegExp(`The network\\(s\\) wl-taken \\(10\\.[\\d.]+/24, ${existing}\\) lay outside`),
      );
      assert.match(warnings[0], new RegExp(`left wl-taken closed: its bridge ${existing} was not made by this daemon`));
      const links = await linkNames();
      for (const bridge of bridges) assert.ok(!links.includes(bridge), `${bridge} was removed by post`);
      assert.ok(links.includes(existing), `${existing}, the machine's, is still there`);
      assert.ok(!(await routes()).includes(subnet), `no route to ${subnet} is left`);
      const own = [instanceOf(main.state).marker.slice('dtls-'.length)];
      assert.equal(withoutOtherInstances(await machine.firewall(), own), withoutOtherInstances(firewallBefore, own));
      assert.deepEqual(
        processesWith([instanceOf(main.state).marker]),
        [],
        'no process of the instance (the watch) is left',
      );
    }));

  test('a SIGKILLed run without post is swept by the next one: firewall and ip_forward as before', async () => {
    const firewallBefore = await machine.firewall();
    const ipForward = await machine.sysctl('net.ipv4.ip_forward');
    const crashed = await runner.main({ port: '0' });
    assert.equal(crashed.code, 0, crashed.stdout + crashed.stderr);
    // The machine loses the job: every process of the instance is killed, post never runs.
    const marker = instanceOf(crashed.state).marker;
    const { stdout } = await execFileAsync('pgrep', ['-f', marker]);
    for (const pid of stdout.split('\n').filter(Boolean)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // gone already
      }
    }
    const next = await runner.main({ port: '0' });
    assert.equal(next.code, 0, next.stdout + next.stderr);
    assert.match(next.stdout, new RegExp(`Removed leftovers of an earlier run \\(${marker}\\)`));
    assert.match(next.stdout, /removed docker context docker-tls/, 'its docker context as well');
    assert.equal(await contextsOf(instanceOf(crashed.state).id), '', 'no context of the crashed run is left');
    await postAndCheck(next);
    const own = [crashed, next].map((step) => instanceOf(step.state).marker.slice('dtls-'.length));
    assert.equal(withoutOtherInstances(await machine.firewall(), own), withoutOtherInstances(firewallBefore, own));
    assert.equal(await machine.sysctl('net.ipv4.ip_forward'), ipForward);
  });

  test('bound to an address of this machine without tls-san: ready, reached by that address', async () => {
    // The host side of the emulated internet's link is an address of this machine.
    const address = machine.internet.hostAddress;
    const main = await runner.main({ host: address, port: '0' });
    try {
      assert.equal(main.code, 0, main.stdout + main.stderr);
      assert.equal(new URL(main.env.DOCKER_HOST.replace('tcp:', 'http:')).hostname, address);
      const version = await docker(['version', '--format', '{{.Server.Os}}'], stepEnv(main.env));
      assert.equal(version.stdout.trim(), 'linux');
    } finally {
      await postAndCheck(main);
    }
  });

  test('bound to every interface: a container reaches our daemon at the bridge gateway over mTLS', async () => {
    const main = await runner.main({ host: '0.0.0.0', port: '0' });
    try {
      assert.equal(main.code, 0, main.stdout + main.stderr);
      const env = stepEnv(main.env);
      await importBusybox(env);
      const gateway = (
        await docker(['network', 'inspect', 'bridge', '--format', '{{range .IPAM.Config}}{{.Gateway}}{{end}}'], env)
      ).stdout.trim();
      assert.match(gateway, /^\d+\.\d+\.\d+\.1$/);
      const port = new URL(main.env.DOCKER_HOST.replace('tcp:', 'http:')).port;
      // The machine's docker CLI, static or not, as a client in a container: the container sees the
      // machine's files read-only and runs the CLI chrooted into them, in its own network namespace.
      const cli = (await execFileAsync('sh', ['-c', 'command -v docker'])).stdout.trim();
      const out = await docker(
        [
          ...['run', '--rm', '-v', '/:/host:ro'],
          ...['-e', `DOCKER_HOST=tcp://${gateway}:${port}`, '-e', 'DOCKER_TLS_VERIFY=1'],
          ...['-e', `DOCKER_CERT_PATH=${main.env.DOCKER_CERT_PATH}`, '-e', 'HOME=/tmp'],
          ...[BUSYBOX_IMAGE, 'busybox', 'chroot', '/host', cli, 'version', '--format', '{{.Server.Os}}'],
        ],
        env,
      );
      assert.equal(out.stdout.trim(), 'linux', 'the CLI in the container verified the daemon at the gateway');
    } finally {
      await postAndCheck(main);
    }
  });

  test("dockerd and containerd run with an environment of our choosing, not the job's", async () => {
    const job = {
      DOCKER_HOST: 'tcp://stale.invalid:2376',
      DOCKER_CERT_PATH: '/nonexistent/earlier-instance',
      DOCKER_TLS_VERIFY: '1',
      GITHUB_TOKEN: 'ghs_secretvalue',
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
    };
    const main = await runner.main({ port: '0' }, { env: job });
    try {
      assert.equal(main.code, 0, main.stdout + main.stderr);
      const state = JSON.parse(main.state.instance) as { pid: number; containerdPid: number };
      for (const [what, pid] of [
        ['dockerd', state.pid],
        ['containerd', state.containerdPid],
      ] as const) {
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
        const names = environ.map((entry) => entry.split('=')[0]);
        assert.ok(names.includes('PATH'), `${what} has a PATH`);
        for (const name of names) {
          assert.doesNotMatch(name, /^(DOCKER_|GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/, `${what} has no ${name}`);
        }
        assert.ok(!environ.some((entry) => /secret/.test(entry)), `${what} holds no token: ${environ.join(' ')}`);
      }
      const version = await docker(['version', '--format', '{{.Server.Os}}'], stepEnv(main.env));
      assert.equal(version.stdout.trim(), 'linux');
    } finally {
      await postAndCheck(main);
    }
  });
});
