// The dockerd engine's pure parts: daemon.json precedence, log diagnosis, containerd's config,
// process-tree selection and the /proc and mountinfo parsers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INPUT_NAMES, FLAG_NAMES } from '../../src/core/options/names.js';
import { containerdConfig } from '../../src/engines/dockerd/containerd.js';
import { buildDaemonJson } from '../../src/engines/dockerd/daemon-json.js';
import { diagnoseDaemonLog } from '../../src/engines/dockerd/diagnose.js';
import { mountPointsIn } from '../../src/host/mounts.js';
import { ancestorsOf } from '../../src/engines/dockerd/process-selection.js';
import { parseProcess, processesOf, statFields } from '../../src/host/processes.js';

const INPUT = {
  serverTls: { ca: '/c/server/ca.pem', cert: '/c/server/cert.pem', key: '/c/server/key.pem' },
  socketPath: '/w/docker.sock',
  listen: { bindHost: '::', port: 2376 },
  dataRoot: '/w/data',
  execRoot: '/run/dtls-0123abcd',
  pidFile: '/w/docker.pid',
  bridge: 'dtls-0123abcd',
  containerdSocket: '/run/dtls-0123abcd/containerd/containerd.sock',
  marker: 'dtls-0123abcd',
  userConfig: {},
};

describe('daemon.json', () => {
  test('our isolation by default, TLS and hosts enforced', () => {
    const json = buildDaemonJson(INPUT);
    assert.equal(json['data-root'], '/w/data');
    assert.equal(json.bridge, 'dtls-0123abcd');
    assert.equal(json.containerd, INPUT.containerdSocket);
    assert.equal(json.iptables, false);
    assert.equal(json['containerd-namespace'], 'dtls-0123abcd');
    assert.deepEqual(json.hosts, ['unix:///w/docker.sock', 'tcp://[::]:2376']);
    assert.equal(json.tlsverify, true);
    assert.equal(json.tlscacert, '/c/server/ca.pem');
  });

  test("the user's settings win over our defaults, never over TLS and hosts", () => {
    const json = buildDaemonJson({
      ...INPUT,
      userConfig: {
        debug: true,
        iptables: true,
        'shutdown-timeout': 30,
        tlsverify: false,
        hosts: ['tcp://0.0.0.0:2375'],
      },
    });
    assert.equal(json.debug, true);
    assert.equal(json.iptables, true);
    assert.equal(json['shutdown-timeout'], 30);
    assert.equal(json.tlsverify, true);
    assert.deepEqual(json.hosts, ['unix:///w/docker.sock', 'tcp://[::]:2376']);
  });

  test('no containerd key without our containerd', () => {
    assert.equal('containerd' in buildDaemonJson({ ...INPUT, containerdSocket: undefined }), false);
  });
});

describe('containerd config', () => {
  test('its own root, state, sockets and opt directory; the CRI plugin off', () => {
    const toml = containerdConfig('/w/data', '/run/x', '/run/x/containerd/containerd.sock');
    assert.match(toml, /^root = "\/w\/data\/containerd"$/m);
    assert.match(toml, /^state = "\/run\/x\/containerd\/state"$/m);
    assert.match(toml, /address = "\/run\/x\/containerd\/containerd.sock"$/m);
    assert.match(toml, /address = "\/run\/x\/containerd\/containerd.sock.ttrpc"$/m);
    assert.match(toml, /path = "\/w\/data\/containerd\/opt"$/m);
    assert.match(toml, /^disabled_plugins = \[.*"io.containerd.grpc.v1.cri".*\]$/m);
  });
});

