// Our firewall chains, ip_forward record and address plan against the real kernel, each inside
// network namespaces of the test's own that look like a runner: FORWARD policy DROP, br_netfilter on,
// the runner daemon's chains. Traffic goes only between those namespaces.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { applyFirewall, removeFirewall, sweepFirewalls } from '../src/host/network/firewall.js';
import { chainNames } from '../src/host/network/firewall-rules.js';
import { type IptablesBackend } from '../src/host/network/iptables.js';
import { holdIpForward, releaseIpForward } from '../src/host/network/ip-forward.js';
import { readHostNetworks } from '../src/host/network/ipv4.js';
import { planAddresses } from '../src/host/network/pools.js';
import { Namespaces, fakeRunnerDaemon, savedRules } from '../harness/netns.js';

const namespaces = new Namespaces();
const scratch = mkdtempSync(join(tmpdir(), 'netns-test-'));
after(() => {
  namespaces.dispose();
  rmSync(scratch, { recursive: true, force: true });
});
const skip = process.getuid?.() !== 0 ? 'needs root (network namespaces)' : false;
const BACKENDS: IptablesBackend[] = ['iptables-nft', 'iptables-legacy'];
const HOST_IP_FORWARD = readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8');

function chainRules(ns: string, backend: IptablesBackend, table: string, chain: string): string[] {
  return namespaces.run(ns, backend, '-w', '-t', table, '-S', chain).trim().split('\n');
}

for (const backend of BACKENDS) {
  describe(`firewall chains with ${backend}`, { skip }, () => {
    test('hooked after DOCKER-USER (nat and raw first), exactly our rules, the runner daemon untouched, and all gone after removal', async () => {
      const ns = namespaces.add(`rules-${backend.slice(9)}`);
      const privilege = namespaces.privilege(ns);
      fakeRunnerDaemon(namespaces, ns, backend);
      const before = savedRules(namespaces, ns, backend);
      const spec = { id: 'aaaa0001', block: '10.213.16.0/20', bridge: 'dtls-aaaa0001', outbound: true };
      const result = await applyFirewall(privilege, spec);
      assert.deepEqual(result, {
        applied: true,
        backend,
        chains: ['DTLS-aaaa0001-FWD', 'DTLS-aaaa0001-NAT', 'DTLS-aaaa0001-RAW'],
        warnings: [],
      });
      // Right after the runner daemon's DOCKER-USER, so that a user's policy there applies to ours.
      assert.deepEqual(chainRules(ns, backend, 'filter', 'FORWARD').slice(1, 4), [
        '-A FORWARD -j DOCKER-USER',
        '-A FORWARD -j DTLS-aaaa0001-FWD',
        '-A FORWARD -j DOCKER-FORWARD',
      ]);
      assert.equal(chainRules(ns, backend, 'nat', 'POSTROUTING')[1], '-A POSTROUTING -j DTLS-aaaa0001-NAT');
      assert.equal(chainRules(ns, backend, 'raw', 'PREROUTING')[1], '-A PREROUTING -j DTLS-aaaa0001-RAW');
      assert.deepEqual(chainRules(ns, backend, 'raw', 'DTLS-aaaa0001-RAW'), [
        '-N DTLS-aaaa0001-RAW',
        '-A DTLS-aaaa0001-RAW -s 10.213.16.0/20 -m rpfilter --invert -j DROP',
      ]);
      assert.deepEqual(chainRules(ns, backend, 'filter', 'DTLS-aaaa0001-FWD'), [
        '-N DTLS-aaaa0001-FWD',
        '-A DTLS-aaaa0001-FWD -d 10.213.16.0/20 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
        '-A DTLS-aaaa0001-FWD -s 10.213.16.0/20 -i dtls-aaaa0001 -j ACCEPT',
        '-A DTLS-aaaa0001-FWD -s 10.213.16.0/20 -i br-+ -j ACCEPT',
      ]);
      assert.deepEqual(chainRules(ns, backend, 'nat', 'DTLS-aaaa0001-NAT'), [
        '-N DTLS-aaaa0001-NAT',
        '-A DTLS-aaaa0001-NAT -s 10.213.16.0/20 ! -d 10.213.16.0/20 -j MASQUERADE',
      ]);

      // A second instance overlapping the first, without outbound access; then the first leaves.
      const second = { id: 'bbbb0002', block: '10.213.32.0/20', bridge: 'dtls-bbbb0002', outbound: false };
      assert.equal((await applyFirewall(privilege, second)).applied, true);
      assert.equal(await removeFirewall(privilege, spec.id, backend), 3);
      assert.equal(chainRules(ns, backend, 'filter', 'FORWARD')[2], '-A FORWARD -j DTLS-bbbb0002-FWD');
      assert.equal(chainRules(ns, backend, 'filter', 'DTLS-bbbb0002-FWD').length, 5);
      assert.equal(await removeFirewall(privilege, spec.id, backend), 0, 'removing again is fine');
      assert.equal(await removeFirewall(privilege, second.id), 2, 'found without the backend recorded');
      assert.equal(savedRules(namespaces, ns, backend), before);
    });

    test('the sweep removes the chains of dead instances only', async () => {
      const ns = namespaces.add(`sweep-${backend.slice(9)}`);
      const privilege = namespaces.privilege(ns);
      fakeRunnerDaemon(namespaces, ns, backend);
      const before = savedRules(namespaces, ns, backend);
      for (const id of ['dead0001', 'live0002']) {
        await applyFirewall(privilege, { id, block: '10.213.16.0/20', bridge: `dtls-${id}`, outbound: true });
      }
      assert.deepEqual((await sweepFirewalls(privilege, (id) => id === 'dead0001')).swept, ['dead0001']);
      const filter = namespaces.run(ns, backend, '-w', '-S');
      assert.doesNotMatch(filter, /dead0001/);
      assert.match(filter, /-A FORWARD -j DTLS-live0002-FWD/);
      await removeFirewall(privilege, 'live0002');
      assert.equal(savedRules(namespaces, ns, backend), before);
    });
  });
}

