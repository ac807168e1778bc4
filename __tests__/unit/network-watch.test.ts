// The network watch opens our dockerd's networks with a subnet or a bridge name of their own in our
// chains, closes them when they go, and leaves alone what is not ours; the rules it adds, and the
// event stream it reads, without a daemon or a kernel.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseEngineEndpoint } from '../../src/core/options/engine-endpoint.js';
import { networkEvents } from '../../src/host/engine-api/events.js';
import type { EngineEvent, NetworkInfo } from '../../src/host/engine-api/types.js';
import { type IptablesCommand, deletionOf, networkRules, restoreInput } from '../../src/host/network/firewall-rules.js';
import { type HostNetwork, parseCidr } from '../../src/host/network/ipv4.js';
import { type NetworkWatchPorts, networksOpened, watchNetworks } from '../../src/engines/dockerd/network-watch.js';

const SPEC = { id: '0badcafe', block: '10.213.48.0/20', bridge: 'dtls-0badcafe', outbound: true };
const argsOf = (commands: IptablesCommand[]) => commands.map(({ table, args }) => `${table} ${args.join(' ')}`);

describe('the rules of a network outside the block', () => {
  test('outbound: forwarding out and back by its bridge, NAT of what leaves its subnet, the spoofing check', () => {
    assert.deepEqual(argsOf(networkRules(SPEC, { bridge: 'br-0123456789ab', subnets: ['172.29.5.0/24'] }, true)), [
      'filter -I DTLS-0badcafe-FWD 1 -o br-0123456789ab -d 172.29.5.0/24 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
      'filter -I DTLS-0badcafe-FWD 1 -i br-0123456789ab -s 172.29.5.0/24 -j ACCEPT',
      'nat -A DTLS-0badcafe-NAT -s 172.29.5.0/24 ! -d 172.29.5.0/24 -j MASQUERADE',
      'raw -A DTLS-0badcafe-RAW -s 172.29.5.0/24 -m rpfilter --invert -j DROP',
    ]);
  });

  test('outbound false: inside its subnet only, the rest dropped after; no raw rule without our raw chain', () => {
    const closed = { ...SPEC, outbound: false };
    assert.deepEqual(argsOf(networkRules(closed, { bridge: 'ci-net', subnets: ['192.168.77.0/24'] }, false)), [
      'filter -I DTLS-0badcafe-FWD 1 -i ci-net -s 192.168.77.0/24 -d 192.168.77.0/24 -j ACCEPT',
      'filter -A DTLS-0badcafe-FWD -s 192.168.77.0/24 -j DROP',
      'filter -A DTLS-0badcafe-FWD -d 192.168.77.0/24 -j DROP',
    ]);
  });

  test('a bridge name of its own on a subnet of our block: only its forwarding, ahead of the block DROPs', () => {
    const network = { bridge: 'ci-net', subnets: ['10.213.50.0/24'] };
    assert.deepEqual(argsOf(networkRules(SPEC, network, true)), [
      'filter -I DTLS-0badcafe-FWD 1 -i ci-net -s 10.213.50.0/24 -j ACCEPT',
    ]);
    assert.deepEqual(argsOf(networkRules({ ...SPEC, outbound: false }, network, true)), [
      'filter -I DTLS-0badcafe-FWD 1 -i ci-net -s 10.213.50.0/24 -d 10.213.48.0/20 -j ACCEPT',
    ]);
  });

  test('deleted again by the same rules; and a restore input for both', () => {
    const rules = networkRules(SPEC, { bridge: 'br-0123456789ab', subnets: ['172.29.5.0/24'] }, true);
    assert.deepEqual(argsOf(deletionOf(rules)), [
      'filter -D DTLS-0badcafe-FWD -o br-0123456789ab -d 172.29.5.0/24 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
      'filter -D DTLS-0badcafe-FWD -i br-0123456789ab -s 172.29.5.0/24 -j ACCEPT',
      'nat -D DTLS-0badcafe-NAT -s 172.29.5.0/24 ! -d 172.29.5.0/24 -j MASQUERADE',
      'raw -D DTLS-0badcafe-RAW -s 172.29.5.0/24 -m rpfilter --invert -j DROP',
    ]);
    assert.match(restoreInput(deletionOf(rules)), /^\*filter\n-D DTLS-0badcafe-FWD -o br-0123456789ab /);
  });

  test('refuses a device or a subnet that is not one', () => {
    for (const bridge of ['', 'a b', 'x'.repeat(16), 'br0;ls', '-j'])
      assert.throws(() => networkRules(SPEC, { bridge, subnets: ['172.29.5.0/24'] }, true), /Not a network device/);
    for (const subnet of ['172.29.5.1/24', '0.0.0.0/0 -j ACCEPT', 'fd00::/64', '172.29.5.0'])
      assert.throws(() => networkRules(SPEC, { bridge: 'br0', subnets: [subnet] }, true), /Not an IPv4 subnet/);
  });
});

function network(id: string, name: string, subnets: string[], bridgeName?: string): NetworkInfo {
  return {
    Id: id,
    Name: name,
    Driver: 'bridge',
    Options: bridgeName ? { 'com.docker.network.bridge.name': bridgeName } : {},
    IPAM: { Config: subnets.map((Subnet) => ({ Subnet })) },
  };
}

const ID_A = 'a'.repeat(64);
const ID_B = 'b'.repeat(64);
const ID_C = 'c'.repeat(64);
const HOST: HostNetwork[] = [
  { net: parseCidr('192.0.2.0/24')!, device: 'eth0' },
  { net: parseCidr('172.17.0.0/16')!, device: 'docker0' },
  { net: parseCidr('10.213.48.0/24')!, device: 'dtls-0badcafe' },
];

