// "Another machine": a network namespace joined to this one by a veth pair. The action binds its
// daemon to the host side of the pair with that address in tls-san; a client in the namespace
// reaches it over mutual TLS, and cannot reach a daemon bound to loopback. See docs/compatibility.md.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { stepEnv } from '../harness/docker.js';
import { type RunResult, describeRun, ok, refused, run } from '../harness/commands.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { filesOf } from '../harness/tls-clients.js';
import { instanceOf } from '../harness/instance.js';
import { portOf } from '../harness/ports.js';

const HOST_ADDRESS = '10.231.77.1';
const PEER_ADDRESS = '10.231.77.2';
const REMOTE_NAME = 'docker.remote.test';
const suffix = randomBytes(3).toString('hex');
const NAMESPACE = `dtlsns-${suffix}`;
// Not "dtls-<hex>": the leak snapshot of other test runs on this machine must not see these.
const HOST_LINK = `dtlsv${suffix}h`;
const PEER_LINK = `dtlsv${suffix}n`;

async function ip(args: string[]): Promise<string> {
  const result = await run('ip', args, { timeoutMs: 20_000 });
  assert.equal(result.code, 0, `ip ${args.join(' ')}: ${describeRun(result)}`);
  return result.stdout;
}

/** A command run inside the namespace, as on the other machine. */
function inNamespace(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return run('ip', ['netns', 'exec', NAMESPACE, command, ...args], { env, timeoutMs: 60_000 });
}

