// The dind container-create body and the dind-args check: pure functions, no engine needed.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { type ContainerInfo } from '../../src/host/engine-api/types.js';
import {
  type DindContainerOptions,
  waitingEntrypoint,
  LABEL_INSTANCE,
  LABEL_ROLE,
  buildDindCreateRequest,
  dindCommand,
} from '../../src/engines/dind/container-request.js';
import { containerAddressSans } from '../../src/engines/dind/outer.js';
import { imageEntrypointOf } from '../../src/engines/dind/image.js';
import { parseDindArgs, refusedDindArg } from '../../src/core/options/dind.js';
import { InputError } from '../../src/core/errors.js';

const base: DindContainerOptions = {
  image: 'docker:28-dind',
  instanceId: '0a1b2c3d',
  serverCertDir: '/runner/temp/dtls-0a1b2c3d/certs/server',
  dindArgs: [],
  privileged: true,
  listen: { bindHost: '127.0.0.1', port: 2376 },
  alias: 'docker',
};

test('the command starts with dockerd, listens on the socket and tcp 2376 with our certificates, then the user args', () => {
  assert.deepEqual(dindCommand(['--mtu=1400']), [
    'dockerd',
    '--host=unix:///var/run/docker.sock',
    '--host=tcp://0.0.0.0:2376',
    '--tlsverify',
    '--tlscacert=/certs/server/ca.pem',
    '--tlscert=/certs/server/cert.pem',
    '--tlskey=/certs/server/key.pem',
    '--mtu=1400',
  ]);
});

test('privileged: --privileged, certificates read-only, generation off, port published, labelled ours', () => {
  const request = buildDindCreateRequest(base);
  assert.equal(request.Image, 'docker:28-dind');
  assert.deepEqual(request.Env, ['DOCKER_TLS_CERTDIR=']);
  assert.deepEqual(request.Labels, { [LABEL_INSTANCE]: '0a1b2c3d', [LABEL_ROLE]: 'dind' });
  assert.deepEqual(request.ExposedPorts, { '2376/tcp': {} });
  assert.equal(request.HostConfig.Privileged, true);
  assert.equal(request.HostConfig.CapAdd, undefined);
  assert.deepEqual(request.HostConfig.PortBindings, { '2376/tcp': [{ HostIp: '127.0.0.1', HostPort: '2376' }] });
  assert.deepEqual(request.HostConfig.Mounts, [
    { Type: 'bind', Source: base.serverCertDir, Target: '/certs/server', ReadOnly: true },
    {
      Type: 'volume',
      Target: '/var/lib/docker',
      VolumeOptions: { Labels: { [LABEL_INSTANCE]: '0a1b2c3d', [LABEL_ROLE]: 'data' } },
    },
  ]);
  assert.equal(request.HostConfig.NetworkMode, undefined);
  assert.equal(request.NetworkingConfig, undefined);
});

test('dind-privileged false: the explicit capability set instead of --privileged', () => {
  const { HostConfig } = buildDindCreateRequest({ ...base, privileged: false });
  assert.equal(HostConfig.Privileged, false);
  assert.deepEqual(HostConfig.CapAdd, ['ALL']);
  assert.deepEqual(HostConfig.CapDrop, ['SYS_RESOURCE']);
  assert.deepEqual(HostConfig.SecurityOpt, ['seccomp=unconfined', 'apparmor=unconfined']);
  // The CLI's --security-opt systempaths=unconfined: nothing masked, nothing read-only.
  assert.deepEqual(HostConfig.MaskedPaths, []);
  assert.deepEqual(HostConfig.ReadonlyPaths, []);
  assert.deepEqual(HostConfig.DeviceCgroupRules, ['a *:* rwm']);
  assert.deepEqual(HostConfig.Mounts.at(-1), {
    Type: 'bind',
    Source: '/sys/fs/cgroup',
    Target: '/sys/fs/cgroup',
    ReadOnly: false,
  });
});

test('dind-privileged false on cgroup v2: a private cgroup namespace remounted writable, no bind of the host hierarchy', () => {
  const options = { ...base, privileged: false, cgroupV2: true, imageEntrypoint: ['dockerd-entrypoint.sh'] };
  const request = buildDindCreateRequest(options);
  assert.equal(request.HostConfig.CgroupnsMode, 'private');
  assert.ok(!request.HostConfig.Mounts.some((mount) => mount.Target === '/sys/fs/cgroup'));
  const script = request.Entrypoint![2];
  assert.match(
    script,
    /^if \[ -f \/sys\/fs\/cgroup\/cgroup.controllers \] && \[ ! -w \/sys\/fs\/cgroup\/cgroup.procs \]; then\n/,
  );
  assert.match(script, /mount -o remount,rw \/sys\/fs\/cgroup/);
  // --privileged, and cgroup v1's bind: as before, no remount.
  for (const other of [
    { ...options, privileged: true },
    { ...options, cgroupV2: false },
  ]) {
    const unchanged = buildDindCreateRequest(other);
    assert.equal(unchanged.HostConfig.CgroupnsMode, undefined);
    assert.doesNotMatch(unchanged.Entrypoint![2], /remount/);
  }
});

