// The owner label the crash sweep reads on our bridges, and the daemon's endpoints. (Route and
// subnet planning: network-ipv4.test.ts and network-pools.test.ts.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatOwnerLabel, parseOwnerLabel } from '../../src/host/network/bridge.js';
import { endpointOf, tcpUrl } from '../../src/core/endpoint.js';

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