describe('log diagnosis', () => {
  const cases: Array<[string, RegExp, RegExp]> = [
    [
      'level=fatal msg="listen tcp 127.0.0.1:2376: bind: address already in use"',
      /port is already in use.*port: 0/,
      /--port 0/,
    ],
    [
      'failed to start daemon: listen tcp 10.9.9.9:2376: bind: cannot assign requested address',
      /host: 127\.0\.0\.1/,
      /--host 127\.0\.0\.1/,
    ],
    ['level=error msg="mount: permission denied"', /refused a privileged operation/, /refused a privileged operation/],
    ['failed to start daemon: pid file found, ensure docker is not running', /pidfile of another daemon/, /pidfile/],
    ['level=fatal msg="failed to dial containerd"', /reach containerd/, /reach containerd/],
    ['level=error msg="graphdriver overlay2 failed"', /"storage-driver": "vfs" in daemon-config/, /in --daemon-config/],
    [
      'level=fatal msg="Error initializing network controller"',
      /stale dtls-\* bridges and the daemon-config/,
      /the --daemon-config network/,
    ],
  ];
  for (const [line, action, cli] of cases) {
    test(line, () => {
      assert.match(diagnoseDaemonLog(`level=info msg=starting\n${line}\n`, INPUT_NAMES) ?? '', action);
      assert.match(diagnoseDaemonLog(line, FLAG_NAMES) ?? '', cli);
    });
  }

  test('error lines decide over the info lines around them; an unknown failure has no cause', () => {
    const log = 'level=info msg="loading containerd plugins"\nlevel=error msg="address already in use"\n';
    assert.match(diagnoseDaemonLog(log, INPUT_NAMES) ?? '', /port is already in use/);
    assert.equal(diagnoseDaemonLog('level=fatal msg="something new"', INPUT_NAMES), undefined);
  });
});

describe('processes', () => {
  test('stat fields after a command name with spaces and parentheses', () => {
    const stat = '123 (a (b) c) S 1 123 123 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 98765 0 0';
    const fields = statFields(stat);
    assert.equal(fields[0], 'S');
    assert.equal(fields[1], '1');
    assert.equal(fields[19], '98765');
    assert.deepEqual(parseProcess(123, stat, 'dockerd\0--config-file\0/w/daemon.json\0'), {
      pid: 123,
      ppid: 1,
      cmdline: 'dockerd --config-file /w/daemon.json',
      argv: ['dockerd', '--config-file', '/w/daemon.json'],
    });
    assert.equal(parseProcess(9, '9 (x) Z 1 9', ''), undefined, 'a zombie is gone');
  });

  const TREE = [
    { pid: 1, ppid: 0, cmdline: 'init' },
    { pid: 10, ppid: 1, cmdline: 'sudo -n dockerd --config-file /t/dtls-aa/daemon.json' },
    { pid: 11, ppid: 10, cmdline: 'dockerd --config-file /t/dtls-aa/daemon.json' },
    { pid: 12, ppid: 11, cmdline: 'containerd-shim-runc-v2 -namespace moby' },
    { pid: 13, ppid: 12, cmdline: 'sleep 600' },
    { pid: 20, ppid: 1, cmdline: 'dockerd --config-file /t/dtls-bb/daemon.json' },
    { pid: 30, ppid: 1, cmdline: 'bash' },
    { pid: 31, ppid: 30, cmdline: 'docker-tls down --state /t/dtls-aa.state.json' },
  ].map((info) => ({ ...info, argv: info.cmdline.split(' ') }));

  test('selection: what names the marker and all its descendants, never the caller itself', () => {
    assert.deepEqual(
      processesOf(TREE, 'dtls-aa', 99).map((info) => info.pid),
      [10, 11, 12, 13, 31],
    );
    assert.deepEqual(
      processesOf(TREE, 'dtls-aa', 31).map((info) => info.pid),
      [10, 11, 12, 13],
    );
    assert.deepEqual(processesOf(TREE, 'dtls-cc', 99), []);
  });

  test('ancestors: the caller, its parents up to init, and no loop on a cycle', () => {
    assert.deepEqual(
      [...ancestorsOf(TREE, 31)].sort((a, b) => a - b),
      [1, 30, 31],
    );
    const cycle = [
      { pid: 5, ppid: 6, cmdline: 'a', argv: ['a'] },
      { pid: 6, ppid: 5, cmdline: 'b', argv: ['b'] },
    ];
    assert.deepEqual([...ancestorsOf(cycle, 5)].sort(), [5, 6]);
  });
});

describe('mountinfo', () => {
  test('the fifth field, with octal escapes decoded', () => {
    const text = [
      '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
      '90 22 0:50 / /run/dtls-aa/netns rw shared:40 - nsfs nsfs rw',
      '91 22 0:51 / /tmp/with\\040space rw - tmpfs tmpfs rw',
      '',
    ].join('\n');
    assert.deepEqual(mountPointsIn(text), ['/', '/run/dtls-aa/netns', '/tmp/with space']);
  });
});
