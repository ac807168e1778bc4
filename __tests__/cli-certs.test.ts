import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(repoRoot, 'dist', 'cli', 'index.js');

const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-test-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

let counter = 0;
const freshPath = (label: string) => join(tempRoot, `${label}-${++counter}`);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a user would, in a neutral working directory. */
function dockerTls(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: tempRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data) => (stdout += data));
    child.stderr.on('data', (data) => (stderr += data));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `openssl x509 -fingerprint -sha256` of a written certificate, as AA:BB:... */
function opensslFingerprint(path: string): string {
  const output = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256', '-in', path], {
    encoding: 'utf8',
  });
  const match = /Fingerprint=([0-9A-F:]+)$/im.exec(output.trim());
  assert.ok(match, output);
  return match[1];
}

function opensslEndDate(path: string): Date {
  const output = execFileSync('openssl', ['x509', '-noout', '-enddate', '-in', path], { encoding: 'utf8' });
  return new Date(output.trim().replace(/^notAfter=/, ''));
}

const FINGERPRINT = /^(?:[0-9A-F]{2}:){31}[0-9A-F]{2}$/;

before(() => {
  assert.ok(existsSync(cli), `${cli} is missing: run "npm run build" first`);
});

describe('docker-tls certs (bundled CLI)', () => {
  test('writes a set and prints paths, names, fingerprints and expiry', async () => {
    const out = freshPath('plain');
    const startedAt = Date.now();
    const run = await dockerTls([
      'certs',
      '--out',
      out,
      '--san',
      'docker.example.com',
      '--san',
      'IP:10.0.0.5',
      '--validity',
      '2h',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.trimEnd().split('\n');
    const field = (prefix: string) => {
      const line = lines.find((l) => l.startsWith(prefix));
      assert.ok(line, `no "${prefix}" line in:\n${run.stdout}`);
      return line.slice(prefix.length).trim();
    };
    assert.equal(field('server:'), `${join(out, 'server')}  (ca.pem, cert.pem, key.pem)`);
    assert.match(field('client:'), new RegExp(`^${join(out, 'client')}  .*DOCKER_CERT_PATH`));
    assert.equal(field('key algorithm:'), 'ecdsa-p256');
    const names = field('server names:').split(', ');
    assert.deepEqual(names.slice(0, 3), ['DNS:localhost', 'IP:127.0.0.1', 'IP:::1']);
    assert.deepEqual(names.slice(-2), ['DNS:docker.example.com', 'IP:10.0.0.5']);

    const ca = field('CA fingerprint (SHA-256):');
    const server = field('server fingerprint (SHA-256):');
    const client = field('client fingerprint (SHA-256):');
    for (const fingerprint of [ca, server, client]) assert.match(fingerprint, FINGERPRINT);
    assert.equal(ca, opensslFingerprint(join(out, 'server', 'ca.pem')));
    assert.equal(ca, opensslFingerprint(join(out, 'client', 'ca.pem')));
    assert.equal(server, opensslFingerprint(join(out, 'server', 'cert.pem')));
    assert.equal(client, opensslFingerprint(join(out, 'client', 'cert.pem')));

    const validity = /^(\S+) until (\S+)$/.exec(field('valid from'));
    assert.ok(validity, run.stdout);
    const expiresAt = new Date(validity[2]).getTime();
    assert.ok(Math.abs(expiresAt - (startedAt + 2 * 3_600_000)) < 30_000, `expiry ${validity[2]}`);
    assert.ok(Math.abs(expiresAt - opensslEndDate(join(out, 'server', 'cert.pem')).getTime()) < 1000);
    assert.match(run.stdout, /CA private key was never written/);

    for (const dir of ['server', 'client']) {
      assert.deepEqual(readdirSync(join(out, dir)).sort(), ['ca.pem', 'cert.pem', 'key.pem']);
    }
  });

  test('--json prints one parseable object that matches the files', async () => {
    const out = freshPath('json');
    const run = await dockerTls(['certs', '--out', out, '--json', '--key-algorithm', 'rsa-2048', '--validity', '90m']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const result = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(result).sort(), [
      'caFingerprint',
      'clientDir',
      'clientFingerprint',
      'expiresAt',
      'keyAlgorithm',
      'notBefore',
      'serverDir',
      'serverFingerprint',
      'serverSans',
    ]);
    assert.equal(result.serverDir, join(out, 'server'));
    assert.equal(result.clientDir, join(out, 'client'));
    assert.equal(result.keyAlgorithm, 'rsa-2048');
    assert.deepEqual(result.serverSans.slice(0, 3), ['DNS:localhost', 'IP:127.0.0.1', 'IP:::1']);
    assert.equal(result.caFingerprint, opensslFingerprint(join(out, 'server', 'ca.pem')));
    assert.equal(result.serverFingerprint, opensslFingerprint(join(out, 'server', 'cert.pem')));
    assert.equal(result.clientFingerprint, opensslFingerprint(join(out, 'client', 'cert.pem')));
    const window = Date.parse(result.expiresAt) - Date.parse(result.notBefore);
    assert.equal(window, 90 * 60_000 + 5 * 60_000, 'validity plus the 5 minutes of clock skew');
    const key = readFileSync(join(out, 'client', 'key.pem'), 'utf8');
    assert.match(key, /^-----BEGIN PRIVATE KEY-----\n/);
  });

  test('an earlier set is refused (exit 2) and replaced with --force', async () => {
    const out = freshPath('force');
    const first = await dockerTls(['certs', '--out', out, '--json']);
    assert.equal(first.code, 0, first.stderr);
    const before = readFileSync(join(out, 'server', 'cert.pem'), 'utf8');

    const again = await dockerTls(['certs', '--out', out]);
    assert.equal(again.code, 2);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /already exists and is not empty/);
    assert.match(again.stderr, /--force/);
    assert.equal(readFileSync(join(out, 'server', 'cert.pem'), 'utf8'), before);

    const forced = await dockerTls(['certs', '--out', out, '--force', '--json']);
    assert.equal(forced.code, 0, forced.stderr);
    const result = JSON.parse(forced.stdout);
    assert.notEqual(result.caFingerprint, JSON.parse(first.stdout).caFingerprint);
    assert.equal(result.serverFingerprint, opensslFingerprint(join(out, 'server', 'cert.pem')));
    assert.equal(statSync(join(out, 'server', 'key.pem')).mode & 0o777, 0o600);
  });

  test('a directory with foreign files is refused, even with --force, and left alone', async () => {
    const out = freshPath('foreign');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    const run = await dockerTls(['certs', '--out', out, '--force']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^docker-tls certs: The --out .* already exists and is not empty \(notes\.txt\)/);
    assert.deepEqual(readdirSync(out), ['notes.txt']);
    assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'mine\n');
  });

  const badInputs: { args: string[]; message: string; hint: RegExp }[] = [
    {
      args: ['--san', 'exa mple'],
      message: 'Invalid --san "exa mple": not a valid DNS name',
      hint: /^Example of a valid --san: \S/m,
    },
    {
      args: ['--san', '999.1.1.1'],
      message: 'Invalid --san "999.1.1.1": not a valid IPv4 address',
      hint: /^Example of a valid --san: \S/m,
    },
    { args: ['--san', ''], message: 'Invalid --san "": ', hint: /^Example of a valid --san: \S/m },
    {
      args: ['--san', 'fe80::1%eth0'],
      message: 'Invalid --san "fe80::1%eth0": an IPv6 zone names an interface',
      hint: /^Example of a valid --san: \S/m,
    },
    {
      args: ['--validity', '0'],
      message: 'Invalid --validity "0": expected a number with a unit',
      hint: /^Example of a valid --validity: 6h$/m,
    },
    {
      args: ['--validity=-1h'],
      message: 'Invalid --validity "-1h": expected a number with a unit',
      hint: /^Example of a valid --validity: 6h$/m,
    },
    {
      args: ['--validity', '6x'],
      message: 'Invalid --validity "6x": expected a number with a unit',
      hint: /^Example of a valid --validity: 6h$/m,
    },
    {
      args: ['--validity', '400d'],
      message: 'Invalid --validity "400d": must be at most 30d',
      hint: /^Example of a valid --validity: 6h$/m,
    },
    {
      args: ['--key-algorithm', 'dsa'],
      message: 'Invalid --key-algorithm "dsa": unknown key algorithm',
      hint: /^Example of a valid --key-algorithm: ecdsa-p256$/m,
    },
    { args: ['--bogus'], message: "Unknown option '--bogus'", hint: /^Usage: docker-tls certs --out DIR/m },
  ];

  for (const { args, message, hint } of badInputs) {
    test(`bad input ${JSON.stringify(args.join(' '))}: exit 2, message on stderr, nothing written`, async () => {
      const out = freshPath('bad');
      const run = await dockerTls(['certs', '--out', out, ...args]);
      assert.equal(run.code, 2, run.stderr);
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.startsWith(`docker-tls certs: ${message}`), run.stderr);
      assert.match(run.stderr, hint);
      assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace for bad input');
      assert.equal(existsSync(out), false, 'nothing was written');
    });
  }

  test('missing --out: exit 2 with usage', async () => {
    const run = await dockerTls(['certs', '--san', 'docker.example.com']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--out DIR is required/);
    assert.match(run.stderr, /Usage: docker-tls certs --out DIR/);
    assert.deepEqual(
      readdirSync(tempRoot).filter((name) => !/^[a-z]+-\d+$/.test(name)),
      [],
      'nothing written to the cwd',
    );
  });

  test('--help exits 0 with the usage on stdout and writes nothing', async () => {
    const out = freshPath('help');
    const run = await dockerTls(['certs', '--out', out, '--help']);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^docker-tls certs --out DIR/);
    for (const option of ['--san', '--validity', '--key-algorithm', '--force', '--json']) {
      assert.ok(run.stdout.includes(option), option);
    }
    assert.equal(existsSync(out), false);

    const top = await dockerTls(['--help']);
    assert.equal(top.code, 0);
    assert.match(top.stdout, /^docker-tls <command>/);
    assert.match(top.stdout, /certs/);
  });

  test('no command or an unknown one exits 2 with the usage on stderr', async () => {
    const none = await dockerTls([]);
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /^docker-tls <command>/);
    const unknown = await dockerTls(['certz']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "certz"/);
  });
});
