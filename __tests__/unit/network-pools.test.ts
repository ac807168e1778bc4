import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DockerTlsError } from '../../src/core/errors.js';
import { type HostNetwork, overlaps, parseCidr } from '../../src/host/network/ipv4.js';
import { DOCKER_DEFAULT_POOLS, foreignOccupants, planAddresses, planForBlock } from '../../src/host/network/pools.js';

const host = (cidr: string, device?: string): HostNetwork => ({ net: parseCidr(cidr)!, ...(device ? { device } : {}) });
const net = (cidr: string) => parseCidr(cidr)!;

/** Every /24 network the plan's daemon can use: its bridge and each pool split into /24s. */
function networksOf(plan: ReturnType<typeof planForBlock>): string[] {
  const all = [plan.bridgeSubnet];
  for (const pool of plan.defaultAddressPools) {
    const base = net(pool.base);
    for (let index = 0; index < 2 ** (pool.size - base.bits); index += 1) {
      const third = ((base.base >>> 8) & 0xff) + index;
      all.push(`${pool.base.split('.').slice(0, 2).join('.')}.${third}.0/${pool.size}`);
    }
  }
  return all;
}

describe('address plan of one block', () => {
  test('the bridge takes the first /24, the pools the other fifteen, without overlap', () => {
    const plan = planForBlock(net('10.213.48.0/20'));
    assert.deepEqual(plan, {
      block: '10.213.48.0/20',
      bridgeSubnet: '10.213.48.0/24',
      gateway: '10.213.48.1',
      gatewayCidr: '10.213.48.1/24',
      defaultAddressPools: [
        { base: '10.213.49.0/24', size: 24 },
        { base: '10.213.50.0/23', size: 24 },
        { base: '10.213.52.0/22', size: 24 },
        { base: '10.213.56.0/21', size: 24 },
      ],
    });
    const networks = networksOf(plan);
    assert.equal(networks.length, 16);
    assert.equal(new Set(networks).size, 16);
    for (const each of networks) assert.ok(overlaps(net(each), net(plan.block)), each);
  });
});

describe('planAddresses', () => {
  test('starts at a block derived from the id and never lands in Docker default pools', () => {
    // 0x0003 % 16 = 3: the fourth /20 of 10.213.0.0/16.
    assert.equal(planAddresses('0003abcd', []).block, '10.213.48.0/20');
    assert.equal(planAddresses('0013abcd', []).block, '10.213.48.0/20');
    assert.equal(planAddresses('000fabcd', []).block, '10.213.240.0/20');
    for (const pool of DOCKER_DEFAULT_POOLS) {
      const plan = planAddresses('00000000', [], { ranges: [pool, '10.213.0.0/16'] });
      assert.equal(plan.block, '10.213.0.0/20', pool);
    }
  });

  test('skips a block with a host route or address in it, and one of another instance', () => {
    const taken = [
      host('10.213.48.0/24', 'dtls-11111111'), // another instance's bridge: its whole block is taken
      host('10.213.70.5/32', 'wg0'), // a host route into the next block
    ];
    const plan = planAddresses('0003abcd', taken);
    assert.equal(plan.block, '10.213.80.0/20');
    assert.ok(!taken.some((each) => overlaps(each.net, net(plan.block))));
  });

  test('a route covering a whole range moves to the next range', () => {
    const plan = planAddresses('0003abcd', [host('10.0.0.0/8', 'tun0')]);
    assert.equal(plan.block, '198.18.48.0/20');
    assert.equal(plan.gatewayCidr, '198.18.48.1/24');
  });

  test('blocks in `exclude` are skipped: a block found contested after creating the bridge', () => {
    assert.equal(planAddresses('0003abcd', [], { exclude: ['10.213.48.0/20'] }).block, '10.213.64.0/20');
  });

  test('an exhausted range fails with what occupies it and the fix', () => {
    const taken = [host('10.213.0.0/17', 'br-aaaaaaaaaaaa'), host('10.213.128.0/17', 'br-bbbbbbbbbbbb')];
    assert.throws(
      () => planAddresses('0003abcd', taken, { ranges: ['10.213.0.0/16'] }),
      (error: unknown) => {
        assert.ok(error instanceof DockerTlsError);
        assert.match(error.message, /No free \/20 block .* in 10\.213\.0\.0\/16/);
        assert.match(error.message, /10\.213\.0\.0\/17 on br-aaaaaaaaaaaa, 10\.213\.128\.0\/17 on br-bbbbbbbbbbbb/);
        assert.match(error.hint!, /ip link delete/);
        return true;
      },
    );
  });

  test('a range inside the Docker default pools alone is exhausted', () => {
    assert.throws(() => planAddresses('00000000', [], { ranges: ['172.20.0.0/16'] }), DockerTlsError);
  });
});

describe('foreignOccupants', () => {
  test('finds another device in our block but not our own bridge', () => {
    const plan = planForBlock(net('10.213.48.0/20'));
    const seen = [
      host('10.213.48.0/24', 'dtls-0003abcd'),
      host('10.213.48.1/32', 'dtls-0003abcd'),
      host('10.213.32.0/24', 'dtls-99999999'),
    ];
    assert.deepEqual(foreignOccupants(plan, seen, 'dtls-0003abcd'), []);
    const rival = host('10.213.48.0/24', 'dtls-0013abcd');
    assert.deepEqual(foreignOccupants(plan, [...seen, rival], 'dtls-0003abcd'), [rival]);
  });
});
