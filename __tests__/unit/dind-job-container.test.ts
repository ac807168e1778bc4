// Detecting that this process runs inside a container of the outer engine (a `container:` job),
// from texts as the kernel writes them under cgroup v1 and v2.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ContainerInfo } from '../../src/host/engine-api/types.js';
import {
  detectJobContainer,
  idsFromCgroup,
  idsFromMountinfo,
  jobContainerCandidates,
} from '../../src/engines/dind/job-container.js';

const ID = '95d743a25ca0da305c3950a808281b930cb108feba1c1800566c847b4999e481';
const OTHER = 'c37fca027a6b432e69ee90b8f02adb3971563e32b8d32587ee60443b9a206242';

// Docker 20.10 on cgroup v1 (cgroupfs driver), as read inside a container.
const CGROUP_V1 = [
  `9:name=systemd:/docker/${ID}`,
  `8:pids:/docker/${ID}`,
  `4:memory:/docker/${ID}`,
  `1:cpu:/docker/${ID}`,
  `0::/docker/${ID}`,
].join('\n');
// systemd driver with the host's cgroup namespace: the scope names the container.
const CGROUP_V2_HOST_NS = `0::/system.slice/docker-${ID}.scope\n`;
// cgroup v2 with a private cgroup namespace (Docker's default there): nothing to read.
const CGROUP_V2_PRIVATE = '0::/\n';
// The runner itself.
const CGROUP_RUNNER = '0::/user.slice/user-1001.slice/session-1.scope\n';

const MOUNTINFO_CONTAINER = [
  '74 49 0:39 / / rw,relatime master:3 - overlay overlay rw,lowerdir=/var/lib/docker/overlay2/l/PIEBHY6PV42Q',
  '75 74 0:42 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw',
  `91 74 254:0 /var/lib/docker/containers/${ID}/resolv.conf /etc/resolv.conf rw,relatime - ext4 /dev/vda rw`,
  `92 74 254:0 /var/lib/docker/containers/${ID}/hostname /etc/hostname rw,relatime - ext4 /dev/vda rw`,
  `93 74 254:0 /var/lib/docker/containers/${ID}/hosts /etc/hosts rw,relatime - ext4 /dev/vda rw`,
  // A volume that merely holds another container's files is not where we are.
  `94 74 254:0 /var/lib/docker/containers/${OTHER}/hostname /data/hostname rw,relatime - ext4 /dev/vda rw`,
].join('\n');
// data-root on a file system of its own: the root field is relative to that file system.
const MOUNTINFO_OWN_FS = `92 74 8:17 /containers/${ID}/hostname /etc/hostname rw,relatime - xfs /dev/sdb1 rw\n`;
const MOUNTINFO_RUNNER =
  '22 27 0:21 / /proc rw,relatime - proc proc rw\n23 27 0:22 / /sys rw,relatime - sysfs sysfs rw\n';

test('cgroup v1 and v2 with the host namespace name the container; a private v2 namespace and the runner do not', () => {
  assert.deepEqual(idsFromCgroup(CGROUP_V1), [ID]);
  assert.deepEqual(idsFromCgroup(CGROUP_V2_HOST_NS), [ID]);
  assert.deepEqual(idsFromCgroup(CGROUP_V2_PRIVATE), []);
  assert.deepEqual(idsFromCgroup(CGROUP_RUNNER), []);
});

test('the mount table names the container through /etc/hostname, /etc/hosts and /etc/resolv.conf only', () => {
  assert.deepEqual(idsFromMountinfo(MOUNTINFO_CONTAINER), [ID]);
  assert.deepEqual(idsFromMountinfo(MOUNTINFO_OWN_FS), [ID]);
  assert.deepEqual(idsFromMountinfo(MOUNTINFO_RUNNER), []);
});

test('candidates: mounts first, then cgroups, then a short-id host name; none on the runner', () => {
  assert.deepEqual(jobContainerCandidates(CGROUP_V2_PRIVATE, MOUNTINFO_CONTAINER, ID.slice(0, 12)), [ID]);
  assert.deepEqual(jobContainerCandidates(CGROUP_V2_PRIVATE, MOUNTINFO_RUNNER, 'abcdef012345'), ['abcdef012345']);
  assert.deepEqual(jobContainerCandidates(CGROUP_V1, MOUNTINFO_RUNNER, 'runner-vm'), [ID]);
  assert.deepEqual(jobContainerCandidates(CGROUP_RUNNER, MOUNTINFO_RUNNER, 'fv-az123-456'), []);
});

function fakeEngine(running: Record<string, boolean>) {
  const asked: string[] = [];
  return {
    asked,
    async inspectContainer(id: string): Promise<ContainerInfo | undefined> {
      asked.push(id);
      const full = Object.keys(running).find((known) => known.startsWith(id));
      if (!full) return undefined;
      return { Id: full, State: { Running: running[full] } } as unknown as ContainerInfo;
    },
  };
}

const source = (cgroup: string, mountinfo: string, host: string) => ({
  cgroup: async () => cgroup,
  mountinfo: async () => mountinfo,
  hostname: () => host,
});

test('detection confirms a candidate with the outer engine: running there, or it is not our job container', async () => {
  const engine = fakeEngine({ [ID]: true });
  assert.equal(await detectJobContainer(engine, source(CGROUP_V2_PRIVATE, MOUNTINFO_CONTAINER, 'x')), ID);
  assert.equal(await detectJobContainer(engine, source(CGROUP_V2_PRIVATE, MOUNTINFO_RUNNER, ID.slice(0, 12))), ID);
  // Another engine's container (unknown here) or a stopped one: not ours to join.
  assert.equal(await detectJobContainer(fakeEngine({}), source(CGROUP_V1, MOUNTINFO_CONTAINER, 'x')), undefined);
  assert.equal(await detectJobContainer(fakeEngine({ [ID]: false }), source(CGROUP_V1, '', 'x')), undefined);
  // On the runner the engine is not even asked.
  const runner = fakeEngine({ [ID]: true });
  assert.equal(await detectJobContainer(runner, source(CGROUP_RUNNER, MOUNTINFO_RUNNER, 'fv-az123-456')), undefined);
  assert.deepEqual(runner.asked, []);
});

test('unreadable /proc files count as "not in a container"', async () => {
  const failing = {
    cgroup: () => Promise.reject(new Error('EACCES')),
    mountinfo: () => Promise.reject(new Error('EACCES')),
    hostname: () => 'runner',
  };
  assert.equal(await detectJobContainer(fakeEngine({ [ID]: true }), failing), undefined);
});
