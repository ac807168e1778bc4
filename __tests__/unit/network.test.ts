// The owner label the crash sweep reads on our bridges, the daemon's endpoints, and the networks our
// dockerd lists before it stops. (Route and subnet planning: network-ipv4.test.ts and
// network-pools.test.ts.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatOwnerLabel, parseOwnerLabel } from '../../src/host/network/bridge.js';
import { endpointOf, tcpUrl } from '../../src/core/endpoint.js';
import type { NetworkInfo } from '../../src/host/engine-api/types.js';
import { bridgeNetworks, outsideOurRules, outsideOurRulesWarning } from '../../src/engines/dockerd/network-bridges.js';

describe('owner label', () => {
  test('round-trips, and anything else is no label of ours', () => {
    const owner = { pid: 4242, start: '987654', pidNamespace: 'pid:[4026531836]' };
    assert.deepEqual(parseOwnerLabel(formatOwnerLabel(owner)), owner);
    assert.deepEqual(parseOwnerLabel(`${formatOwnerLabel(owner)}\n`), owner);
    assert.equal(parseOwnerLabel(''), undefined);
    assert.equal(parseOwnerLabel('made by hand'), undefined);
    assert.equal(parseOwnerLabel('docker-tls-action owner pid=x start=1 pidns=y'), undefined);
  });
});

describe('endpoint', () => {
  test('bind-all addresses are reached over loopback; IPv6 in brackets', () => {
    assert.equal(endpointOf('0.0.0.0', 2376).clientHost, '127.0.0.1');
    assert.equal(endpointOf('::', 2376).clientHost, '::1');
    assert.equal(endpointOf('10.0.0.5', 2376).clientHost, '10.0.0.5');
    assert.equal(endpointOf('::', 2376).dockerHost, 'tcp://[::1]:2376');
    assert.deepEqual(endpointOf('0.0.0.0', 12376, { host: 'docker', port: 2376 }), {
      bindHost: '0.0.0.0',
      port: 12376,
      clientHost: 'docker',
      clientPort: 2376,
      dockerHost: 'tcp://docker:2376',
    });
    assert.equal(tcpUrl('127.0.0.1', 2376), 'tcp://127.0.0.1:2376');
    assert.equal(tcpUrl('::1', 2376), 'tcp://[::1]:2376');
  });
});

describe("our dockerd's networks, as it lists them before it stops", () => {
  const block = '10.213.48.0/20';
  const list: NetworkInfo[] = [
    {
      Id: 'a'.repeat(64),
      Name: 'bridge',
      Driver: 'bridge',
      Options: { 'com.docker.network.bridge.name': 'dtls-0badcafe' },
      IPAM: { Config: [{ Subnet: '10.213.48.0/24' }] },
    },
    {
      Id: '0123456789abcdef',
      Name: 'pool',
      Driver: 'bridge',
      Options: {},
      IPAM: { Config: [{ Subnet: '10.213.49.0/24' }] },
    },
    {
      Id: 'fedcba9876543210',
      Name: 'own-subnet',
      Driver: 'bridge',
      Options: null,
      IPAM: { Config: [{ Subnet: '172.30.99.0/24' }, { Subnet: 'fd00:1::/64' }] },
    },
    {
      Id: '1111111111111111',
      Name: 'own-name',
      Driver: 'bridge',
      Options: { 'com.docker.network.bridge.name': 'mybr0' },
      IPAM: { Config: [{ Subnet: '10.213.50.0/24' }] },
    },
    { Id: '2222222222222222', Name: 'host', Driver: 'host', IPAM: { Config: [] } },
    { Id: '3333333333333333', Name: 'none', Driver: 'null', IPAM: null },
  ];

  test('each bridge network with its device: the name it was given, else br- and 12 digits of its id', () => {
    assert.deepEqual(bridgeNetworks(list), [
      { name: 'bridge', bridge: 'dtls-0badcafe', subnets: ['10.213.48.0/24'] },
      { name: 'pool', bridge: 'br-0123456789ab', subnets: ['10.213.49.0/24'] },
      { name: 'own-subnet', bridge: 'br-fedcba987654', subnets: ['172.30.99.0/24', 'fd00:1::/64'] },
      { name: 'own-name', bridge: 'mybr0', subnets: ['10.213.50.0/24'] },
    ]);
  });

  test('a subnet outside the block or a bridge name of its own is outside our rules, and the warning says how to avoid it', () => {
    const outside = outsideOurRules(bridgeNetworks(list), block, 'dtls-0badcafe');
    assert.deepEqual(
      outside.map((network) => network.name),
      ['own-subnet', 'own-name'],
    );
    const said = ['left own-name closed: its bridge mybr0 was not made by this daemon'];
    const warning = outsideOurRulesWarning(outside, block, said);
    assert.match(
      warning,
      /own-subnet \(172\.30\.99\.0\/24, fd00:1::\/64, br-fedcba987654\); own-name \(10\.213\.50\.0\/24, mybr0\)/,
    );
    assert.match(warning, /address block 10\.213\.48\.0\/20/);
    assert.match(warning, /The network watch logged: left own-name closed: its bridge mybr0 was not made/);
    assert.match(warning, /a bridge name no device of the machine has and a subnet of its own that is free/);
    assert.doesNotMatch(outsideOurRulesWarning(outside, block), /network watch logged/);
    assert.deepEqual(outsideOurRules(bridgeNetworks(list.slice(0, 2)), block, 'dtls-0badcafe'), []);
  });
});
