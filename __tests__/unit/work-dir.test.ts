// The work directory is created exclusively, never taken over when something is already there
// (issue 12, item 11).
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeWorkDir } from '../../src/lifecycle/begin.js';

const root = mkdtempSync(join(tmpdir(), 'workdir-unit-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('a path already taken (a symlink, a directory) is never used: another id is drawn', async () => {
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(elsewhere);
  chmodSync(elsewhere, 0o755);
  symlinkSync(elsewhere, join(root, 'dtls-00000000'));
  mkdirSync(join(root, 'dtls-11111111'));
  const ids = ['00000000', '11111111', '22222222'];
  const made = await makeWorkDir(root, () => ids.shift()!);
  assert.deepEqual(made, { id: '22222222', workDir: join(root, 'dtls-22222222') });
  assert.equal(statSync(made.workDir).mode & 0o7777, 0o700);
  assert.equal(readlinkSync(join(root, 'dtls-00000000')), elsewhere, 'the symlink is untouched');
  assert.equal(statSync(elsewhere).mode & 0o7777, 0o755, 'its target was not made private');
  assert.ok(lstatSync(join(root, 'dtls-11111111')).isDirectory());
});
