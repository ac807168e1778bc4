// Runs as any user: cases that need another owner use chown as root, a different running uid otherwise.
import assert from 'node:assert/strict';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
  chownSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  identityOf,
  isSameFile,
  makeDirNoFollow,
  untrustedComponentOf,
  writeFileAtomic,
} from '../../src/host/files.js';

let root: string;
const uid = process.getuid!();
before(() => {
  root = mkdtempSync(join(tmpdir(), 'safe-fs-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  test('writes with exactly the mode asked for, whatever the umask', async () => {
    const old = process.umask(0o077);
    try {
      const path = join(root, 'cert.pem');
      await writeFileAtomic(path, 'x', 0o644);
      assert.equal(statSync(path).mode & 0o777, 0o644);
      assert.equal(readFileSync(path, 'utf8'), 'x');
    } finally {
      process.umask(old);
    }
  });

  test('replaces a symlink planted at the target by a file, without writing through it', async () => {
    const victim = join(root, 'victim');
    writeFileSync(victim, 'original');
    const path = join(root, 'key.pem');
    symlinkSync(victim, path);
    const identity = await writeFileAtomic(path, 'secret', 0o600);
    assert.equal(readFileSync(victim, 'utf8'), 'original');
    assert.ok(lstatSync(path).isFile());
    assert.ok(await isSameFile(path, identity));
  });
});

describe('makeDirNoFollow', () => {
  test('creates missing parents with the mode and says which it created', async () => {
    const path = join(root, 'a', 'b', 'c');
    const created = await makeDirNoFollow(path, 0o700);
    assert.deepEqual(created, [join(root, 'a'), join(root, 'a', 'b'), path]);
    assert.equal(statSync(path).mode & 0o777, 0o700);
  });

  test('refuses a symlink where the directory should be', async () => {
    const target = join(root, 'elsewhere');
    mkdirSync(target);
    const path = join(root, 'link-dir');
    symlinkSync(target, path);
    chmodSync(target, 0o755);
    // Linux answers ENOTDIR for O_DIRECTORY|O_NOFOLLOW on a symlink, ELOOP without O_DIRECTORY.
    await assert.rejects(makeDirNoFollow(path, 0o700), (error: NodeJS.ErrnoException) =>
      ['ENOTDIR', 'ELOOP'].includes(error.code ?? ''),
    );
    assert.equal(statSync(target).mode & 0o777, 0o755, 'the directory behind the symlink keeps its mode');
  });
});

describe('isSameFile', () => {
  test('a directory replaced by another of the same name is not the same', async () => {
    const path = join(root, 'replaced');
    mkdirSync(path);
    const identity = (await identityOf(path))!;
    assert.ok(await isSameFile(path, identity));
    rmSync(path, { recursive: true });
    mkdirSync(join(root, 'spacer'));
    mkdirSync(path);
    assert.equal(await isSameFile(path, identity), false);
  });
});

describe('untrustedComponentOf', () => {
  test('a directory of ours below root-owned ones is trusted, missing parts too', async () => {
    assert.equal(await untrustedComponentOf(join(root, 'not', 'yet'), uid), undefined);
  });

  test('a parent writable by others without the sticky bit is named', async () => {
    const open = join(root, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const found = await untrustedComponentOf(join(open, 'certs'), uid);
    assert.deepEqual(found, { path: open, reason: 'other users may write it (no sticky bit)' });
    chmodSync(open, 0o1777);
    assert.equal(await untrustedComponentOf(join(open, 'certs'), uid), undefined);
  });

  test('a directory owned by someone else is named', async () => {
    const dir = join(root, 'theirs');
    mkdirSync(dir);
    // As root, give it away; as another user, ask as if we were someone else.
    if (uid === 0) chownSync(dir, 4242, 4242);
    const asUid = uid === 0 ? 0 : uid + 1;
    const owner = uid === 0 ? 4242 : uid;
    const found = await untrustedComponentOf(join(dir, 'certs'), asUid);
    assert.deepEqual(found, { path: dir, reason: `it is owned by another user (uid ${owner})` });
  });
});