test('network with alias, a named volume, daemon-config as daemon.json, another host and port', () => {
  const request = buildDindCreateRequest({
    ...base,
    network: 'ci-net',
    alias: 'dind',
    volume: 'dind-cache',
    daemonJsonPath: '/runner/temp/dtls-0a1b2c3d/daemon.json',
    listen: { bindHost: '::1', port: 12376 },
  });
  assert.equal(request.HostConfig.NetworkMode, 'ci-net');
  assert.deepEqual(request.NetworkingConfig, { EndpointsConfig: { 'ci-net': { Aliases: ['dind'] } } });
  assert.deepEqual(request.HostConfig.PortBindings, { '2376/tcp': [{ HostIp: '::1', HostPort: '12376' }] });
  assert.deepEqual(request.HostConfig.Mounts.slice(1), [
    {
      Type: 'bind',
      Source: '/runner/temp/dtls-0a1b2c3d/daemon.json',
      Target: '/etc/docker/daemon.json',
      ReadOnly: true,
    },
    { Type: 'volume', Source: 'dind-cache', Target: '/var/lib/docker' },
  ]);
});

test('dind-args: addresses and TLS settings are refused, in every spelling', () => {
  for (const arg of [
    '-H',
    '-Htcp://0.0.0.0:2375',
    '-DH',
    '--host',
    '--host=tcp://0.0.0.0:2375',
    '--tls',
    '--tls=false',
    '--tlsverify=false',
    '--tlscacert=/x',
    '--tlscert',
    '--tlskey=/k',
  ]) {
    assert.ok(refusedDindArg(arg), `${arg} should be refused`);
  }
  for (const arg of [
    '--mtu=1400',
    '-D',
    '--debug',
    '-l',
    'debug',
    '-p/HOME/docker.pid',
    '--log-level=warn',
    'tcp://x',
  ]) {
    assert.equal(refusedDindArg(arg), undefined, `${arg} should pass`);
  }
});

test('parseDindArgs splits on white space and names every refused flag in one input error', () => {
  assert.deepEqual(parseDindArgs('  --mtu=1400\n--log-level warn '), ['--mtu=1400', '--log-level', 'warn']);
  assert.deepEqual(parseDindArgs(''), []);
  assert.throws(
    () => parseDindArgs('--debug -H tcp://0.0.0.0:2375 --tlsverify=false --host=x'),
    (error: unknown) => {
      assert.ok(error instanceof InputError);
      assert.equal(error.input, 'dind-args');
      assert.equal(error.badInput, true);
      assert.match(error.message, /-H, --tlsverify, --host cannot be set here/);
      assert.match(error.hint!, /--mtu=1400/);
      return true;
    },
  );
});

test('with the image entrypoint: a shell waits for the ready file, then runs that entrypoint with the command', () => {
  const request = buildDindCreateRequest({ ...base, imageEntrypoint: ['dockerd-entrypoint.sh'] });
  const [shell, flag, script, argv0, ...rest] = request.Entrypoint!;
  assert.deepEqual([shell, flag, argv0, ...rest], ['/bin/sh', '-c', 'docker-tls-wait', 'dockerd-entrypoint.sh']);
  assert.match(script, /while \[ ! -e '\/certs\/server\/ready' \]/);
  assert.match(script, /exit 1/, 'it gives up in the end');
  assert.match(script, /exec "\$@"$/);
  assert.deepEqual(request.Cmd, dindCommand([]));
  assert.deepEqual(waitingEntrypoint([]).slice(3), ['docker-tls-wait'], 'an image without entrypoint runs the command');
  assert.equal(buildDindCreateRequest(base).Entrypoint, undefined);
});

test('the waiting entrypoint, run by sh: it runs the command once the ready file is there, and gives up without it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dtls-wait-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const readyFile = join(dir, 'ready');
  const run = (giveUpAfterSeconds: number) => {
    const [shell, ...args] = waitingEntrypoint(['echo'], { readyFile, giveUpAfterSeconds });
    return promisify(execFile)(shell, [...args, 'dockerd', '--tlsverify'], { encoding: 'utf8' });
  };
  const waiting = run(30);
  setTimeout(() => writeFileSync(readyFile, ''), 150);
  assert.equal((await waiting).stdout, 'dockerd --tlsverify\n', 'the image entrypoint gets the command');

  rmSync(readyFile);
  await assert.rejects(run(0.05), (error: { code: number; stderr: string; stdout: string }) => {
    assert.equal(error.code, 1);
    assert.match(error.stderr, new RegExp(`no certificates in ${dir} after 0.05 s; giving up`));
    assert.equal(error.stdout, '', 'the command never ran');
    return true;
  });
});

test('the container addresses named in the certificate: every network, IPv4 and IPv6, once each', () => {
  const info = {
    NetworkSettings: {
      IPAddress: '',
      Networks: {
        ci: { IPAddress: '10.231.1.2', GlobalIPv6Address: 'fd00:1::2' },
        job: { IPAddress: '10.231.2.3', GlobalIPv6Address: '' },
        again: { IPAddress: '10.231.1.2' },
      },
    },
  } as unknown as ContainerInfo;
  assert.deepEqual(containerAddressSans(info), [
    { type: 'ip', value: '10.231.1.2' },
    { type: 'ip', value: 'fd00:1::2' },
    { type: 'ip', value: '10.231.2.3' },
  ]);
});

test("the image's entrypoint from its inspect, empty when it has none", () => {
  assert.deepEqual(imageEntrypointOf({ Config: { Entrypoint: ['dockerd-entrypoint.sh'] } }), ['dockerd-entrypoint.sh']);
  assert.deepEqual(imageEntrypointOf({ Config: { Entrypoint: null } }), []);
  assert.deepEqual(imageEntrypointOf({}), []);
});
