import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { type Privilege } from '../../src/host/privilege.js';
import {
  type ForwardingPaths,
  holdIpForward,
  parseForwardingRecord,
  readIpForwardRecord,
  releaseIpForward,
  sweepIpForward,
} from '../../src/host/network/ip-forward.js';

// The record logic runs as it would as root, on a directory and a "sysctl" file of the test's own.
const SELF: Privilege = { prefix: [], viaSudo: false };
const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function machine(initial: string): ForwardingPaths & { switch: () => string } {
  const root = mkdtempSync(join(tmpdir(), 'ipfwd-'));
  roots.push(root);
  writeFileSync(join(root, 'ip_forward'), `${initial}\n`);
  return {
    dir: join(root, 'run', 'docker-tls-action', 'ip-forward'),
    sysctl: join(root, 'ip_forward'),
    switch: () => readFileSync(join(root, 'ip_forward'), 'utf8').trim(),
  };
}

describe('parseForwardingRecord', () => {
  test('reads the value, the value to restore and the holders', () => {
    assert.deepEqual(parseForwardingRecord('value=1\nbefore=0\nholder=bbbb\nholder=aaaa\n'), {
      value: '1',
      before: '0',
      holders: ['aaaa', 'bbbb'],
    });
    assert.deepEqual(parseForwardingRecord('value=0\n'), { value: '0', holders: [] });
  });
});

describe('ip_forward record', () => {
  test('from 0: on while held, back to 0 after the last of two overlapping instances', async () => {
    const paths = machine('0');
    assert.deepEqual(await holdIpForward(SELF, 'aaaa', paths), { value: '1', before: '0', holders: ['aaaa'] });
    assert.deepEqual(await holdIpForward(SELF, 'bbbb', paths), { value: '1', before: '0', holders: ['aaaa', 'bbbb'] });
    assert.deepEqual(await releaseIpForward(SELF, 'aaaa', paths), { value: '1', before: '0', holders: ['bbbb'] });
    assert.equal(paths.switch(), '1');
    assert.deepEqual(await releaseIpForward(SELF, 'bbbb', paths), { value: '0', holders: [] });
    assert.equal(paths.switch(), '0');
    // Idempotent: a second teardown changes nothing.
    assert.deepEqual(await releaseIpForward(SELF, 'bbbb', paths), { value: '0', holders: [] });
  });

  test('from 1 (the runner daemon needs it): never turned off', async () => {
    const paths = machine('1');
    await holdIpForward(SELF, 'aaaa', paths);
    assert.deepEqual(await releaseIpForward(SELF, 'aaaa', paths), { value: '1', holders: [] });
    assert.equal(paths.switch(), '1');
  });

  test('the value recorded before a crash survives a new first holder', async () => {
    const paths = machine('0');
    await holdIpForward(SELF, 'dead', paths);
    // The crashed instance's holder is still there; a new instance comes and goes.
    await holdIpForward(SELF, 'live', paths);
    assert.deepEqual(await releaseIpForward(SELF, 'live', paths), { value: '1', before: '0', holders: ['dead'] });
    assert.deepEqual(await sweepIpForward(SELF, (id) => id === 'dead', paths), ['dead']);
    assert.equal(paths.switch(), '0');
  });

  test('the sweep finds nothing to release where no instance ever held it', async () => {
    const paths = machine('0');
    assert.deepEqual(await sweepIpForward(SELF, () => true, paths), []);
    assert.equal(existsSync(paths.dir), false);
    assert.equal(paths.switch(), '0');
  });

  test('the sweep keeps the holders of live instances', async () => {
    const paths = machine('0');
    await holdIpForward(SELF, 'live', paths);
    await holdIpForward(SELF, 'dead', paths);
    assert.deepEqual(await sweepIpForward(SELF, async (id) => id === 'dead', paths), ['dead']);
    assert.deepEqual(await readIpForwardRecord(SELF, paths), { value: '1', before: '0', holders: ['live'] });
  });

  test('the sweep lists holders as the record does: a hidden file in holders/ is no instance', async () => {
    const paths = machine('0');
    await holdIpForward(SELF, 'dead', paths);
    writeFileSync(join(paths.dir, 'holders', '.not-an-instance'), '');
    assert.deepEqual((await readIpForwardRecord(SELF, paths)).holders, ['dead']);
    assert.deepEqual(await sweepIpForward(SELF, () => true, paths), ['dead']);
    // The hidden file still counts as a holder for the release: ip_forward stays on.
    assert.equal(paths.switch(), '1');
  });

  test('concurrent holds and releases are serialised by the lock', async () => {
    const paths = machine('0');
    const ids = Array.from({ length: 12 }, (_, index) => `inst${index}`);
    await Promise.all(ids.map((id) => holdIpForward(SELF, id, paths)));
    assert.deepEqual(await readIpForwardRecord(SELF, paths), { value: '1', before: '0', holders: [...ids].sort() });
    await Promise.all(ids.map((id) => releaseIpForward(SELF, id, paths)));
    assert.deepEqual(await readIpForwardRecord(SELF, paths), { value: '0', holders: [] });
  });

  test('the record directory is private, and reading or releasing creates nothing', async () => {
    const paths = machine('0');
    await readIpForwardRecord(SELF, paths);
    await releaseIpForward(SELF, 'aaaa', paths);
    assert.throws(() => statSync(paths.dir), { code: 'ENOENT' });
    await holdIpForward(SELF, 'aaaa', paths);
    assert.equal(statSync(paths.dir).mode & 0o777, 0o700);
    assert.equal(statSync(join(paths.dir, '..')).mode & 0o777, 0o700);
  });

  test('refuses a record directory that is a symbolic link, and ids that are no ids', async () => {
    const paths = machine('0');
    const elsewhere = join(paths.sysctl, '..', 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(join(paths.dir, '..'), { recursive: true });
    symlinkSync(elsewhere, paths.dir);
    await assert.rejects(holdIpForward(SELF, 'aaaa', paths), (error: Error) => {
      // What the script said, not the script.
      assert.match(error.message, /^Could not hold net\.ipv4\.ip_forward \(the record in .*\): .* is a symbolic link/);
      assert.doesNotMatch(error.message, /set -eu/);
      return true;
    });
    assert.equal(paths.switch(), '0');
    await assert.rejects(holdIpForward(SELF, '../x', paths), /Not an instance id/);
  });
});
