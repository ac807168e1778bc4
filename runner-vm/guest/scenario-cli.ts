// The other ways in, on the runner look-alike: mode certs; the docker-tls CLI (up, env, down) as a
// `run:` step would use it; doctor naming a real cause (a port taken); and a start that fails
// because its port is taken, which must leave nothing either.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { DOCKER_VERSION } from './fidelity.js';
import { withoutLeftovers } from './scenario.js';
import { ok, run, stepEnv } from './shell.js';
import { ACTION_DIR, main, outputOf, post } from './steps.js';

const cli = (args: string[], env: NodeJS.ProcessEnv = stepEnv({})) =>
  run(process.execPath, [join(ACTION_DIR, 'dist', 'cli', 'index.js'), ...args], { env, timeoutMs: 600_000 });

/** `export NAME='value'` lines, as `eval` would read them. */
function parseExports(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/^export ([A-Z_]+)='((?:[^']|'\\'')*)'$/gm)) {
    found[match[1]] = match[2].replace(/'\\''/g, "'");
  }
  return found;
}

export async function certsScenario(t: TestContext): Promise<void> {
  await withoutLeftovers(t, async () => {
    const step = await main({ mode: 'certs' });
    const files = ['ca-cert', 'client-cert', 'client-key'].map((name) => step.outputs[name]);
    const server = ['ca.pem', 'cert.pem', 'key.pem'].map((name) => join(step.outputs['server-cert-path'] ?? '', name));
    await t.test('main writes the server and client files (keys 0600), starts and exports nothing', () => {
      assert.equal(step.code, 0, outputOf(step));
      for (const path of [...files, ...server]) assert.ok(path && existsSync(path), `${path} exists`);
      for (const key of [step.outputs['client-key'], server[2]]) assert.equal(statSync(key).mode & 0o777, 0o600, key);
      assert.deepEqual([step.outputs.host, step.outputs.pid, step.outputs.context], [undefined, undefined, undefined]);
      assert.deepEqual(step.env, {});
    });
    const cleanup = await post(step.state);
    await t.test('post exits 0 and removes the files', () => {
      assert.equal(cleanup.code, 0, outputOf(cleanup));
      for (const path of [...files, ...server]) assert.ok(!existsSync(path), `${path} is gone`);
    });
  });
}

export async function cliScenario(t: TestContext): Promise<void> {
  await withoutLeftovers(t, async () => {
    const up = await cli(['up', '--port', '0']);
    const exported = parseExports(up.stdout);
    try {
      await t.test('up exits 0 and prints the exports', () => {
        assert.equal(up.code, 0, up.stderr);
        assert.match(exported.DOCKER_HOST ?? '', /^tcp:\/\/127\.0\.0\.1:\d+$/);
        assert.equal(exported.DOCKER_TLS_VERIFY, '1');
        assert.ok(exported.DOCKER_TLS_STATE, 'DOCKER_TLS_STATE is exported');
      });
      await t.test('docker talks to it over mTLS', async () => {
        const version = await ok('docker', ['version', '--format', '{{.Server.Version}}'], { env: stepEnv(exported) });
        assert.match(version.trim(), DOCKER_VERSION);
      });
      await t.test('env prints the same exports from the state file', async () => {
        const again = await cli(['env'], stepEnv({ DOCKER_TLS_STATE: exported.DOCKER_TLS_STATE }));
        assert.equal(again.code, 0, again.stderr);
        assert.deepEqual(parseExports(again.stdout), exported);
      });
    } finally {
      const down = await cli(['down'], stepEnv({ DOCKER_TLS_STATE: exported.DOCKER_TLS_STATE ?? '' }));
      await t.test('down exits 0', () => assert.equal(down.code, 0, down.stderr));
    }
  });
}

/** A port held by this process for as long as the scenario runs. */
async function takePort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server };
}

export async function portTakenScenario(t: TestContext): Promise<void> {
  const { port, server } = await takePort();
  const inUse = new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`);
  try {
    await t.test('doctor names the taken port, and only it, as what fails', async () => {
      const doctor = await cli(['doctor', '--port', String(port)]);
      assert.equal(doctor.code, 1, doctor.stdout + doctor.stderr);
      const failures = doctor.stdout.split('\n').filter((line) => line.startsWith('fail'));
      assert.equal(failures.length, 1, doctor.stdout);
      assert.match(failures[0], inUse);
      assert.match(doctor.stdout, /^ok +privilege: passwordless sudo$/m);
    });
    await t.test('doctor with a free port finds nothing wrong (the control)', async () => {
      const doctor = await cli(['doctor', '--port', '0']);
      assert.equal(doctor.code, 0, doctor.stdout + doctor.stderr);
    });
    await withoutLeftovers(t, async () => {
      const start = await main({ port: String(port) });
      await t.test('main fails, naming the taken port', () => {
        assert.notEqual(start.code, 0, outputOf(start));
        assert.match(start.stdout + start.stderr, inUse);
      });
      const cleanup = await post(start.state);
      await t.test('post after the failed main exits 0', () => assert.equal(cleanup.code, 0, outputOf(cleanup)));
    });
  } finally {
    server.close();
  }
}