describe('a client in another network namespace', () => {
  let runner: FakeRunner;
  let remote: StepResult;
  let local: StepResult;
  const posted = new Map<StepResult, StepResult>();
  let namespaceMade = false;

  /** Post for one main, once: from its test, or from `after` when a test stopped short. */
  const post = async (main: StepResult | undefined): Promise<StepResult | undefined> => {
    if (!main) return undefined;
    if (!posted.has(main)) posted.set(main, await runner.post(main.state));
    return posted.get(main);
  };

  before(async () => {
    runner = new FakeRunner();
    await ip(['netns', 'add', NAMESPACE]);
    namespaceMade = true;
    await ip(['link', 'add', HOST_LINK, 'type', 'veth', 'peer', 'name', PEER_LINK]);
    await ip(['link', 'set', PEER_LINK, 'netns', NAMESPACE]);
    await ip(['addr', 'add', `${HOST_ADDRESS}/24`, 'dev', HOST_LINK]);
    await ip(['link', 'set', HOST_LINK, 'up']);
    await ip(['netns', 'exec', NAMESPACE, 'ip', 'addr', 'add', `${PEER_ADDRESS}/24`, 'dev', PEER_LINK]);
    await ip(['netns', 'exec', NAMESPACE, 'ip', 'link', 'set', PEER_LINK, 'up']);
    await ip(['netns', 'exec', NAMESPACE, 'ip', 'link', 'set', 'lo', 'up']);

    remote = await runner.main({ port: '0', host: HOST_ADDRESS, 'tls-san': `${HOST_ADDRESS}, ${REMOTE_NAME}` });
    assert.equal(remote.code, 0, remote.stdout + remote.stderr);
    local = await runner.main({ port: '0' });
    assert.equal(local.code, 0, local.stdout + local.stderr);
  });

  after(async () => {
    await post(remote);
    await post(local);
    runner?.dispose();
    // Deleting the namespace deletes the veth pair with it.
    if (namespaceMade) await run('ip', ['netns', 'delete', NAMESPACE]);
    await run('ip', ['link', 'delete', HOST_LINK]);
    const links = await ip(['-o', 'link', 'show']);
    assert.ok(!links.includes(HOST_LINK), `${HOST_LINK} removed`);
    assert.ok(!(await ip(['netns', 'list'])).includes(NAMESPACE), `${NAMESPACE} removed`);
  });

  test('the action exports the bound address, and its certificate names it', () => {
    assert.equal(remote.env.DOCKER_HOST, `tcp://${HOST_ADDRESS}:${portOf(remote.env.DOCKER_HOST)}`);
    assert.match(
      remote.stdout,
      new RegExp(`Server names: .*IP:${HOST_ADDRESS.replace(/\./g, '\\.')}.*DNS:${REMOTE_NAME}`),
    );
  });

  test('docker CLI in the namespace: version, ps, info over mTLS', async () => {
    const env = stepEnv(remote.env);
    const version = ok(await inNamespace('docker', ['version', '--format', '{{.Server.Version}}'], env));
    assert.match(version, /^\d+\.\d+/);
    ok(await inNamespace('docker', ['ps', '-a'], env));
    const root = ok(await inNamespace('docker', ['info', '--format', '{{.DockerRootDir}}'], env)).trim();
    assert.ok(root.startsWith(runner.runnerTemp), `the action's daemon: ${root}`);
  });

  test('curl in the namespace: by address and by the tls-san name', async () => {
    const files = filesOf(remote.env.DOCKER_CERT_PATH);
    const port = portOf(remote.env.DOCKER_HOST);
    const tls = ['-sS', '--max-time', '20', '--cacert', files.ca, '--cert', files.cert, '--key', files.key];
    const env = stepEnv({});
    assert.equal(ok(await inNamespace('curl', [...tls, `https://${HOST_ADDRESS}:${port}/_ping`], env)), 'OK');
    const byName = await inNamespace(
      'curl',
      [...tls, '--resolve', `${REMOTE_NAME}:${port}:${HOST_ADDRESS}`, `https://${REMOTE_NAME}:${port}/version`],
      env,
    );
    assert.match(JSON.parse(ok(byName)).Version, /^\d+\.\d+/);
    // Without a client certificate the other machine gets the TLS refusal, not the API.
    refused(
      await inNamespace(
        'curl',
        ['-sS', '--max-time', '20', '--tls-max', '1.2', '--cacert', files.ca, `https://${HOST_ADDRESS}:${port}/_ping`],
        env,
      ),
      /alert (bad certificate|certificate required|handshake failure)/,
    );
  });

  test('a daemon bound to 127.0.0.1 cannot be reached from the namespace', async () => {
    const port = portOf(local.env.DOCKER_HOST);
    const env = stepEnv(local.env);
    // It works from this machine...
    ok(await run('docker', ['version', '--format', '{{.Server.Version}}'], { env }));
    // ...but neither the namespace's own loopback nor this machine's veth address has it.
    for (const address of ['127.0.0.1', HOST_ADDRESS]) {
      const attempt = await inNamespace('docker', ['version'], { ...env, DOCKER_HOST: `tcp://${address}:${port}` });
      refused(attempt, /Cannot connect to the Docker daemon at tcp:\/\/|connect: connection refused/);
      const files = filesOf(local.env.DOCKER_CERT_PATH);
      const curl = await inNamespace(
        'curl',
        [
          '-sS',
          '--max-time',
          '10',
          '--cacert',
          files.ca,
          '--cert',
          files.cert,
          '--key',
          files.key,
          `https://${address}:${port}/_ping`,
        ],
        stepEnv({}),
      );
      assert.equal(curl.code, 7, `curl: connection refused, ${describeRun(curl)}`);
      refused(curl, /Failed to connect .* Couldn't connect to server/);
    }
  });

  test('post: both daemons are gone, nothing of them is left', async () => {
    for (const main of [remote, local]) {
      const result = (await post(main))!;
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.doesNotMatch(result.stdout, /::warning::/);
      await assertNoLeaks({ ids: [instanceOf(main.state).id], ports: [portOf(main.env.DOCKER_HOST)] });
    }
    const addresses = await ip(['-o', 'addr', 'show', 'dev', HOST_LINK]);
    assert.match(addresses, new RegExp(HOST_ADDRESS.replace(/\./g, '\\.')), 'our veth is untouched by post');
  });
});
