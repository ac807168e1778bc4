// Rootless (issue: a daemon with no root and no sudo): as a user who has no sudo rights at all,
// `docker-tls up --rootless` and the action with `rootless: true` give a daemon behind mutual TLS
// that runs containers, publishes ports on this machine and reaches "the internet" (a namespace
// standing for it) through the user-mode network; nothing of it runs as root, and down / post leave
// no process of the user, no port and no directory. Each precondition fails with its cause and fix.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importBusybox, BUSYBOX_IMAGE } from '../harness/docker.js';
import { assertEngineAnswers } from '../harness/engine.js';
import { Namespaces } from '../harness/netns.js';
import { portOf } from '../harness/ports.js';
import { RootlessUser, TUN } from '../harness/rootless-user.js';
import { listProcesses, withDescendants } from '../src/host/processes.js';
import { FakeRunner } from '../harness/runner.js';
import { curl, filesOf } from '../harness/tls-clients.js';

let user: RootlessUser;
let scratch: string;

before(() => {
  for (const program of ['rootlesskit', 'slirp4netns', 'newuidmap', 'newgidmap']) {
    assert.equal(
      spawnSync('sh', ['-c', `command -v ${program}`]).status,
      0,
      `${program} is missing: apt-get install -y rootlesskit slirp4netns uidmap (.ci/run installs them)`,
    );
  }
  user = new RootlessUser();
  user.assertHasNoSudo();
  scratch = mkdtempSync(join(tmpdir(), 'dtls-rootless-test-'));
  chmodSync(scratch, 0o1777);
});

after(() => {
  user?.dispose();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** DOCKER_HOST and friends from `up`'s shell lines. */
function exportsOf(stdout: string): Record<string, string> {
  return Object.fromEntries(
    [...stdout.matchAll(/^export ([A-Z_]+)='([^']*)'$/gm)].map((match) => [match[1], match[2]]),
  );
}

/** A client environment for this test process (root) with only what up exported. */
function clientEnv(exported: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...exported };
  for (const name of ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'SSL_CERT_FILE', 'NODE_EXTRA_CA_CERTS']) delete env[name];
  return env;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Every process of the instance runs as the user: their uid, from /proc, for each pid. */
function uidsOf(pids: number[]): number[] {
  return pids.flatMap((pid) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return [Number(/^Uid:\s+(\d+)/m.exec(status)![1])];
  });
}

