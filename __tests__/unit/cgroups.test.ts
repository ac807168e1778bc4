// Which cgroups an instance's containers get, and where teardown looks for them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDaemonJson } from '../../src/engines/dockerd/daemon-json.js';
import { cgroupDriverOf, cgroupMountsIn, cgroupParentOf } from '../../src/host/cgroups.js';

const MOUNTINFO = [
  '25 20 0:22 / /sys/fs/cgroup ro,nosuid - tmpfs tmpfs ro,mode=755',
  '26 25 0:23 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw',
  '27 25 0:24 / /sys/fs/cgroup/systemd rw - cgroup cgroup rw,name=systemd',
  '30 25 0:27 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory',
  '31 25 0:28 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct',
  '40 20 0:40 / /sys/fs/cgroup/memory/x rw - tmpfs tmpfs rw',
].join('\n');

test('the hierarchies: every cgroup and cgroup2 mount, nothing else', () => {
  assert.deepEqual(cgroupMountsIn(MOUNTINFO), [
    '/sys/fs/cgroup/unified',
    '/sys/fs/cgroup/systemd',
    '/sys/fs/cgroup/memory',
    '/sys/fs/cgroup/cpu,cpuacct',
  ]);
  assert.deepEqual(cgroupMountsIn('36 25 0:30 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n'), ['/sys/fs/cgroup']);
});

test('the driver: as asked in exec-opts', () => {
  assert.equal(cgroupDriverOf({ 'exec-opts': ['native.cgroupdriver=systemd'] }), 'systemd');
  assert.equal(cgroupDriverOf({ 'exec-opts': ['native.cgroupdriver=cgroupfs'] }), 'cgroupfs');
});

test('a parent of our own under cgroupfs, none under systemd; a parent the user gave wins', () => {
  assert.equal(cgroupParentOf('dtls-0123abcd', 'cgroupfs'), '/dtls-0123abcd');
  assert.equal(cgroupParentOf('dtls-0123abcd', 'systemd'), undefined);
  const input = {
    serverTls: { ca: '/c', cert: '/s', key: '/k' },
    socketPath: '/s.sock',
    listen: { bindHost: '127.0.0.1', port: 2376 },
    dataRoot: '/d',
    execRoot: '/e',
    pidFile: '/p',
    bridge: 'dtls-0123abcd',
    marker: 'dtls-0123abcd',
    cgroupParent: '/dtls-0123abcd',
  };
  assert.equal(buildDaemonJson({ ...input, userConfig: {} })['cgroup-parent'], '/dtls-0123abcd');
  assert.equal(buildDaemonJson({ ...input, userConfig: { 'cgroup-parent': '/ci' } })['cgroup-parent'], '/ci');
  assert.equal(buildDaemonJson({ ...input, cgroupParent: undefined, userConfig: {} })['cgroup-parent'], undefined);
});
