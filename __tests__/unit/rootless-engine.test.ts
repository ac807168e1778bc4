// The rootless engine's pure parts: how rootlesskit is run, the daemon.json it gets, the option
// that selects it, the state it saves (and what a forged one is refused for), what its log means.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { endpointOf } from '../../src/core/endpoint.js';
import { InputError } from '../../src/core/errors.js';
import { FLAG_NAMES, INPUT_NAMES } from '../../src/core/options/names.js';
import { engineKindOf, parseOptions } from '../../src/core/options/options.js';
import { withoutRoot } from '../../src/engines/dockerd/engine.js';
import { diagnoseRootlessLog } from '../../src/engines/rootless/diagnose.js';
import {
  type RootlessTools,
  cgroupSettings,
  rootlessDaemonJson,
  rootlesskitCommand,
} from '../../src/engines/rootless/launch.js';
import { type RootlessState, rootlessPathsIn } from '../../src/engines/rootless/state.js';
import { problemsOfSavedState } from '../../src/lifecycle/state-check.js';

const TEMP = '/home/builder/work/_temp';
const ID = '0a1b2c3d';
const WORK = `${TEMP}/dtls-${ID}`;
const PATHS = rootlessPathsIn(WORK, ID);
const TOOLS: RootlessTools = {
  rootlesskit: '/usr/bin/rootlesskit',
  dockerd: '/usr/sbin/dockerd',
  network: { driver: 'slirp4netns', program: '/usr/bin/slirp4netns' },
};
const TLS = { ca: `${WORK}/server/ca.pem`, cert: `${WORK}/server/cert.pem`, key: `${WORK}/server/key.pem` };

describe('the rootless option', () => {
  test('selects the rootless engine in mode dockerd, as an input and as a flag', () => {
    for (const names of [INPUT_NAMES, FLAG_NAMES]) {
      const options = parseOptions({ rootless: 'true' }, names);
      assert.equal(options.rootless, true);
      assert.equal(engineKindOf(options), 'rootless');
      assert.equal(engineKindOf(parseOptions({}, names)), 'dockerd');
    }
  });

  test('is what a user without root or sudo is told to use, or mode dind, as the user writes them', () => {
    assert.equal(
      withoutRoot(INPUT_NAMES),
      'Without root or sudo, rootless: true starts a daemon that belongs to this user, ' +
        'and mode: dind starts one in a container of a Docker engine this user can reach.',
    );
    assert.match(withoutRoot(FLAG_NAMES), /^Without root or sudo, --rootless true starts .*, and --dind starts one /);
  });

  test('with another mode is refused, naming the input', () => {
    for (const mode of ['dind', 'certs']) {
      assert.throws(
        () => parseOptions({ mode, rootless: 'true' }, INPUT_NAMES),
        (error: unknown) =>
          error instanceof InputError && /rootless/.test(error.message) && error.message.includes(mode),
      );
    }
    assert.throws(() => parseOptions({ rootless: 'maybe' }, INPUT_NAMES), InputError);
  });
});

describe('rootlesskit, as the engine runs it', () => {
  test('a pid namespace, the TLS port published at host:port, dockerd on our daemon.json', () => {
    const command = rootlesskitCommand(TOOLS, PATHS, endpointOf('127.0.0.1', 2376));
    assert.equal(command[0], TOOLS.rootlesskit);
    for (const flag of [
      `--state-dir=${PATHS.stateDir}`,
      '--net=slirp4netns',
      '--pidns',
      '--disable-host-loopback',
      '--port-driver=builtin',
      '--copy-up=/run',
      '--publish=127.0.0.1:2376:2376/tcp',
    ]) {
      assert.ok(command.includes(flag), `${flag} in ${command.join(' ')}`);
    }
    assert.deepEqual(command.slice(-3), [TOOLS.dockerd, '--config-file', PATHS.config]);
    // The host's containerd socket and dockerd's directory are dropped from the copied /run first.
    assert.match(command.join(' '), /rm -f \/run\/docker \/run\/containerd \/run\/xtables\.lock; exec "\$@"/);
  });

  test('an IPv6 bind address in brackets; pasta without slirp4netns flags', () => {
    const pasta = { ...TOOLS, network: { driver: 'pasta' as const, program: '/usr/bin/pasta' } };
    const command = rootlesskitCommand(pasta, PATHS, endpointOf('::1', 2400));
    assert.ok(command.includes('--publish=[::1]:2400:2400/tcp'));
    assert.ok(command.includes('--net=pasta'));
    assert.ok(!command.some((arg) => arg.startsWith('--slirp4netns')));
  });
});

