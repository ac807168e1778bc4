// The docker context against a real daemon of ours (docker-tls up, then down), in a DOCKER_CONFIG
// of the test's own so the machine's contexts are never touched.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  type ContextEndpoint,
  contextMetaFile,
  createDockerContext,
  listContexts,
  removeDockerContext,
} from '../src/host/docker-context.js';
import { parseContextName } from '../src/core/options/values.js';
import { newInstanceId } from '../src/core/naming.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repoRoot, 'dist', 'cli', 'index.js');

const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-context-'));
const dockerConfig = join(tempRoot, 'docker-config');
/** The docker CLI's environment: our config dir, and none of the variables that pick a daemon. */
const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: tempRoot, DOCKER_CONFIG: dockerConfig };
const options = { env };

const docker = async (...args: string[]) => (await run('docker', args, { env, timeout: 60_000 })).stdout.trim();

describe('docker context for the daemon (real dockerd)', () => {
  let stateFile: string;
  let endpoint: ContextEndpoint;

  before(async () => {
    assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`);
    const { stdout } = await run(process.execPath, [cli, 'up', '--port', '0', '--json', '--state-dir', tempRoot], {
      timeout: 180_000,
      env: { ...process.env, DOCKER_HOST: '', DOCKER_CONTEXT: '' },
    });
    const started = JSON.parse(stdout) as Record<string, string>;
    stateFile = started.DOCKER_TLS_STATE;
    const dir = started.DOCKER_CERT_PATH;
    endpoint = {
      dockerHost: started.DOCKER_HOST,
      caPath: join(dir, 'ca.pem'),
      certPath: join(dir, 'cert.pem'),
      keyPath: join(dir, 'key.pem'),
    };
  });

  after(async () => {
    if (stateFile) await run(process.execPath, [cli, 'down', '--state', stateFile], { timeout: 120_000 });
    rmSync(tempRoot, { recursive: true, force: true });
  });

  test('creates a context that reaches the daemon, without switching the current one', async () => {
    const currentBefore = await docker('context', 'show');
    const created = await createDockerContext('docker-tls', 'inst1', endpoint, options);
    assert.deepEqual(created, { name: 'docker-tls', marker: 'docker-tls-action instance inst1' });
    const apiVersion = await docker('--context', 'docker-tls', 'version', '--format', '{{.Server.APIVersion}}');
    assert.match(apiVersion, /^1\.\d+$/);
    assert.equal(await docker('context', 'show'), currentBefore, 'the current context is unchanged');
    assert.equal(currentBefore, 'default');
    const digest = createHash('sha256').update('docker-tls').digest('hex');
    assert.ok(existsSync(join(dockerConfig, 'contexts', 'tls', digest, 'docker', 'key.pem')), 'the store holds a copy');
    const description = (await listContexts(options)).get('docker-tls');
    assert.match(description ?? '', /^docker-tls-action instance inst1: mutual TLS to tcp:\/\//);

    assert.deepEqual(await removeDockerContext(created!, options), {
      removed: true,
      detail: 'removed docker context docker-tls',
    });
    assertNoTrace('docker-tls', await docker('context', 'ls', '--format', '{{.Name}}'));
    assertStoreEmpty();
  });

  test("a second instance, and a user's context of the same name, keep their names", async () => {
    await docker('context', 'create', 'docker-tls', '--description', 'the user', '--docker', 'host=tcp://127.0.0.1:1');
    const first = await createDockerContext('docker-tls', 'inst1', endpoint, options);
    const second = await createDockerContext('docker-tls', 'inst2', endpoint, options);
    assert.equal(first?.name, 'docker-tls-2', "the user's docker-tls is not ours");
    assert.equal(second?.name, 'docker-tls-3', "the first instance's name is not the second's");
    // A re-run of the first instance replaces its own context instead of taking a new name.
    assert.equal((await createDockerContext('docker-tls', 'inst1', endpoint, options))?.name, 'docker-tls-2');
    assert.match(await docker('--context', 'docker-tls-3', 'version', '--format', '{{.Server.APIVersion}}'), /^1\./);

    for (const context of [first!, second!]) assert.equal((await removeDockerContext(context, options)).removed, true);
    const names = await docker('context', 'ls', '--format', '{{.Name}}');
    assertNoTrace('docker-tls-2', names);
    assertNoTrace('docker-tls-3', names);
    assert.equal((await listContexts(options)).get('docker-tls'), 'the user', "the user's context is untouched");
    assert.deepEqual(
      await removeDockerContext({ name: 'docker-tls', marker: 'docker-tls-action instance inst1' }, options),
      {
        removed: false,
        detail: 'context docker-tls is not ours any more; left in place',
      },
    );
    assert.equal((await removeDockerContext(first!, options)).detail, 'context docker-tls-2 is already gone');
    await docker('context', 'rm', 'docker-tls');
    assertStoreEmpty();
  });

  test('a context left by an instance that is gone is replaced; one whose daemon answers is kept', async () => {
    // Two instances of ours that ended without their post step, as their contexts say: one whose
    // endpoint is a closed loopback port (nothing of it runs), one at this daemon's endpoint.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const closed = `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await new Promise((resolve) => server.close(resolve));
    const [gone, answering] = [newInstanceId(), newInstanceId()];
    await createDockerContext('docker-tls', gone, { ...endpoint, dockerHost: closed }, options);
    await createDockerContext('docker-tls-2', answering, endpoint, options);
    // Just made, so younger than the longest start: kept, whatever its instance (it may be starting).
    assert.equal((await createDockerContext('docker-tls', 'inst3', endpoint, options)).name, 'docker-tls-3');
    await docker('context', 'rm', 'docker-tls-3');
    // As if a crashed job had made both an hour ago.
    for (const name of ['docker-tls', 'docker-tls-2']) madeAnHourAgo(name);

    const made = await createDockerContext('docker-tls', 'inst3', endpoint, options);
    assert.deepEqual(made, {
      name: 'docker-tls',
      marker: 'docker-tls-action instance inst3',
      replacedLeftoverOf: gone,
    });
    assert.match(await docker('--context', 'docker-tls', 'version', '--format', '{{.Server.APIVersion}}'), /^1\./);
    const again = await createDockerContext('docker-tls', 'inst4', endpoint, options);
    assert.deepEqual(
      again,
      { name: 'docker-tls-3', marker: 'docker-tls-action instance inst4' },
      'an answering one stays',
    );
    assert.match((await listContexts(options)).get('docker-tls-2') ?? '', new RegExp(`instance ${answering}:`));

    for (const name of ['docker-tls', 'docker-tls-2', 'docker-tls-3']) await docker('context', 'rm', name);
    assertStoreEmpty();
  });

  /** Ages a context's metadata file, where the docker CLI keeps it, by an hour. */
  function madeAnHourAgo(name: string): void {
    const meta = contextMetaFile(name, env);
    assert.ok(existsSync(meta), `the docker CLI keeps ${name}'s metadata in ${meta}`);
    const then = new Date(Date.now() - 3_600_000);
    utimesSync(meta, then, then);
  }

  /**
   * Gone from the listing, and neither its metadata nor its copy of the TLS files (the client key
   * among them) left in the store, which keys both by the SHA-256 of the name.
   */
  function assertNoTrace(name: string, listing: string): void {
    assert.ok(!listing.split('\n').includes(name), `${name} is still listed:\n${listing}`);
    const digest = createHash('sha256').update(name).digest('hex');
    for (const part of ['meta', 'tls']) {
      assert.equal(
        existsSync(join(dockerConfig, 'contexts', part, digest)),
        false,
        `contexts/${part} of ${name} is gone`,
      );
    }
  }

  function assertStoreEmpty(): void {
    for (const part of ['meta', 'tls']) {
      const dir = join(dockerConfig, 'contexts', part);
      assert.deepEqual(existsSync(dir) ? readdirSync(dir) : [], [], `contexts/${part} is empty`);
    }
  }
});

describe('context names', () => {
  test('default, none, and invalid names', () => {
    assert.equal(parseContextName('', 'context'), 'docker-tls');
    assert.equal(parseContextName('  ', 'context'), 'docker-tls');
    assert.equal(parseContextName('none', 'context'), undefined);
    assert.equal(parseContextName('ci.docker_2', 'context'), 'ci.docker_2');
    assert.throws(() => parseContextName('-x', 'context'), /Invalid context "-x"/);
    assert.throws(() => parseContextName('a/b', 'context'), /Invalid context/);
    assert.throws(() => parseContextName('default', 'context'), /CLI's own/);
  });

  test('the docker CLI missing is an error with a fix', async () => {
    const endpoint = { dockerHost: 'tcp://127.0.0.1:1', caPath: 'a', certPath: 'b', keyPath: 'c' };
    await assert.rejects(
      createDockerContext('docker-tls', 'x', endpoint, { docker: join(tmpdir(), 'no-such-docker'), env: {} }),
      (error: Error & { hint?: string }) => /not installed/.test(error.message) && /"none"/.test(error.hint ?? ''),
    );
  });
});