/** A daemon that has `existing` networks and then sends `events`; what the watch did, in order. */
async function watchOf(
  existing: NetworkInfo[],
  events: EngineEvent[],
  options: { later?: NetworkInfo[]; refuse?: RegExp; machineBridges?: string[] } = {},
) {
  const known = new Map([...existing, ...(options.later ?? [])].map((info) => [info.Id, info]));
  const applied: string[][] = [];
  const log: string[] = [];
  const ports: NetworkWatchPorts = {
    events: async (onEvent, onOpen) => {
      onOpen();
      for (const event of events) onEvent(event);
    },
    networks: async () => existing,
    inspect: async (id) => known.get(id),
    apply: async (commands) => {
      const lines = argsOf(commands);
      if (options.refuse && lines.some((line) => options.refuse!.test(line))) throw new Error('iptables: refused');
      applied.push(lines);
    },
    hostNetworks: async () => HOST,
    madeAfterOurs: async (bridge) => !(options.machineBridges ?? []).includes(bridge),
    log: (line) => log.push(line),
  };
  await watchNetworks({ firewall: SPEC, antiSpoof: true }, ports);
  return { applied, log };
}

const created = (id: string): EngineEvent => ({ Type: 'network', Action: 'create', Actor: { ID: id } });
const destroyed = (id: string): EngineEvent => ({ Type: 'network', Action: 'destroy', Actor: { ID: id } });

describe('the network watch', () => {
  test('opens a network of its own that existed or is created, and closes it when it is destroyed', async () => {
    const own = network(ID_A, 'own-subnet', ['172.29.5.0/24']);
    const named = network(ID_B, 'own-name', ['10.213.50.0/24'], 'ci-net');
    const { applied, log } = await watchOf([own], [created(ID_B), destroyed(ID_A)], { later: [named] });
    assert.equal(applied.length, 3);
    assert.match(applied[0][1], /-i br-aaaaaaaaaaaa -s 172\.29\.5\.0\/24 -j ACCEPT$/);
    assert.deepEqual(applied[1], ['filter -I DTLS-0badcafe-FWD 1 -i ci-net -s 10.213.50.0/24 -j ACCEPT']);
    assert.ok(applied[2].every((line) => / -D DTLS-0badcafe-/.test(line)));
    assert.equal(applied[2].length, applied[0].length, 'every rule of the destroyed network goes');
    assert.deepEqual(networksOpened(log.join('\n')), ['ci-net'], 'own-subnet was closed again');
  });

  test("leaves alone our pools' networks, a bridge the machine had, and a subnet that overlaps the machine's", async () => {
    const pool = network(ID_A, 'from-pools', ['10.213.49.0/24']);
    const taken = network(ID_B, 'taken', ['10.213.51.0/24'], 'docker0');
    const clash = network(ID_C, 'clash', ['172.17.5.0/24']);
    const { applied, log } = await watchOf([pool], [created(ID_B), created(ID_C), destroyed(ID_C)], {
      later: [taken, clash],
      machineBridges: ['docker0'],
    });
    assert.deepEqual(applied, []);
    assert.deepEqual(log, [
      'left taken closed: its bridge docker0 was not made by this daemon',
      'left clash closed: its subnet 172.17.5.0/24 overlaps 172.17.0.0/16 on docker0',
    ]);
  });

  test('a network whose rules are refused is logged, and the next one is still opened', async () => {
    const first = network(ID_A, 'first', ['172.29.5.0/24']);
    const second = network(ID_B, 'second', ['172.29.6.0/24']);
    const { applied, log } = await watchOf([first, second], [], { refuse: /172\.29\.5\.0/ });
    assert.equal(applied.length, 1);
    assert.match(log[0], /^error: could not open first: iptables: refused$/);
    assert.deepEqual(networksOpened(log.join('\n')), ['br-bbbbbbbbbbbb']);
  });

  test('a network created before the stream listened and announced again is opened once', async () => {
    const own = network(ID_A, 'own-subnet', ['172.29.5.0/24']);
    const { applied } = await watchOf([own], [created(ID_A)]);
    assert.equal(applied.length, 1);
  });
});

describe('the event stream', () => {
  test('lines as they come, split anywhere, after the answer; it ends with the stream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtls-events-'));
    const socket = join(dir, 'docker.sock');
    let path = '';
    const server = createServer((req, res) => {
      path = req.url ?? '';
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const lines = `${JSON.stringify(created(ID_A))}\nnot json\n${JSON.stringify(destroyed(ID_A))}\n`;
      res.write(lines.slice(0, 20));
      setTimeout(() => res.end(lines.slice(20)), 20);
    });
    await new Promise<void>((listening) => server.listen(socket, listening));
    try {
      const seen: string[] = [];
      await networkEvents(
        parseEngineEndpoint(`unix://${socket}`),
        { onEvent: (event) => seen.push(event.Action), onOpen: () => seen.push('open') },
        2000,
      );
      assert.deepEqual(seen, ['open', 'create', 'destroy']);
      assert.deepEqual(JSON.parse(decodeURIComponent(path.split('filters=')[1])), {
        type: ['network'],
        event: ['create', 'destroy'],
      });
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an error status is a failure, not an end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtls-events-'));
    const socket = join(dir, 'docker.sock');
    const server = createServer((_req, res) => {
      res.writeHead(500);
      res.end('{"message":"events are off"}');
    });
    await new Promise<void>((listening) => server.listen(socket, listening));
    try {
      await assert.rejects(
        networkEvents(parseEngineEndpoint(`unix://${socket}`), { onEvent: () => undefined }, 2000),
        /events are off \(HTTP 500\)/,
      );
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
