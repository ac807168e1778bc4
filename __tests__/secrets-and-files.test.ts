import assert from 'node:assert/strict';
import { KeyObject, X509Certificate, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { DockerTlsError } from '../src/core/errors.js';
import { writeCertificateSet } from '../src/host/cert-dir.js';
import { type CertificateSet, type KeyAlgorithm, createCertificateSet } from '../src/core/pki/index.js';

const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-test-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

let counter = 0;
/** A fresh path under the temp root that does not exist yet. */
const freshPath = (label: string) => join(tempRoot, `${label}-${++counter}`);

/** Every entry under `dir`, hidden ones included, as relative path -> lstat. */
function walk(dir: string): Map<string, Stats> {
  const found = new Map<string, Stats>();
  const visit = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = lstatSync(full);
      found.set(relative(dir, full), stat);
      if (stat.isDirectory()) visit(full);
    }
  };
  visit(dir);
  return found;
}

/** Contents of every file under `dir`, for before/after comparisons. */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [path, stat] of walk(dir)) {
    result[path] = stat.isDirectory() ? `dir ${stat.mode.toString(8)}` : readFileSync(join(dir, path), 'base64');
  }
  return result;
}

/** A public key as base64 SPKI DER; a private key gives the public key it belongs to. */
function spkiOf(key: KeyObject | string): string {
  const publicKey = key instanceof KeyObject && key.type === 'public' ? key : createPublicKey(key);
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

const PRIVATE_KEY_BLOCK = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----[\s\S]*?-----END \1-----/g;

/** Public keys (SPKI, base64) of the private keys found in `text`, PEM or raw DER; each once. */
function publicKeysOfPrivateKeysIn(text: Buffer): string[] {
  const keys: string[] = [];
  for (const match of text.toString('latin1').matchAll(PRIVATE_KEY_BLOCK)) keys.push(spkiOf(match[0]));
  for (const type of ['pkcs8', 'sec1', 'pkcs1'] as const) {
    try {
      keys.push(spkiOf(createPrivateKey({ key: text, format: 'der', type })));
    } catch {
      // not a DER key of this kind
    }
  }
  return [...new Set(keys)];
}

const EXPECTED_LAYOUT = [
  'client',
  'client/ca.pem',
  'client/cert.pem',
  'client/key.pem',
  'server',
  'server/ca.pem',
  'server/cert.pem',
  'server/key.pem',
];

function expectedMode(path: string): number {
  if (!path.endsWith('.pem')) return 0o700;
  return path.endsWith('key.pem') ? 0o600 : 0o644;
}

describe('the CA private key never reaches the disk', () => {
  for (const keyAlgorithm of ['ecdsa-p256', 'rsa-2048'] as KeyAlgorithm[]) {
    test(`no file holds a private key for the CA's public key (${keyAlgorithm})`, async () => {
      const set = await createCertificateSet({ keyAlgorithm });
      const dir = freshPath('secrets');
      await writeCertificateSet(dir, set);
      const caKey = spkiOf(new X509Certificate(set.caCertPem).publicKey);
      const leafKeys = [set.server.certPem, set.client.certPem].map((pem) =>
        spkiOf(new X509Certificate(pem).publicKey),
      );

      const found: string[] = [];
      for (const [path, stat] of walk(dir)) {
        if (stat.isFile()) found.push(...publicKeysOfPrivateKeysIn(readFileSync(join(dir, path))));
      }
      assert.equal(found.length, 2, 'exactly the server and the client key were written');
      assert.ok(!found.includes(caKey), 'the CA private key is on disk');
      assert.deepEqual(found.sort(), [...leafKeys].sort());

      // Nor does the returned set carry it anywhere.
      const inMemory = publicKeysOfPrivateKeysIn(Buffer.from(JSON.stringify(set).replace(/\\n/g, '\n')));
      assert.deepEqual(inMemory.sort(), [...leafKeys].sort());
      assert.ok(!inMemory.includes(caKey));
    });
  }
  test('the scan itself finds keys in PEM (PKCS#8, SEC1, PKCS#1) and DER form', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const planted = [
      ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
      ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string,
      rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    ];
    const text = Buffer.from(`noise\n${planted.join('noise\n')}`);
    assert.equal(text.toString().match(/-----BEGIN (EC |RSA )?PRIVATE KEY-----/g)?.length, 3);
    assert.deepEqual(publicKeysOfPrivateKeysIn(text), [spkiOf(ec.publicKey), spkiOf(rsa.publicKey)]);
    const der = ec.privateKey.export({ type: 'pkcs8', format: 'der' });
    assert.deepEqual(publicKeysOfPrivateKeysIn(der), [spkiOf(ec.publicKey)]);
  });
});

