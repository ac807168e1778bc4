// The second security review's findings about what a user or another user can hand us: directories
// another user controls (M1), a state file that forges what `env` prints or what `down` removes (M2),
// control characters in any input (L1), an IPv6 zone id as a SAN (L5). Each is refused before
// anything is made, with exit 2 and one line naming the input, or with the state left untouched.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { FakeRunner, REPO_ROOT } from '../harness/runner.js';

const execFileAsync = promisify(execFile);
const cli = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const scratch = mkdtempSync(join(tmpdir(), 'dtls-security-'));
chmodSync(scratch, 0o755);
const NOBODY = 65534;
const runner = new FakeRunner();
after(() => {
  runner.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function dockerTls(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const base = { PATH: process.env.PATH, HOME: scratch, DOCKER_CONFIG: join(scratch, 'docker') };
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [cli, ...args], { env: { ...base, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let counter = 0;
const fresh = (label: string) => join(scratch, `${label}-${++counter}`);

/** A directory owned by another user (nobody), as on a shared self-hosted runner. */
function othersDirectory(label: string): string {
  const dir = fresh(label);
  mkdirSync(dir, { mode: 0o755 });
  chownSync(dir, NOBODY, NOBODY);
  return dir;
}

/** One line on stderr naming `input`, the CLI's exit 2, and no stack trace. */
function assertBadInput(run: Run, input: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, input);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

describe('M1: directories another user controls are refused before anything is written', () => {
  test('certs --out below a directory owned by another user', async () => {
    const parent = othersDirectory('out-parent');
    const run = await dockerTls(['certs', '--out', join(parent, 'certs')]);
    assertBadInput(run, /The --out .* cannot be used: .* is owned by another user \(uid 65534\)/);
    assert.deepEqual(readdirSync(parent), [], 'nothing written');
  });

  test('certs --out in a directory others may write (no sticky bit)', async () => {
    const open = fresh('out-open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const run = await dockerTls(['certs', '--out', join(open, 'certs')]);
    assertBadInput(run, /The --out .* cannot be used: .* is not safe from other users \(other users may write it/);
    assert.deepEqual(readdirSync(open), []);
  });

  test('up --state-dir owned by another user: refused before a work directory, state file or daemon', async () => {
    const stateDir = othersDirectory('state');
    const run = await dockerTls(['up', '--port', '0', '--state-dir', stateDir]);
    assertBadInput(run, /The --state-dir .* cannot be used: it is not safe from other users/);
    assert.deepEqual(readdirSync(stateDir), []);
  });

  test("the library's stateDir owned by another user", async () => {
    const stateDir = othersDirectory('library-state');
    const script = `import { startDaemon } from ${JSON.stringify(join(REPO_ROOT, 'dist', 'lib', 'index.js'))};
await startDaemon({ stateDir: ${JSON.stringify(stateDir)} }).then(() => console.log('started'), (error) => console.log(error.message));`;
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script]);
    assert.match(stdout, /The stateDir .* cannot be used: it is not safe from other users/);
    assert.deepEqual(readdirSync(stateDir), []);
  });
});

/** A state file as `up` writes one for a start that got as far as its environment, with `change` made. */
function stateFile(change: (state: Record<string, unknown>) => void = () => undefined): string {
  const dir = fresh('state');
  mkdirSync(dir, { mode: 0o700 });
  const workDir = join(dir, 'dtls-0a1b2c3d');
  const state: Record<string, unknown> = {
    version: 1,
    mode: 'dockerd',
    id: '0a1b2c3d',
    workDir,
    dockerHost: 'tcp://127.0.0.1:2376',
    environment: {
      DOCKER_HOST: 'tcp://127.0.0.1:2376',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: `${workDir}/certs/client`,
    },
  };
  change(state);
  const file = join(dir, 'dtls-0a1b2c3d.state.json');
  writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
  return file;
}

describe('M2: a state file that is not what up wrote is refused by env and down', () => {
  test('a forged variable name would run a command under eval: refused, nothing printed', async () => {
    const witness = fresh('pwned');
    const file = stateFile((state) => {
      (state.environment as Record<string, string>)[`X=1; touch ${witness}; :`] = 'y';
    });
    const run = await dockerTls(['env', '--state', file]);
    assert.notEqual(run.code, 0);
    assert.equal(run.stdout, '', 'nothing for a shell to eval');
    assert.match(run.stderr, /is not a state file that docker-tls up writes \(its environment .* is not the variables/);
    await execFileAsync('sh', ['-c', `eval "$1"`, 'sh', run.stdout]);
    assert.equal(existsSync(witness), false);
  });

  test('the genuine record prints, each value quoted for the shell', async () => {
    const run = await dockerTls(['env', '--state', stateFile()]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^export DOCKER_HOST='tcp:\/\/127\.0\.0\.1:2376'$/m);
  });

  for (const [what, spoil] of [
    ['writable by others', (file: string) => chmodSync(file, 0o666)],
    ['owned by another user', (file: string) => chownSync(file, NOBODY, NOBODY)],
    [
      'a symlink',
      (file: string) => {
        const real = `${file}.real`;
        writeFileSync(real, '{}', { mode: 0o600 });
        rmSync(file);
        symlinkSync(real, file);
      },
    ],
  ] as const) {
    test(`a state file ${what}: env and down refuse it`, async () => {
      const file = stateFile();
      spoil(file);
      for (const verb of ['env', 'down']) {
        const run = await dockerTls([verb, '--state', file]);
        assert.equal(run.code, 1, `${verb}: ${run.stderr}`);
        assert.match(
          run.stderr,
          /is not a state file that docker-tls up writes \(.*\): nothing was stopped, removed or printed/,
        );
        assert.equal(run.stdout, '');
      }
      assert.ok(existsSync(file), 'down removed nothing, not even the file');
    });
  }
});

describe('L1: control characters in an input', () => {
  test('the action: a line break in dind-engine cannot issue a workflow command', async () => {
    const main = await runner.main({ mode: 'dind', 'dind-engine': 'unix:///var/run/docker.sock\n::warning::forged' });
    assert.equal(main.code, 1);
    assert.doesNotMatch(main.stdout, /^::warning::forged/m);
    assert.match(main.stdout, /^::error::Invalid dind-engine .*control characters/m);
    assert.deepEqual(main.state, {}, 'nothing started');
  });

  test('the CLI: every flag is checked, with exit 2', async () => {
    assertBadInput(await dockerTls(['up', '--dind', '--dind-image', 'img\u001b[2J']), /Invalid --dind-image/);
    assertBadInput(await dockerTls(['up', '--context', 'ci\nx']), /Invalid --context/);
  });
});

describe('L5: an IPv6 zone id as a SAN', () => {
  test('is bad input: exit 2, one line naming the input', async () => {
    assertBadInput(
      await dockerTls(['up', '--tls-san', 'fe80::1%eth0']),
      /Invalid --tls-san "fe80::1%eth0": an IPv6 zone/,
    );
    assertBadInput(await dockerTls(['certs', '--out', fresh('zone'), '--san', 'fe80::1%eth0']), /Invalid --san/);
  });
});
