// What our dockerd is told about networking, and what it inherits: logic only, no daemon.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { daemonEnvironment } from '../../src/engines/dockerd/binaries.js';
import { type DaemonJsonInput, buildDaemonJson } from '../../src/engines/dockerd/daemon-json.js';
import { blockOfBridge } from '../../src/engines/dockerd/networking.js';
import { parseHostNetworks } from '../../src/host/network/ipv4.js';
import { planForBlock } from '../../src/host/network/pools.js';

const plan = planForBlock({ base: (10 << 24) + (213 << 16) + (48 << 8), bits: 20 });

function input(tcpHost: string, userConfig: Record<string, unknown> = {}): DaemonJsonInput {
  return {
    serverTls: { ca: '/s/ca.pem', cert: '/s/cert.pem', key: '/s/key.pem' },
    socketPath: '/w/docker.sock',
    listen: { bindHost: tcpHost, port: 2376 },
    dataRoot: '/w/data',
    execRoot: '/run/dtls-1a2b3c4d',
    pidFile: '/w/docker.pid',
    bridge: 'dtls-1a2b3c4d',
    addressPools: plan.defaultAddressPools,
    marker: 'dtls-1a2b3c4d',
    userConfig,
  };
}

describe('daemon.json networking', () => {
  test('pools of our block; dockerd manages neither iptables nor ip_forward', () => {
    const json = buildDaemonJson(input('127.0.0.1'));
    assert.deepEqual(json['default-address-pools'], plan.defaultAddressPools);
    assert.equal(json.iptables, false);
    assert.equal(json.ip6tables, false);
    assert.equal(json['ip-masq'], false);
    assert.equal(json['ip-forward'], false);
    assert.equal(json.bridge, 'dtls-1a2b3c4d');
  });

  test("published ports bind to the daemon's own address, every interface only when it is bound to all", () => {
    assert.equal(buildDaemonJson(input('127.0.0.1')).ip, '127.0.0.1');
    assert.equal(buildDaemonJson(input('198.51.100.1')).ip, '198.51.100.1');
    assert.equal(buildDaemonJson(input('::1')).ip, '::1');
    assert.equal(buildDaemonJson(input('0.0.0.0')).ip, undefined);
    assert.equal(buildDaemonJson(input('::')).ip, undefined);
    assert.equal(buildDaemonJson(input('127.0.0.1', { ip: '0.0.0.0' })).ip, '0.0.0.0', 'daemon-config may widen it');
  });

  test('the block of a bridge of ours, from its gateway address', () => {
    const networks = parseHostNetworks(
      [
        '10.213.48.0/24 dev dtls-1a2b3c4d proto kernel scope link src 10.213.48.1',
        '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1',
        '7: dtls-1a2b3c4d    inet 10.213.48.1/24 brd 10.213.48.255 scope global dtls-1a2b3c4d',
      ].join('\n'),
    );
    assert.equal(blockOfBridge(networks, 'dtls-1a2b3c4d'), '10.213.48.0/20');
    assert.equal(blockOfBridge(networks, 'dtls-99999999'), undefined);
  });
});

describe("the daemons' environment", () => {
  const job = {
    PATH: '/home/runner/.local/bin:/usr/bin',
    HOME: '/home/runner',
    DOCKER_HOST: 'tcp://127.0.0.1:2376',
    DOCKER_CERT_PATH: '/tmp/earlier/client',
    DOCKER_TLS_VERIFY: '1',
    GITHUB_TOKEN: 'ghs_x',
    ACTIONS_RUNTIME_TOKEN: 'y',
    HTTPS_PROXY: 'http://proxy.example:3128',
    no_proxy: 'localhost',
  };

  test("PATH of our choosing, starting with the engine's directories; proxies pass; nothing else", () => {
    const env = daemonEnvironment(['/opt/engine/bin/dockerd', '/usr/bin/containerd'], job);
    assert.deepEqual(Object.keys(env).sort(), ['HTTPS_PROXY', 'PATH', 'no_proxy']);
    assert.equal(env.PATH, '/opt/engine/bin:/usr/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/sbin:/bin');
    assert.ok(!env.PATH.includes('.local'), "the job's PATH is not inherited");
  });
});
