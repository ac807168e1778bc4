// The guest is a runner look-alike only while it has what the action meets on one: checked at the
// start of every boot, so that the guest cannot drift from it unseen (a Debian update, a change to
// the image). Each check names what it found when it fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TestContext } from 'node:test';
import type { Variant } from '../host/common.js';
import { systemApi } from './http.js';
import { ok, run, sudo } from './shell.js';

/** GitHub's runners have Docker 28 (ubuntu-24.04) and run actions on Node 24. */
export const DOCKER_VERSION = /^28\.5\./;
export const NODE_MAJOR = 24;

interface DockerInfo {
  ServerVersion: string;
  CgroupDriver: string;
  CgroupVersion: string;
}

export async function checkFidelity(t: TestContext, variant: Variant): Promise<void> {
  await t.test('cgroup v2 only: cgroup2 on /sys/fs/cgroup, no v1 hierarchy mounted', () => {
    const mounts = readFileSync('/proc/self/mounts', 'utf8').split('\n');
    const cgroupMounts = mounts
      .filter((line) => / cgroup2? /.test(line))
      .map((line) => line.split(' ').slice(1, 3).join(' '));
    assert.deepEqual(cgroupMounts, ['/sys/fs/cgroup cgroup2']);
  });
  await t.test('systemd is PID 1', () => {
    assert.equal(readFileSync('/proc/1/comm', 'utf8').trim(), 'systemd');
  });
  await t.test('docker.service is active, Docker 28.5, systemd cgroup driver', async () => {
    assert.equal((await run('systemctl', ['is-active', 'docker.service'])).stdout.trim(), 'active');
    // What `docker info` prints, from the API it asks.
    const info = await systemApi<DockerInfo>('/info');
    assert.match(info.ServerVersion, DOCKER_VERSION);
    assert.deepEqual([info.CgroupDriver, info.CgroupVersion], ['systemd', '2']);
  });
  await t.test(`node is ${NODE_MAJOR}.x, on PATH and running this suite`, async () => {
    assert.equal(process.versions.node.split('.')[0], String(NODE_MAJOR));
    assert.match((await ok('node', ['--version'])).trim(), new RegExp(`^v${NODE_MAJOR}\\.`));
  });
  await t.test('FORWARD policy DROP', async () => {
    const forward = await sudo(['iptables', '-S', 'FORWARD']);
    assert.equal(forward.split('\n')[0], '-P FORWARD DROP');
  });
  await t.test('runner: not root, in group docker, passwordless sudo', async () => {
    assert.equal((await ok('id', ['-un'])).trim(), 'runner');
    assert.notEqual(process.getuid?.(), 0);
    assert.ok((await ok('id', ['-Gn'])).trim().split(' ').includes('docker'));
    assert.equal((await sudo(['id', '-u'])).trim(), '0');
  });
  const legacyWorks = variant === '24.04';
  await t.test(`iptables-legacy -t nat -L ${legacyWorks ? 'works (24.04-like)' : 'fails (26.04-like)'}`, async () => {
    const legacy = await run('sudo', ['-n', 'iptables-legacy', '-t', 'nat', '-L']);
    assert.equal(legacy.code === 0, legacyWorks, `iptables-legacy exited ${legacy.code}: ${legacy.stderr.trim()}`);
    if (!legacyWorks) assert.match(legacy.stderr, /can't initialize iptables table `nat'/);
  });
}
