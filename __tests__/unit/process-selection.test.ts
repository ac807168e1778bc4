// Teardown and the crash sweep select processes by exact arguments, never by a substring of the
// command line, and never this process or an ancestor of it (issue 12, item 5).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isInstanceMount } from '../../src/host/mounts.js';
import { type InstanceIdentity, processesOfInstance } from '../../src/engines/dockerd/process-selection.js';
import { type ProcessInfo } from '../../src/host/processes.js';

const MARKER = 'dtls-0a1b2c3d';
const WORK = `/home/runner/work/_temp/${MARKER}`;
const SOCKET = `/run/${MARKER}/containerd/containerd.sock`;

function proc(pid: number, ppid: number, ...argv: string[]): ProcessInfo {
  return { pid, ppid, argv, cmdline: argv.join(' ') };
}

const SELF = 500;
const TABLE: ProcessInfo[] = [
  proc(1, 0, '/sbin/init'),
  proc(400, 1, 'bash', '-c', `docker-tls down --state /tmp/${MARKER}.state.json`),
  proc(SELF, 400, 'node', 'docker-tls', 'down', '--config-file', `${WORK}/daemon.json`),
  proc(10, 1, 'sudo', '-n', '/usr/sbin/dockerd', '--config-file', `${WORK}/daemon.json`),
  proc(11, 10, '/usr/sbin/dockerd', '--config-file', `${WORK}/daemon.json`),
  proc(20, 1, '/usr/bin/containerd', '--config', `${WORK}/containerd.toml`),
  proc(30, 1, '/usr/bin/containerd-shim-runc-v2', '-namespace', MARKER, '-id', 'abc', '-address', SOCKET),
  proc(31, 30, 'sleep', '600'),
  proc(50, 1, '/opt/node24/bin/node', '/a/dist/network-watch/index.js', '--watch-config', `${WORK}/network-watch.json`),
  proc(51, 50, 'sudo', '-n', '/usr/sbin/iptables-restore', '--noflush'),
  // Not ours, though they name the instance:
  proc(40, 1, 'tail', '-f', `${WORK}/docker.log`),
  proc(41, 1, 'grep', MARKER),
  proc(42, 1, 'vim', `${WORK}/daemon.json`),
  proc(43, 1, '/usr/bin/containerd-shim-runc-v2', '-namespace', MARKER, '-address', '/run/containerd/containerd.sock'),
  proc(44, 1, '/usr/bin/containerd-shim-runc-v2', '-namespace', 'moby', '-address', SOCKET),
  proc(45, 1, '/usr/sbin/dockerd', '--config-file', `/srv/ci/state/${MARKER}/daemon.json`),
  proc(46, 1, '/usr/sbin/dockerd', '--config-file', `/tmp/x/${MARKER}/daemon.json.bak`),
  proc(47, 1, '/usr/sbin/dockerd', '--config-file', `/tmp/x/${MARKER}x/daemon.json`),
  proc(48, 1, 'node', 'watch.js', '--watch-config', `${WORK}/daemon.json`),
  proc(49, 1, 'less', `${WORK}/network-watch.json`),
];

const pids = (identity: InstanceIdentity) =>
  processesOfInstance(TABLE, identity, SELF)
    .map((info) => info.pid)
    .sort((a, b) => a - b);

describe('process selection', () => {
  test('teardown: dockerd, sudo, containerd, our shims, the network watch and their children; nothing that only names us', () => {
    assert.deepEqual(
      pids({ marker: MARKER, workDir: WORK, execRoots: [`/run/${MARKER}`] }),
      [10, 11, 20, 30, 31, 50, 51],
    );
  });

  test('the sweep, which knows no work directory, matches its name and still spares ancestors', () => {
    const found = pids({ marker: MARKER, execRoots: [`/run/${MARKER}`, `/tmp/${MARKER}`] });
    assert.deepEqual(found, [10, 11, 20, 30, 31, 45, 50, 51]);
    assert.ok(!found.includes(SELF) && !found.includes(400), 'never ourselves or an ancestor');
  });
});

describe('mount selection of a crashed instance', () => {
  const parents = ['/run', '/tmp'];
  test('under its exec-root or a data-root of its work directory', () => {
    assert.ok(isInstanceMount(`/run/${MARKER}`, MARKER, parents));
    assert.ok(isInstanceMount(`/run/${MARKER}/netns/abc`, MARKER, parents));
    assert.ok(isInstanceMount(`${WORK}/data/overlay2/abc/merged`, MARKER, parents));
  });
  test('not a path that merely has a component named after it', () => {
    assert.ok(!isInstanceMount(`/home/user/${MARKER}`, MARKER, parents));
    assert.ok(!isInstanceMount(`/mnt/${MARKER}/backup`, MARKER, parents));
    assert.ok(!isInstanceMount(`/run/${MARKER}x`, MARKER, parents));
    assert.ok(!isInstanceMount(`${WORK}/certs`, MARKER, parents));
  });
});