describe('ip_forward record against the kernel', { skip }, () => {
  for (const initial of ['0', '1']) {
    test(`from ${initial}: two overlapping instances, restored after the last`, async () => {
      const ns = namespaces.add(`fwd${initial}`);
      const privilege = namespaces.privilege(ns);
      const paths = { dir: join(scratch, `record${initial}`, 'ip-forward'), sysctl: '/proc/sys/net/ipv4/ip_forward' };
      const value = () => namespaces.run(ns, 'cat', paths.sysctl).trim();
      namespaces.run(ns, 'sysctl', '-qw', `net.ipv4.ip_forward=${initial}`);
      await holdIpForward(privilege, 'aaaa0001', paths);
      assert.equal(value(), '1');
      await holdIpForward(privilege, 'bbbb0002', paths);
      await releaseIpForward(privilege, 'aaaa0001', paths);
      assert.equal(value(), '1', 'the second instance still needs it');
      await releaseIpForward(privilege, 'bbbb0002', paths);
      assert.equal(value(), initial);
      assert.equal(readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8'), HOST_IP_FORWARD, "the machine's own");
    });
  }
});

/**
 * host: a runner (DROP policy, br_netfilter, the runner daemon's chains) with our bridge dtls-<id> and
 * a user network br-<hex> of our daemon; c1, c2 on the bridge, c3 on the user network; inet: "the
 * internet", reached through host's uplink, with no route back to our block.
 */
async function runnerWithContainers(backend: IptablesBackend) {
  const short = backend.slice(9);
  const [host, c1, c2, c3, inet] = ['host', 'c1', 'c2', 'c3', 'inet'].map((name) => namespaces.add(`${short}-${name}`));
  const privilege = namespaces.privilege(host);
  const id = 'cccc0003';
  const plan = planAddresses(id, await readHostNetworks(privilege));
  const userNet = plan.defaultAddressPools[0].base.replace(/\.0\/24$/, '');
  const bridgeNet = plan.bridgeSubnet.replace(/\.0\/24$/, '');
  namespaces.run(host, 'sysctl', '-qw', 'net.bridge.bridge-nf-call-iptables=1');
  for (const [bridge, prefix] of [
    [`dtls-${id}`, bridgeNet],
    ['br-0123456789ab', userNet],
  ]) {
    namespaces.run(host, 'ip', 'link', 'add', bridge, 'type', 'bridge');
    namespaces.run(host, 'ip', 'addr', 'add', `${prefix}.1/24`, 'dev', bridge);
    namespaces.run(host, 'ip', 'link', 'set', bridge, 'up');
  }
  const containers: [string, string, string][] = [
    [c1, `dtls-${id}`, `${bridgeNet}.2`],
    [c2, `dtls-${id}`, `${bridgeNet}.3`],
    [c3, 'br-0123456789ab', `${userNet}.2`],
  ];
  for (const [index, [ns, bridge, address]] of containers.entries()) {
    namespaces.link(host, `veth${index}`, ns, 'eth0');
    namespaces.run(host, 'ip', 'link', 'set', `veth${index}`, 'master', bridge);
    namespaces.run(ns, 'ip', 'addr', 'add', `${address}/24`, 'dev', 'eth0');
    namespaces.run(ns, 'ip', 'route', 'add', 'default', 'via', address.replace(/\.\d+$/, '.1'));
  }
  namespaces.link(host, 'uplink', inet, 'eth0');
  namespaces.run(host, 'ip', 'addr', 'add', '198.51.100.1/24', 'dev', 'uplink');
  namespaces.run(inet, 'ip', 'addr', 'add', '198.51.100.2/24', 'dev', 'eth0');
  for (const [ns, address, text] of [
    [inet, '198.51.100.2', 'internet'],
    [c2, `${bridgeNet}.3`, 'c2'],
    [c3, `${userNet}.2`, 'c3'],
  ]) {
    const directory = join(scratch, ns);
    mkdirSync(directory);
    writeFileSync(join(directory, 'ok'), text);
    namespaces.serve(ns, address, directory);
  }
  fakeRunnerDaemon(namespaces, host, backend);
  for (const [ns, address] of [
    [inet, '198.51.100.2'],
    [c2, `${bridgeNet}.3`],
    [c3, `${userNet}.2`],
  ]) {
    namespaces.awaitServer(ns, address);
  }
  const reach = (from: string, address: string, expected: boolean) =>
    namespaces.fetch(from, address, expected ? 5 : 2) !== undefined;
  return { host, c1, c3, privilege, id, plan, bridgeNet, userNet, reach };
}

for (const backend of BACKENDS) {
  describe(`container traffic with ${backend}`, { skip }, () => {
    test('our chains let containers reach each other and the internet; outbound false only each other', async () => {
      const net = await runnerWithContainers(backend);
      const { host, c1, c3, privilege, id, plan, bridgeNet, userNet, reach } = net;
      const c2 = `${bridgeNet}.3`;
      const c3Address = `${userNet}.2`;
      const paths = { dir: join(scratch, `traffic-${backend}`, 'ip-forward'), sysctl: '/proc/sys/net/ipv4/ip_forward' };
      namespaces.run(host, 'sysctl', '-qw', 'net.ipv4.ip_forward=0');
      const before = savedRules(namespaces, host, backend);

      await holdIpForward(privilege, id, paths);
      assert.equal(reach(c1, c2, false), false, 'without our rules, DROP stops even bridged traffic');
      assert.equal(reach(c1, '198.51.100.2', false), false);

      const spec = { id, block: plan.block, bridge: `dtls-${id}`, outbound: true };
      assert.equal((await applyFirewall(privilege, spec)).applied, true);
      assert.equal(reach(c1, c2, true), true, 'same bridge');
      assert.equal(reach(c1, c3Address, true), true, 'our other network');
      assert.equal(reach(c1, '198.51.100.2', true), true, 'the internet, masqueraded');
      assert.equal(reach(c3, '198.51.100.2', true), true, 'the internet from a user network');

      await removeFirewall(privilege, id);
      await applyFirewall(privilege, { ...spec, outbound: false });
      assert.deepEqual(chainNames(id), { forward: `DTLS-${id}-FWD`, nat: `DTLS-${id}-NAT`, raw: `DTLS-${id}-RAW` });
      assert.doesNotMatch(namespaces.run(host, backend, '-w', '-t', 'nat', '-S'), /DTLS-/, 'no NAT rule');
      assert.equal(reach(c1, c2, true), true, 'same bridge without outbound');
      assert.equal(reach(c1, c3Address, true), true, 'our other network without outbound');
      assert.equal(reach(c1, '198.51.100.2', false), false, 'no internet without outbound');

      await removeFirewall(privilege, id);
      await releaseIpForward(privilege, id, paths);
      assert.equal(reach(c1, c2, false), false, 'all of it gone');
      assert.equal(savedRules(namespaces, host, backend), before);
      assert.equal(namespaces.run(host, 'cat', paths.sysctl).trim(), '0');
    });
  });
}
