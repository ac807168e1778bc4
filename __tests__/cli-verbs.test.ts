// The CLI's verbs around up: --format shell|dotenv|json|github, env from the state file, --context
// made and removed by down, --help and exit codes; and what the built CLI loads: `--help` only its
// entry, `certs` none of the chunks that hold the daemon code (traced with a module-load hook).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../harness/runner.js';

const execFileAsync = promisify(execFile);
const cliDir = join(REPO_ROOT, 'dist', 'cli');
const cli = join(cliDir, 'index.js');
const scratch = mkdtempSync(join(tmpdir(), 'dtls-cli-verbs-'));
const dockerConfig = join(scratch, 'docker-config');
const baseEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: scratch,
  DOCKER_CONFIG: dockerConfig,
};

after(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function dockerTls(args: string[], env: NodeJS.ProcessEnv = baseEnv, node: string[] = []): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [...node, cli, ...args], {
      env,
      timeout: 180_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const parseLines = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('up, env and down', () => {
  test('formats, env from the state, a context that down removes', async () => {
    const up = await dockerTls([
      'up',
      '--port',
      '0',
      '--format',
      'dotenv',
      '--context',
      'ci-tls',
      '--state-dir',
      scratch,
    ]);
    assert.equal(up.code, 0, up.stderr);
    const env = parseLines(up.stdout);
    try {
      assert.deepEqual(Object.keys(env).sort(), [
        'DOCKER_CERT_PATH',
        'DOCKER_HOST',
        'DOCKER_TLS_STATE',
        'DOCKER_TLS_VERIFY',
        'TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE',
      ]);
      assert.equal(up.stderr, '', 'no progress when stderr is not a terminal');
      const withState = { ...baseEnv, DOCKER_TLS_STATE: env.DOCKER_TLS_STATE };
      const json = JSON.parse((await dockerTls(['env', '--format', 'json'], withState)).stdout);
      assert.deepEqual({ ...json, context: undefined }, { ...env, context: undefined });
      assert.equal(json.context, 'ci-tls');
      assert.deepEqual(parseLines((await dockerTls(['env', '--format', 'github'], withState)).stdout), env);
      const shell = (await dockerTls(['env'], withState)).stdout;
      const { stdout: evaluated } = await execFileAsync('sh', [
        '-c',
        `eval "$1"; echo "$DOCKER_HOST|$DOCKER_TLS_VERIFY"`,
        'sh',
        shell,
      ]);
      assert.equal(evaluated.trim(), `${env.DOCKER_HOST}|1`);

      const version = await execFileAsync(
        'docker',
        ['--context', 'ci-tls', 'version', '--format', '{{.Server.APIVersion}}'],
        {
          env: baseEnv,
        },
      );
      assert.match(version.stdout.trim(), /^1\.\d+$/);
    } finally {
      const down = await dockerTls(['down', '--state', env.DOCKER_TLS_STATE]);
      assert.equal(down.code, 0, down.stderr);
      assert.match(down.stdout, /removed docker context ci-tls/);
    }
    const contexts = await execFileAsync('docker', ['context', 'ls', '--format', '{{.Name}}'], { env: baseEnv });
    assert.deepEqual(contexts.stdout.trim().split('\n'), ['default']);
    const gone = await dockerTls(['env', '--state', env.DOCKER_TLS_STATE]);
    assert.equal(gone.code, 1);
    assert.match(gone.stderr, /does not exist: the daemon is down/);
  });

  test('--help for each verb exits 0; bad usage exits 2', async () => {
    for (const verb of ['up', 'env', 'down', 'certs', 'doctor']) {
      const help = await dockerTls([verb, '--help']);
      assert.equal(help.code, 0, verb);
      assert.match(help.stdout, new RegExp(`^docker-tls ${verb}`), verb);
    }
    const top = await dockerTls(['--help']);
    assert.match(top.stdout, /Exit codes: 0 done; 1 failed .*; 2 bad usage/s);
    assert.equal((await dockerTls(['up', '--format', 'yaml'])).code, 2);
    assert.equal((await dockerTls(['up', '--context', 'bad name'])).code, 2);
    assert.equal((await dockerTls(['env'])).code, 2, 'no state file named');
    assert.equal((await dockerTls(['frobnicate'])).code, 2);
  });
});

describe('what the built CLI loads', () => {
  const trace = join(scratch, 'loaded.txt');
  const hooks = join(scratch, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(trace)}, url + '\\n');
  return next(url, context);
}`,
  );
  const register = `data:text/javascript,import{register}from'node:module';register(${JSON.stringify(`file://${hooks}`)})`;

  async function loaded(args: string[]): Promise<string[]> {
    rmSync(trace, { force: true });
    const result = await dockerTls(args, baseEnv, ['--import', register]);
    assert.equal(result.code, 0, result.stderr);
    return readFileSync(trace, 'utf8')
      .trim()
      .split('\n')
      .map((url) => fileURLToPath(url))
      .filter((path) => path.startsWith(cliDir))
      .map((path) => basename(path));
  }

  const daemonChunks = readdirSync(cliDir).filter(
    (name) =>
      name.endsWith('.js') &&
      name !== 'index.js' &&
      readFileSync(join(cliDir, name), 'utf8').includes('containerd log'),
  );

  test('the daemon code is in a chunk of its own (the check below can fail)', () => {
    assert.equal(daemonChunks.length, 1, readdirSync(cliDir).join(', '));
  });

  test('--help and up --help load only the entry', async () => {
    assert.deepEqual(await loaded(['--help']), ['index.js']);
    assert.deepEqual(await loaded(['up', '--help']), ['index.js']);
  });

  test('certs loads no daemon chunk', async () => {
    const files = await loaded(['certs', '--out', join(scratch, `certs-${Date.now()}`)]);
    assert.ok(files.length > 1, `certs loads its own chunk: ${files.join(', ')}`);
    assert.deepEqual(
      files.filter((name) => daemonChunks.includes(name)),
      [],
    );
  });
});