describe('docker-tls up --rootless as a user with no sudo', () => {
  let exported: Record<string, string> = {};
  let internet: Namespaces | undefined;

  after(() => internet?.dispose());

  test('up gives an mTLS daemon that runs containers; nothing of it runs as root', async () => {
    const up = user.cli(['up', '--rootless', '--port', '0', '--verbose', '--state-dir', user.ownDirectory(scratch)]);
    assert.equal(up.status, 0, up.stdout + up.stderr);
    exported = exportsOf(up.stdout);
    assert.match(exported.DOCKER_HOST, /^tcp:\/\/127\.0\.0\.1:\d+$/);
    assert.match(up.stderr, /Refused as it must/);
    const env = clientEnv(exported);
    assertEngineAnswers(env);
    await importBusybox(env);
    const id = execFileSync('docker', ['run', '--rm', BUSYBOX_IMAGE, 'id', '-u'], { env, encoding: 'utf8' });
    assert.equal(id.trim(), '0', 'root inside the container, mapped to the user outside');
    const state = JSON.parse(readFileSync(exported.DOCKER_TLS_STATE, 'utf8')) as { spawnedPid: number; mode: string };
    assert.equal(state.mode, 'rootless');
    const tree = [...withDescendants(await listProcesses(), [state.spawnedPid])];
    assert.ok(tree.length >= 4, `rootlesskit, its child, the network driver and dockerd: ${tree.join(' ')}`);
    assert.deepEqual([...new Set(uidsOf(tree))], [user.uid], 'every process of the instance runs as the user');
  });

  test('a client without a certificate is refused', async () => {
    const url = exported.DOCKER_HOST.replace('tcp://', 'https://') + '/_ping';
    const files = filesOf(exported.DOCKER_CERT_PATH);
    const refused = await curl(url, { ca: files.ca });
    assert.notEqual(refused.code, 0, 'no client certificate: refused');
    const answered = await curl(url, files);
    assert.equal(answered.stdout.trim(), 'OK');
  });

  test('a published port is reachable from this machine', async () => {
    const env = clientEnv(exported);
    execFileSync(
      'docker',
      [
        'run',
        '-d',
        '--name',
        'web',
        '-p',
        '127.0.0.1::8080',
        BUSYBOX_IMAGE,
        'sh',
        '-c',
        'echo hi > /tmp/i; nc -ll -p 8080 -e cat /tmp/i',
      ],
      { env },
    );
    const port = Number(
      execFileSync('docker', ['port', 'web', '8080/tcp'], { env, encoding: 'utf8' }).split(':').pop(),
    );
    let text = '';
    for (let tries = 0; tries < 50 && text !== 'hi'; tries += 1) {
      const answer = spawnSync('bash', ['-c', `exec 3<>/dev/tcp/127.0.0.1/${port}; cat <&3`], {
        encoding: 'utf8',
        timeout: 2000,
      });
      text = answer.stdout?.trim() ?? '';
    }
    assert.equal(text, 'hi');
  });

  test('containers reach "the internet" through the user-mode network, under FORWARD DROP', () => {
    internet = new Namespaces();
    const inet = internet.add('rl-inet');
    execFileSync('ip', ['link', 'add', 'dtlsrl0', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', inet]);
    execFileSync('ip', ['addr', 'add', '203.0.113.1/24', 'dev', 'dtlsrl0']);
    execFileSync('ip', ['link', 'set', 'dtlsrl0', 'up']);
    internet.run(inet, 'ip', 'link', 'set', 'eth0', 'up');
    internet.run(inet, 'ip', 'addr', 'add', '203.0.113.2/24', 'dev', 'eth0');
    const site = join(scratch, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'ok'), 'internet');
    internet.serve(inet, '203.0.113.2', site);
    internet.awaitServer(inet, '203.0.113.2');
    const policy = /^-P FORWARD (\w+)/m.exec(execFileSync('iptables', ['-S', 'FORWARD'], { encoding: 'utf8' }))![1];
    execFileSync('iptables', ['-P', 'FORWARD', 'DROP']);
    try {
      const body = execFileSync('docker', ['run', '--rm', BUSYBOX_IMAGE, 'wget', '-qO-', 'http://203.0.113.2/ok'], {
        env: clientEnv(exported),
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(body.trim(), 'internet');
    } finally {
      execFileSync('iptables', ['-P', 'FORWARD', policy]);
    }
  });

  test('down leaves no process of the user, no port, no directory; twice is harmless', async () => {
    const port = portOf(exported.DOCKER_HOST);
    const state = JSON.parse(readFileSync(exported.DOCKER_TLS_STATE, 'utf8')) as Record<string, string>;
    const down = user.cli(['down'], { DOCKER_TLS_STATE: exported.DOCKER_TLS_STATE });
    assert.equal(down.status, 0, down.stdout + down.stderr);
    assert.match(down.stderr + down.stdout, /rootless dockerd stopped/);
    assert.deepEqual(user.processes(), [], 'no process of the user is left');
    assert.equal(await portOpen(port), false, 'the TLS port is closed');
    for (const path of [state.workDir, state.execRoot, exported.DOCKER_TLS_STATE]) {
      assert.equal(existsSync(path), false, `${path} is gone`);
    }
    const again = user.cli(['down'], { DOCKER_TLS_STATE: exported.DOCKER_TLS_STATE });
    assert.equal(again.status, 0, again.stdout + again.stderr);
  });
});

describe('the action with rootless: true, as a user with no sudo', () => {
  test('main exports an mTLS daemon that runs containers; post leaves nothing', async () => {
    const runner = new FakeRunner();
    try {
      const main = await runner.main({ rootless: 'true', port: '0' }, { user: user.name });
      let post;
      try {
        assert.equal(main.code, 0, main.stdout + main.stderr);
        assert.match(main.stdout, /rootless dockerd started in rootlesskit/);
        assert.match(main.summary, /rootless/);
        const env = clientEnv(main.env);
        assertEngineAnswers(env);
        await importBusybox(env);
        assert.equal(
          execFileSync('docker', ['run', '--rm', BUSYBOX_IMAGE, 'echo', 'ran'], { env, encoding: 'utf8' }).trim(),
          'ran',
        );
      } finally {
        post = await runner.post(main.state, { user: user.name });
      }
      assert.equal(post.code, 0, post.stdout + post.stderr);
      assert.match(post.stdout, /Cleaned up: rootless dockerd stopped/);
      assert.doesNotMatch(post.stdout, /::warning::/);
      assert.deepEqual(user.processes(), []);
      const port = portOf(main.env.DOCKER_HOST);
      assert.equal(await portOpen(port), false, 'the TLS port is closed');
    } finally {
      runner.dispose();
    }
  });
});

describe('a rootless start that fails', () => {
  test('names the cause and leaves nothing: no process, no directory, no state file', () => {
    const dir = user.ownDirectory(scratch);
    const up = user.cli([
      'up',
      '--rootless',
      '--port',
      '0',
      '--state-dir',
      dir,
      '--daemon-config',
      '{"storage-driver":"no-such-driver"}',
      '--startup-timeout',
      '30s',
    ]);
    assert.notEqual(up.status, 0);
    assert.match(up.stderr, /the rootless dockerd/);
    assert.match(up.stderr, /no-such-driver/);
    assert.deepEqual(user.processes(), []);
    assert.deepEqual(
      spawnSync('sh', ['-c', `ls -A ${dir}; ls -d /tmp/dtls-*-rootless 2>/dev/null`], {
        encoding: 'utf8',
      }).stdout.trim(),
      '',
    );
  });
});

describe('rootless preconditions, on this machine', () => {
  test('as root: refused before anything starts', () => {
    const dir = mkdtempSync(join(scratch, 'root-'));
    const up = spawnSync(
      process.execPath,
      [join(user.dist, 'cli', 'index.js'), 'up', '--rootless', '--port', '0', '--state-dir', dir],
      {
        encoding: 'utf8',
      },
    );
    assert.notEqual(up.status, 0);
    assert.match(up.stderr, /root/i);
    assert.deepEqual(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.trim(), '');
  });

  test('/dev/net/tun not usable by the user: named, with the fix', () => {
    const mode = statSync(TUN).mode & 0o7777;
    chmodSync(TUN, 0o600);
    try {
      const up = user.cli(['up', '--rootless', '--port', '0', '--state-dir', scratch]);
      assert.notEqual(up.status, 0);
      assert.match(up.stderr, /\/dev\/net\/tun/);
      assert.match(up.stderr, /chmod 0?666 \/dev\/net\/tun/);
      assert.deepEqual(user.processes(), []);
    } finally {
      chmodSync(TUN, mode);
    }
  });

  test('no subordinate ids for the user: named, with the fix', () => {
    const saved = ['/etc/subuid', '/etc/subgid'].map((file) => [file, readFileSync(file, 'utf8')] as const);
    for (const [file, text] of saved) {
      writeFileSync(
        file,
        text
          .split('\n')
          .filter((line) => !line.startsWith(`${user.name}:`))
          .join('\n'),
      );
    }
    try {
      const up = user.cli(['up', '--rootless', '--port', '0', '--state-dir', scratch]);
      assert.notEqual(up.status, 0);
      assert.match(up.stderr, /\/etc\/subuid/);
      assert.match(up.stderr, /usermod --add-subuids/);
    } finally {
      for (const [file, text] of saved) writeFileSync(file, text);
    }
  });

  test('doctor --rootless names every precondition, all met here', () => {
    const doctor = user.cli(['doctor', '--rootless']);
    assert.equal(doctor.status, 0, doctor.stdout + doctor.stderr);
    for (const check of ['subuid', 'subgid', '/dev/net/tun', 'newuidmap', 'rootlesskit', 'slirp4netns']) {
      assert.match(doctor.stdout, new RegExp(check.replace(/\//g, '\\/')), `doctor names ${check}`);
    }
  });
});
