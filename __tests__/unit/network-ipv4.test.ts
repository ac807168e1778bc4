import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  contains,
  formatAddress,
  formatCidr,
  overlaps,
  parseAddress,
  parseCidr,
  parseHostNetworks,
  subnetAt,
} from '../../src/host/network/ipv4.js';

const net = (cidr: string) => parseCidr(cidr)!;

describe('IPv4 addresses and networks', () => {
  test('parses and formats addresses, refusing malformed ones', () => {
    assert.equal(parseAddress('10.213.0.1'), 0x0ad50001);
    assert.equal(parseAddress('255.255.255.255'), 0xffffffff);
    assert.equal(formatAddress(0x0ad50001), '10.213.0.1');
    for (const bad of ['10.213.0', '10.213.0.256', '010.1.1.1', '1.2.3.4.5', 'a.b.c.d', '', '1..2.3']) {
      assert.equal(parseAddress(bad), undefined, bad);
    }
  });

  test('normalises a CIDR to its network and reads a bare address as /32', () => {
    assert.deepEqual(net('10.213.7.9/20'), { base: parseAddress('10.213.0.0'), bits: 20 });
    assert.equal(formatCidr(net('10.213.7.9/20')), '10.213.0.0/20');
    assert.equal(formatCidr(net('10.1.2.3')), '10.1.2.3/32');
    assert.equal(formatCidr(net('0.0.0.0/0')), '0.0.0.0/0');
    for (const bad of ['10.0.0.0/33', '10.0.0.0/', '10.0.0.0/08', '10.0.0.0/8/8', '10.0.0/8']) {
      assert.equal(parseCidr(bad), undefined, bad);
    }
  });

  test('the forms ipaddr.js reads besides four decimal parts are refused', () => {
    for (const bad of ['0x0a.1.1.1', '167772161', '10.1', '10.0.0.1%eth0', '::ffff:10.0.0.1']) {
      assert.equal(parseAddress(bad), undefined, bad);
      assert.equal(parseCidr(`${bad}/24`), undefined, bad);
    }
    for (const bad of ['10.0.0.0/008', '10.0.0.0/+8', '10.0.0.0/ 8', '010.0.0.0/8'])
      assert.equal(parseCidr(bad), undefined, bad);
  });

  test('overlap is containment either way; disjoint neighbours do not overlap', () => {
    assert.equal(overlaps(net('0.0.0.0/0'), net('198.18.0.0/15')), true);
    assert.equal(contains(net('0.0.0.0/0'), net('255.255.255.255/32')), true);
    assert.equal(overlaps(net('10.0.0.0/8'), net('10.213.16.0/20')), true);
    assert.equal(overlaps(net('10.213.16.0/20'), net('10.213.31.255/32')), true);
    assert.equal(overlaps(net('10.213.16.0/20'), net('10.213.32.0/24')), false);
    assert.equal(overlaps(net('10.213.16.0/20'), net('10.213.15.0/24')), false);
    assert.equal(contains(net('10.213.16.0/20'), net('10.213.17.0/24')), true);
    assert.equal(contains(net('10.213.17.0/24'), net('10.213.16.0/20')), false);
  });

  test('subnetAt counts subnets of a size from the start of a network', () => {
    assert.equal(formatCidr(subnetAt(net('10.213.0.0/16'), 20, 3)), '10.213.48.0/20');
    assert.equal(formatCidr(subnetAt(net('198.18.0.0/15'), 20, 16)), '198.19.0.0/20');
  });
});

// What `ip -4 -o -batch -` prints for "route show table all" then "addr show" on a runner with the
// runner's docker0 and br- network, a down bridge of another instance and a VPN route in table 52.
const RUNNER = `default via 10.1.0.1 dev eth0 proto dhcp src 10.1.0.4 metric 100
10.1.0.0/16 dev eth0 proto kernel scope link src 10.1.0.4 metric 100
168.63.129.16 via 10.1.0.1 dev eth0 proto dhcp src 10.1.0.4 metric 100
172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown
172.18.0.0/16 dev br-5e1a2b3c4d5e proto kernel scope link src 172.18.0.1
throw 100.64.0.0/10 table 52
unreachable 192.0.2.0/24 table 7 metric 1024
local 10.1.0.4 dev eth0 table local proto kernel scope host src 10.1.0.4
broadcast 10.1.255.255 dev eth0 table local proto kernel scope link src 10.1.0.4
local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1
multicast ff00::/8 dev eth0 table local proto kernel metric 256 pref medium
1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
2: eth0    inet 10.1.0.4/16 metric 100 brd 10.1.255.255 scope global eth0\\       valid_lft 86389sec preferred_lft 86389sec
9: dtls-0badcafe    inet 10.213.48.1/24 scope global dtls-0badcafe\\       valid_lft forever preferred_lft forever
11: eth0.5@eth0    inet 10.9.0.2/24 scope global eth0.5\\       valid_lft forever preferred_lft forever
`;

describe('parseHostNetworks', () => {
  test('takes routes of every table and every address, with their devices, and skips the default route', () => {
    const found = parseHostNetworks(RUNNER).map((host) => `${formatCidr(host.net)} ${host.device ?? '-'}`);
    assert.deepEqual(found, [
      '10.1.0.0/16 eth0',
      '168.63.129.16/32 eth0',
      '172.17.0.0/16 docker0',
      '172.18.0.0/16 br-5e1a2b3c4d5e',
      '100.64.0.0/10 -',
      '192.0.2.0/24 -',
      '10.1.0.4/32 eth0',
      '10.1.255.255/32 eth0',
      '127.0.0.0/8 lo',
      '127.0.0.0/8 lo',
      '10.1.0.0/16 eth0',
      // A bridge that is down has no route, only its address: it still counts.
      '10.213.48.0/24 dtls-0badcafe',
      '10.9.0.0/24 eth0.5',
    ]);
  });

  test('reads nothing from empty output', () => {
    assert.deepEqual(parseHostNetworks(''), []);
  });
});
