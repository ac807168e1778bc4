import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type FileFacts, type TrustedLookup, findTrustedExecutable } from '../../src/host/trusted-path.js';

const dir = (uid = 0, mode = 0o755): FileFacts => ({ uid, mode: 0o040000 | mode, isFile: false, isDirectory: true });
const file = (uid = 0, mode = 0o755): FileFacts => ({ uid, mode: 0o100000 | mode, isFile: true, isDirectory: false });

/** A file system given as a table of paths; symlinks as a second table. */
function lookupOf(path: string, files: Record<string, FileFacts>, links: Record<string, string> = {}): TrustedLookup {
  return {
    path,
    stat: async (p) => files[links[p] ?? p],
    realpath: async (p) => links[p] ?? p,
  };
}

const SYSTEM = { '/': dir(), '/usr': dir(), '/usr/bin': dir(), '/usr/bin/dockerd': file() };

describe('findTrustedExecutable', () => {
  test('a user-writable directory early in PATH does not win', async () => {
    const fs = {
      ...SYSTEM,
      '/home': dir(),
      '/home/runner': dir(1001, 0o750),
      '/home/runner/.local': dir(1001),
      '/home/runner/.local/bin': dir(1001),
      '/home/runner/.local/bin/dockerd': file(1001),
    };
    const found = await findTrustedExecutable('dockerd', lookupOf('/home/runner/.local/bin:/usr/bin', fs));
    assert.equal(found.path, '/usr/bin/dockerd');
    assert.match(
      found.skipped[0],
      /^\/home\/runner\/\.local\/bin\/dockerd \(\/home\/runner\/\.local\/bin is owned by uid 1001, not root\)$/,
    );
  });

  test('a root-owned file in a directory others may write is passed over', async () => {
    const fs = { ...SYSTEM, '/opt': dir(0, 0o777), '/opt/dockerd': file() };
    const found = await findTrustedExecutable('dockerd', lookupOf('/opt:/usr/bin', fs));
    assert.equal(found.path, '/usr/bin/dockerd');
    assert.match(found.skipped[0], /other users may write \/opt/);
  });

  test('a sticky world-writable directory above a root-owned one is fine', async () => {
    const fs = { ...SYSTEM, '/tmp': dir(0, 0o1777), '/tmp/engine': dir(), '/tmp/engine/dockerd': file() };
    assert.equal((await findTrustedExecutable('dockerd', lookupOf('/tmp/engine', fs))).path, '/tmp/engine/dockerd');
  });

  test('group- or other-writable files, directories and non-files are refused', async () => {
    const cases: Array<[FileFacts, RegExp]> = [
      [file(0, 0o775), /other users may write it/],
      [file(0, 0o644), /not executable/],
      [dir(), /not a regular file/],
    ];
    for (const [facts, reason] of cases) {
      const found = await findTrustedExecutable(
        'dockerd',
        lookupOf('/usr/bin', { ...SYSTEM, '/usr/bin/dockerd': facts }),
      );
      assert.equal(found.path, undefined);
      assert.match(found.skipped[0], reason);
    }
  });

  test('symlinks are judged by what they point to (alternatives)', async () => {
    const fs = {
      ...SYSTEM,
      '/usr/sbin': dir(),
      '/usr/sbin/iptables-nft': file(),
      '/etc': dir(),
      '/etc/alternatives': dir(),
    };
    const links = { '/usr/sbin/iptables': '/usr/sbin/iptables-nft' };
    const found = await findTrustedExecutable('iptables', lookupOf('/usr/sbin', fs, links));
    assert.equal(found.path, '/usr/sbin/iptables', 'the name it was found by: multi-call programs need it');
    const evil = { ...fs, '/home': dir(), '/home/u': dir(1000), '/home/u/x': file(1000) };
    const bad = await findTrustedExecutable(
      'iptables',
      lookupOf('/usr/sbin', evil, { '/usr/sbin/iptables': '/home/u/x' }),
    );
    assert.equal(bad.path, undefined);
  });

  test('relative PATH entries are ignored', async () => {
    const found = await findTrustedExecutable('dockerd', lookupOf('bin:.:/usr/bin', SYSTEM));
    assert.equal(found.path, '/usr/bin/dockerd');
    assert.deepEqual(found.skipped, []);
  });
});
