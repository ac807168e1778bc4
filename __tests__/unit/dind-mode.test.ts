// dind mode's settings (the action's dind-* inputs), the tar that copies certificates into a
// container, and the rule that the outer engine is never a DOCKER_HOST an earlier step exported.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../../src/adapters/action/inputs.js';
import { tarArchive } from '../../src/host/engine-api/archive.js';
import { DEFAULT_DIND_IMAGE, parseDindSettings } from '../../src/core/options/dind.js';
import { InputError } from '../../src/core/errors.js';
import { INPUT_NAMES } from '../../src/core/options/names.js';

test('dind settings: defaults, and each bad value refused with the input it names', () => {
  assert.deepEqual(parseDindSettings({}, INPUT_NAMES), {
    engine: 'unix:///var/run/docker.sock',
    engineCertPath: undefined,
    image: DEFAULT_DIND_IMAGE,
    privileged: true,
    network: undefined,
    alias: 'docker',
    volume: undefined,
    args: [],
  });
  assert.match(DEFAULT_DIND_IMAGE, /^docker:\d+-dind$/, 'pinned to a major version tag');
  const parsed = parseDindSettings(
    {
      privileged: 'false',
      network: 'ci-net',
      volume: 'cache',
      args: '--mtu=1400\n--debug',
    },
    INPUT_NAMES,
  );
  assert.equal(parsed.privileged, false);
  assert.deepEqual(parsed.args, ['--mtu=1400', '--debug']);
  const cases: Array<[Parameters<typeof parseDindSettings>[0], string]> = [
    [{ engine: 'docker.sock' }, 'dind-engine'],
    [{ privileged: 'maybe' }, 'dind-privileged'],
    [{ network: 'bad name' }, 'dind-network'],
    [{ alias: 'no_underscores' }, 'dind-alias'],
    [{ volume: '/host/path' }, 'dind-volume'],
    [{ args: '-H tcp://0.0.0.0:2375' }, 'dind-args'],
    [{ args: '--tlsverify=false' }, 'dind-args'],
    [{ engine: 'tcp://10.0.0.5:2375' }, 'dind-engine'],
    [{ engine: 'tcp://docker.example.com:2376' }, 'dind-engine'],
    [{ engine: 'unix:///var/run/docker.sock', engineCertPath: '/certs' }, 'dind-engine-cert-path'],
  ];
  for (const [raw, input] of cases) {
    assert.throws(
      () => parseDindSettings(raw, INPUT_NAMES),
      (error: unknown) => error instanceof InputError && error.input === input,
      JSON.stringify(raw),
    );
  }
});

test('a tcp:// outer engine: plain TCP on loopback only; beyond it, mutual TLS with its client files', () => {
  assert.throws(
    () => parseDindSettings({ engine: 'tcp://10.0.0.5:2375' }, INPUT_NAMES),
    /Invalid dind-engine "tcp:\/\/10\.0\.0\.5:2375": a tcp:\/\/ outer engine beyond this machine needs mutual TLS: the dind server's key would cross the network in clear/,
  );
  for (const engine of ['tcp://127.0.0.1:2375', 'tcp://[::1]:2375', 'tcp://localhost:2375']) {
    assert.equal(parseDindSettings({ engine }, INPUT_NAMES).engineCertPath, undefined, engine);
  }
  const tls = parseDindSettings({ engine: 'tcp://10.0.0.5:2376', engineCertPath: '/home/runner/outer' }, INPUT_NAMES);
  assert.deepEqual([tls.engine, tls.engineCertPath], ['tcp://10.0.0.5:2376', '/home/runner/outer']);
});

test('the tar for the archive API unpacks with tar(1): directories, contents and modes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dtls-unit-tar-'));
  try {
    const key = 'x'.repeat(700);
    const tar = tarArchive([
      { path: '/certs', mode: 0o755 },
      { path: '/certs/server', mode: 0o700 },
      { path: '/certs/server/key.pem', mode: 0o400, content: key },
      { path: '/certs/server/ca.pem', mode: 0o444, content: 'ca\n' },
    ]);
    assert.equal(tar.length % 512, 0);
    writeFileSync(join(dir, 'a.tar'), tar);
    execFileSync('tar', ['-xf', 'a.tar', '--no-same-owner'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'certs/server/key.pem'), 'utf8'), key);
    assert.equal(readFileSync(join(dir, 'certs/server/ca.pem'), 'utf8'), 'ca\n');
    assert.equal(statSync(join(dir, 'certs/server/key.pem')).mode & 0o777, 0o400);
    assert.equal(statSync(join(dir, 'certs/server')).mode & 0o777, 0o700);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('mode dind: the outer engine is dind-engine or the socket, never an exported DOCKER_HOST', () => {
  const saved = { ...process.env };
  try {
    process.env.INPUT_MODE = 'dind';
    process.env.DOCKER_HOST = 'tcp://127.0.0.1:2376';
    process.env.DOCKER_TLS_VERIFY = '1';
    assert.equal(readInputs().options.dind?.engine, 'unix:///var/run/docker.sock');
    process.env['INPUT_DIND-ENGINE'] = 'unix:///run/other.sock';
    assert.equal(readInputs().options.dind?.engine, 'unix:///run/other.sock');
    process.env.INPUT_MODE = 'dockerd';
    assert.equal(readInputs().options.dind, undefined);
  } finally {
    process.env = saved;
  }
});
