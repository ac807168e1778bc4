// Files our daemon leaves outside its own directories (issue 12, item 10): dockerd 20.10's
// /etc/docker/key.json and containerd's shim sockets in /run/containerd/s; only ours are removed.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  removeShimSockets,
  removeTrustKey,
  shimSocketOf,
  trustKeyBefore,
  trustKeyWritten,
} from '../../src/engines/dockerd/leftover-files.js';
import { AS_ROOT } from '../../src/host/privilege.js';

const root = mkdtempSync(join(tmpdir(), 'leftovers-unit-'));
after(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const fresh = () => join(root, `case-${++counter}`);

// As containerd 1.6 named it for a shim of ours (seen in /run/containerd/s on a Debian 12 machine).
const SHIM = [
  '/usr/bin/containerd-shim-runc-v2',
  '-namespace',
  'dtls-225671b0',
  '-id',
  'af61aad6bb0c8e16cc6ed73b837a749f1eb0a123df0187168a1ca347487bc502',
  '-address',
  '/run/dtls-225671b0/containerd/containerd.sock',
];

describe('containerd shim sockets', () => {
  test("a shim's socket is named by its address, namespace and id", () => {
    assert.equal(
      shimSocketOf(SHIM),
      '/run/containerd/s/927925bf8854ce1e37d2ffd092bf3f1b9d816a9b4f86b7ce183a5100446d2ede',
    );
    assert.equal(shimSocketOf(['/usr/sbin/dockerd', '--config-file', 'x']), undefined);
  });

  test('the sockets of our shims are removed, no other', async () => {
    const dir = fresh();
    mkdirSync(dir);
    const ours = shimSocketOf(SHIM, dir)!;
    const other = join(dir, 'f'.repeat(64));
    const servers = [createServer().listen(ours), createServer().listen(other)];
    await Promise.all(servers.map((server) => new Promise((resolve) => server.once('listening', resolve))));
    // A killed shim leaves its socket file behind: closing the server here would remove it.
    servers.forEach((server) => server.unref());
    assert.deepEqual(await removeShimSockets(AS_ROOT, [SHIM, ['sleep', '600']], dir), [ours]);
    assert.ok(!existsSync(ours) && existsSync(other));
  });
});

describe("dockerd 20.10's trust key", () => {
  test('written by our daemon: removed with the directory it made', async () => {
    const key = join(fresh(), 'docker', 'key.json');
    const before = await trustKeyBefore(key);
    mkdirSync(join(key, '..'), { recursive: true });
    writeFileSync(key, '{}');
    const record = await trustKeyWritten(before, key);
    assert.ok(record.trustKey && record.trustKeyDirMade);
    assert.deepEqual(await removeTrustKey(AS_ROOT, record, key), [key, join(key, '..')]);
    assert.ok(!existsSync(join(key, '..')));
  });

  test('there before: nothing recorded, nothing removed', async () => {
    const key = join(fresh(), 'key.json');
    mkdirSync(join(key, '..'));
    writeFileSync(key, '{}');
    const record = await trustKeyWritten(await trustKeyBefore(key), key);
    assert.deepEqual(record, {});
    assert.deepEqual(await removeTrustKey(AS_ROOT, record, key), []);
    assert.ok(existsSync(key));
  });

  test('replaced since (another file now): kept', async () => {
    const key = join(fresh(), 'key.json');
    const before = await trustKeyBefore(key);
    mkdirSync(join(key, '..'));
    writeFileSync(key, '{}');
    const record = await trustKeyWritten(before, key);
    // Another file renamed over it: made while the first still existed, so another inode.
    writeFileSync(`${key}.new`, '{"someone": "else"}');
    renameSync(`${key}.new`, key);
    assert.deepEqual(await removeTrustKey(AS_ROOT, record, key), []);
    assert.ok(existsSync(key));
  });
});
