// testcontainers with Ryuk ON against our daemon. `docker-tls up` exports
// TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE = our daemon's own unix socket; testcontainers bind-mounts
// that path into its reaper. No registry here, so the reaper is a stand-in built under Ryuk's exact
// image name (helpers/ryuk-stand-in.mjs) that speaks Ryuk's protocol and reaps through the socket
// it was given. What this proves: testcontainers starts its reaper in OUR daemon with OUR socket
// mounted (the mount's source, and the daemon the socket answers as), sends its session filter, and
// a container left running by a finished test process is removed through that socket. What it does
// not prove: that the real Ryuk image (its Go client, its reconnect timing) behaves the same.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { docker, importBusybox, stepEnv } from '../harness/docker.js';
import { RYUK_IMAGE, importRyukStandIn } from '../harness/ryuk-image.js';
import { REPO_ROOT } from '../harness/runner.js';

const run = promisify(execFile);
const cli = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const stateDir = mkdtempSync(join(tmpdir(), 'dtls-ryuk-'));
let up: Record<string, string>;
let env: NodeJS.ProcessEnv;

before(async () => {
  const { stdout } = await run(
    process.execPath,
    [cli, 'up', '--port', '0', '--format', 'json', '--state-dir', stateDir],
    {
      timeout: 180_000,
    },
  );
  up = JSON.parse(stdout) as Record<string, string>;
  env = stepEnv(up);
  delete env.TESTCONTAINERS_RYUK_DISABLED;
  await Promise.all([importRyukStandIn(env), importBusybox(env)]);
});

after(async () => {
  if (up) await run(process.execPath, [cli, 'down', '--state', up.DOCKER_TLS_STATE], { timeout: 120_000 });
  rmSync(stateDir, { recursive: true, force: true });
});

const exists = (id: string) =>
  docker(['inspect', '--format', '{{.Id}}', id], env).then(
    () => true,
    () => false,
  );

test('Ryuk gets our daemon socket and reaps the container a finished test process left', async () => {
  assert.match(up.TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, /^\/.*\/docker\.sock$/);
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'harness', 'client-testcontainers-ryuk.ts'), 'dtls-busybox:latest'],
    { env, timeout: 180_000, cwd: REPO_ROOT },
  );
  const started = JSON.parse(stdout.trim().split('\n').pop()!) as { id: string; reaperId?: string };
  assert.ok(started.reaperId, 'testcontainers started its reaper in our daemon');
  const reaper = JSON.parse((await docker(['inspect', started.reaperId], env)).stdout)[0] as {
    Config: { Image: string };
    Mounts: { Source: string; Destination: string }[];
  };
  assert.equal(reaper.Config.Image, RYUK_IMAGE);
  assert.deepEqual(
    reaper.Mounts.map((mount) => [mount.Source, mount.Destination]),
    [[up.TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, '/var/run/docker.sock']],
    'the mounted socket is our daemon’s own',
  );

  const deadline = Date.now() + 60_000;
  while ((await exists(started.id)) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 500));
  const logs = (await docker(['logs', started.reaperId], env)).stdout;
  assert.ok(!(await exists(started.id)), `the container was reaped; reaper log:\n${logs}`);

  const info = JSON.parse((await docker(['info', '--format', '{{json .}}'], env)).stdout) as { DockerRootDir: string };
  assert.ok(logs.includes(`socket-root ${info.DockerRootDir}\n`), `the socket answers as our daemon:\n${logs}`);
  assert.match(logs, /^filter org\.testcontainers\.session-id=[0-9a-f-]+$/m);
  assert.ok(logs.includes(`reaped ${started.id}`), logs);
  await docker(['rm', '--force', started.reaperId], env).catch(() => undefined);
});