describe('file layout and modes', () => {
  for (const umask of [0o000, 0o022, 0o077]) {
    test(`dirs 0700, keys 0600, certs 0644 whatever the umask (${umask.toString(8).padStart(3, '0')})`, async () => {
      const dir = freshPath('modes');
      const previous = process.umask(umask);
      try {
        await writeCertificateSet(dir, await createCertificateSet());
      } finally {
        process.umask(previous);
      }
      assert.equal(lstatSync(dir).mode & 0o7777, 0o700);
      const entries = walk(dir);
      assert.deepEqual([...entries.keys()].sort(), EXPECTED_LAYOUT, 'no temporary or extra files');
      for (const [path, stat] of entries) {
        assert.equal(stat.isDirectory() || stat.isFile(), true, `${path} is a plain file or directory`);
        assert.equal((stat.mode & 0o7777).toString(8), expectedMode(path).toString(8), `mode of ${path}`);
      }
    });
  }

  test('an existing empty directory is used and made private', async () => {
    const dir = freshPath('empty');
    mkdirSync(dir, { mode: 0o755 });
    await writeCertificateSet(dir, await createCertificateSet());
    assert.equal(lstatSync(dir).mode & 0o7777, 0o700);
    assert.deepEqual([...walk(dir).keys()].sort(), EXPECTED_LAYOUT);
  });

  test('parents are created as needed', async () => {
    const dir = join(freshPath('parents'), 'a', 'b');
    await writeCertificateSet(dir, await createCertificateSet());
    assert.deepEqual([...walk(dir).keys()].sort(), EXPECTED_LAYOUT);
  });
});

describe('existing directories', () => {
  let first: CertificateSet;
  let second: CertificateSet;

  const refusal = (input: string) => (error: unknown) => {
    assert.ok(error instanceof DockerTlsError, String(error));
    assert.equal(error.badInput, true);
    assert.match(error.message, new RegExp(`The ${input} .* already exists and is not empty`));
    assert.ok(error.hint && error.hint.length > 0);
    return true;
  };

  test('a non-empty directory is refused and left unchanged', async () => {
    [first, second] = await Promise.all([createCertificateSet(), createCertificateSet()]);
    const dir = freshPath('foreign');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'do not touch\n');
    const before = snapshot(dir);
    await assert.rejects(writeCertificateSet(dir, first, { input: 'cert-dir' }), refusal('cert-dir'));
    assert.deepEqual(snapshot(dir), before);
    // replace does not help: the files are not ours.
    await assert.rejects(writeCertificateSet(dir, first, { replace: true, input: 'cert-dir' }), (error: unknown) => {
      refusal('cert-dir')(error);
      assert.match((error as DockerTlsError).hint!, /not certificates of ours/);
      return true;
    });
    assert.deepEqual(snapshot(dir), before);
  });

  test('an earlier set is refused without replace, and replaced with it', async () => {
    const dir = freshPath('replace');
    await writeCertificateSet(dir, first);
    const before = snapshot(dir);
    await assert.rejects(
      writeCertificateSet(dir, second, { input: '--out', replaceOption: '--force' }),
      (error: unknown) => {
        refusal('--out')(error);
        assert.match((error as DockerTlsError).hint!, /--force/);
        return true;
      },
    );
    assert.deepEqual(snapshot(dir), before);

    await writeCertificateSet(dir, second, { replace: true });
    assert.equal(readFileSync(join(dir, 'server/ca.pem'), 'utf8'), second.caCertPem);
    assert.equal(readFileSync(join(dir, 'client/ca.pem'), 'utf8'), second.caCertPem);
    assert.equal(readFileSync(join(dir, 'server/cert.pem'), 'utf8'), second.server.certPem);
    assert.equal(readFileSync(join(dir, 'server/key.pem'), 'utf8'), second.server.keyPem);
    assert.equal(readFileSync(join(dir, 'client/cert.pem'), 'utf8'), second.client.certPem);
    assert.equal(readFileSync(join(dir, 'client/key.pem'), 'utf8'), second.client.keyPem);
    const entries = walk(dir);
    assert.deepEqual([...entries.keys()].sort(), EXPECTED_LAYOUT);
    for (const [path, stat] of entries) assert.equal(stat.mode & 0o7777, expectedMode(path), `mode of ${path}`);
  });

  test('replace still refuses our layout with a foreign file beside it', async () => {
    const dir = freshPath('mixed');
    await writeCertificateSet(dir, first);
    writeFileSync(join(dir, 'id_rsa'), 'not ours\n');
    const before = snapshot(dir);
    await assert.rejects(writeCertificateSet(dir, second, { replace: true, input: 'cert-dir' }), refusal('cert-dir'));
    assert.deepEqual(snapshot(dir), before);
  });

  test('replace refuses a foreign file inside server/ or client/, which a failed write would delete', async () => {
    const dir = freshPath('mixed-inside');
    await writeCertificateSet(dir, first);
    writeFileSync(join(dir, 'client', 'config.json'), '{}\n');
    const before = snapshot(dir);
    await assert.rejects(writeCertificateSet(dir, second, { replace: true, input: 'cert-dir' }), (error: unknown) => {
      refusal('cert-dir')(error);
      assert.match((error as DockerTlsError).hint!, /not certificates of ours/);
      return true;
    });
    assert.deepEqual(snapshot(dir), before);
  });

  test('a file where the directory should be: a clear bad-input error, not a stack trace', async () => {
    const file = freshPath('a-file');
    writeFileSync(file, 'x\n');
    for (const target of [file, join(file, 'below')]) {
      await assert.rejects(writeCertificateSet(target, first, { input: '--out' }), (error: unknown) => {
        assert.ok(error instanceof DockerTlsError, String(error));
        assert.equal(error.badInput, true);
        assert.match(error.message, /The --out .* is not a directory/);
        return true;
      });
    }
    assert.equal(readFileSync(file, 'utf8'), 'x\n');
  });
});