describe('the rootless daemon.json', () => {
  test('TLS, hosts and our roots win over daemon-config; published ports bind to the host', () => {
    const json = rootlessDaemonJson(PATHS, { bindHost: '127.0.0.1', port: 2376 }, TLS, {
      debug: true,
      tlsverify: false,
      hosts: ['tcp://0.0.0.0:2375'],
    });
    assert.equal(json.debug, true);
    assert.equal(json.tlsverify, true);
    assert.deepEqual(json.hosts, [`unix://${PATHS.socket}`, 'tcp://127.0.0.1:2376']);
    assert.equal(json.tlscacert, TLS.ca);
    assert.equal(json['data-root'], PATHS.dataRoot);
    assert.equal(json['exec-root'], PATHS.execRoot);
    assert.equal(json.ip, '127.0.0.1');
    assert.equal(rootlessDaemonJson(PATHS, { bindHost: '0.0.0.0', port: 2376 }, TLS, {}).ip, undefined);
  });

  test('the exec-root stays short: containerd sockets fit in sun_path', () => {
    const deep = rootlessPathsIn(`/home/builder/${'very-long-directory/'.repeat(8)}dtls-${ID}`, ID);
    assert.ok(`${deep.execRoot}/containerd/containerd.sock.ttrpc`.length < 108, deep.execRoot);
  });
});

describe('a rootless saved state', () => {
  const genuine = (): RootlessState => ({
    version: 1,
    mode: 'rootless',
    id: ID,
    workDir: WORK,
    ...{ stateDir: PATHS.stateDir, execRoot: PATHS.execRoot, dataRoot: PATHS.dataRoot },
    ...{ runtimeDir: PATHS.runtimeDir, pidFile: PATHS.pidFile, logFile: PATHS.logFile, socket: PATHS.socket },
    spawnedPid: 4300,
  });

  test('as main writes it has no problem', () => assert.deepEqual(problemsOfSavedState(genuine(), TEMP), []));

  test('a path elsewhere or a pid that is none is refused', () => {
    for (const change of [{ dataRoot: '/' }, { execRoot: '/tmp' }, { stateDir: `${WORK}/../x` }, { spawnedPid: 1 }]) {
      const problems = problemsOfSavedState({ ...genuine(), ...change }, TEMP);
      assert.ok(problems.length > 0, JSON.stringify(change));
    }
  });
});

describe("what the rootless daemon's log says", () => {
  test('names known causes with their fix', () => {
    assert.match(diagnoseRootlessLog('newuidmap: write to uid_map failed: Operation not permitted') ?? '', /subuid/);
    assert.match(diagnoseRootlessLog('open /dev/net/tun: permission denied') ?? '', /chmod 0666/);
    assert.match(diagnoseRootlessLog('listen tcp 127.0.0.1:2376: bind: address already in use') ?? '', /port/);
    assert.equal(diagnoseRootlessLog('level=info msg="Daemon has completed initialization"'), undefined);
  });
});

describe("the rootless daemon's cgroup driver", () => {
  test("the user's systemd through its session bus where there is one; else no cgroups (not a failing systemd)", async () => {
    const withBus = await cgroupSettings(1002, {}, async (path) => path === '/run/user/1002/bus');
    assert.deepEqual(withBus, { config: {}, env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1002/bus' } });
    const without = await cgroupSettings(1002, {}, async () => false);
    assert.deepEqual(without, { config: { 'exec-opts': ['native.cgroupdriver=cgroupfs'] }, env: {} });
    const chosen = await cgroupSettings(1002, { 'exec-opts': ['native.cgroupdriver=systemd'] }, async () => false);
    assert.deepEqual(chosen, { config: {}, env: {} });
  });
});
