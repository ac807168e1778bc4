// Route and subnet planning for our bridge, and the owner label the crash sweep reads.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseSubnet, formatOwnerLabel, hostNetworksIn, parseNet, parseOwnerLabel } from '../../src/network/bridge.js';
import { clientAddress, tcpUrl } from '../../src/network/endpoint.js';

/** What `ip -4 -o -batch` prints for `route show table all` and `addr show` on a typical runner. */
const IP_OUTPUT = [
  'default via 10.1.0.1 dev eth0 proto dhcp src 10.1.0.4 metric 100',
  '10.1.0.0/16 dev eth0 proto kernel scope link src 10.1.0.4 metric 100',
  '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown',
  'local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1',
  'broadcast 10.1.255.255 dev eth0 table local proto kernel scope link src 10.1.0.4',
  'unreachable 10.213.3.0/24 metric 1024',
  '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
  '2: eth0    inet 10.1.0.4/16 metric 100 brd 10.1.255.255 scope global eth0',
  '5: tun0    inet 10.213.0.9/32 scope global tun0',
].join('\n');

describe('host networks', () => {
  test('parseNet: CIDR or a single address, masked to its network', () => {
    assert.deepEqual(parseNet('10.213.7.9/24'), { base: (10 << 24) + (213 << 16) + (7 << 8), bits: 24 });
    assert.deepEqual(parseNet('192.168.1.1'), { base: 3232235777, bits: 32 });
    assert.equal(parseNet('default'), undefined);
    assert.equal(parseNet('fe80::/64'), undefined);
  });

  test('routes of every type and table, and interface addresses; never the default route', () => {
    const nets = hostNetworksIn(IP_OUTPUT).map(
      (net) => `${net.base >>> 24}.${(net.base >> 16) & 255}.${(net.base >> 8) & 255}.${net.base & 255}/${net.bits}`,
    );
    assert.deepEqual(nets, [
      '10.1.0.0/16',
      '172.17.0.0/16',
      '127.0.0.0/8',
      '10.1.255.255/32',
      '10.213.3.0/24',
      '127.0.0.0/8',
      '10.1.0.0/16',
      '10.213.0.9/32',
    ]);
  });
});

describe('subnet choice', () => {
  test('starts at a /24 derived from the id and skips every one a route or address overlaps', () => {
    const taken = hostNetworksIn(IP_OUTPUT);
    // 0x0002 % 256 = 2: 10.213.2.0/24 is free.
    assert.deepEqual(chooseSubnet('0002abcd', taken), { gatewayCidr: '10.213.2.1/24', subnet: '10.213.2.0/24' });
    // 10.213.3.0/24 is unreachable-routed: the next one.
    assert.deepEqual(chooseSubnet('0003abcd', taken), { gatewayCidr: '10.213.4.1/24', subnet: '10.213.4.0/24' });
    // 10.213.0.9/32 lies inside 10.213.0.0/24.
    assert.equal(chooseSubnet('0000abcd', taken)?.subnet, '10.213.1.0/24');
    // Wraps around past 255.
    assert.equal(chooseSubnet('00ffabcd', [parseNet('10.213.255.0/24')!])?.subnet, '10.213.0.0/24');
  });

  test('a route covering all of 10.213.0.0/16 leaves nothing', () => {
    assert.equal(chooseSubnet('12345678', [parseNet('10.0.0.0/8')!]), undefined);
  });
});

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
    assert.equal(clientAddress('0.0.0.0'), '127.0.0.1');
    assert.equal(clientAddress('::'), '::1');
    assert.equal(clientAddress('10.0.0.5'), '10.0.0.5');
    assert.equal(tcpUrl('127.0.0.1', 2376), 'tcp://127.0.0.1:2376');
    assert.equal(tcpUrl('::1', 2376), 'tcp://[::1]:2376');
  });
});
