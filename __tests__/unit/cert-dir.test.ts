// A user-given cert-dir (issue 12, items 1 and 10): refused when another user could change its path;
// the daemon reads a private copy; teardown removes only what main made there, by device and inode,
// removes the directories made for it and restores the mode of one that existed.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import {
  checkUsableCertificateDir,
  writeCertificateSetRecorded,
  writeDaemonTlsFiles,
} from '../../src/host/cert-dir.js';
import { silentLogger } from '../../src/core/logger.js';
import { teardownInstance } from '../../src/lifecycle/teardown.js';
import { type InstanceState } from '../../src/core/state.js';
import { createCertificateSet } from '../../src/core/pki/index.js';

const root = mkdtempSync(join(tmpdir(), 'certdir-unit-'));
after(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
const fresh = (label: string) => join(root, `${label}-${++counter}`);

/** The lifecycle's one teardown of a state that lists only a given cert-dir (mode certs, no work directory). */
async function cleanUpGivenCertDir(state: InstanceState): Promise<{ removed: string; warnings: string[] }> {
  const report = await teardownInstance(state, silentLogger);
  return { removed: report.summary, warnings: report.warnings };
}

/** main's record of a given cert-dir, as start.ts saves it. */
async function writeGiven(certDir: string): Promise<InstanceState> {
  const checked = await checkUsableCertificateDir(certDir, 'cert-dir');
  const { made } = await writeCertificateSetRecorded(checked, await createCertificateSet(), { input: 'cert-dir' });
  return {
    version: 1,
    mode: 'certs',
    id: '0a1b2c3d',
    workDir: '/unused',
    certDir,
    certDirWasGiven: true,
    certDirExisted: checked.existed,
    certDirCreated: made.createdDirs,
    certDirIdentities: made.identities,
    certDirMode: made.originalMode,
  };
}

describe('a given cert-dir', () => {
  test('under a directory others may write (no sticky bit) is refused, naming that directory; nothing made', async () => {
    const open = fresh('open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const certDir = join(open, 'a', 'certs');
    await assert.rejects(checkUsableCertificateDir(certDir, 'cert-dir'), (error: Error) => {
      assert.match(
        error.message,
        new RegExp(
          `The cert-dir ${certDir} cannot be used: ${open} is not safe from other users \\(other users may write it`,
        ),
      );
      return true;
    });
    assert.ok(!existsSync(join(open, 'a')), 'nothing made');
  });

  test('under a sticky world-writable directory (like /tmp) is accepted', async () => {
    const sticky = fresh('sticky');
    mkdirSync(sticky);
    chmodSync(sticky, 0o1777);
    await checkUsableCertificateDir(join(sticky, 'certs'), 'cert-dir');
  });

  test('teardown removes server/, client/ and the directories made for it, nothing else', async () => {
    const top = fresh('made');
    const state = await writeGiven(join(top, 'b', 'certs'));
    assert.deepEqual(state.certDirCreated, [top, join(top, 'b'), join(top, 'b', 'certs')]);
    const { removed, warnings } = await cleanUpGivenCertDir(state);
    assert.deepEqual(warnings, []);
    assert.ok(removed.includes(top), removed);
    assert.ok(!existsSync(top), 'the directories made for cert-dir are gone');
  });

  test('a directory put in place of client/ after main is left alone, with a warning', async () => {
    const certDir = fresh('swapped');
    const state = await writeGiven(certDir);
    renameSync(join(certDir, 'client'), join(root, `moved-${counter}`));
    mkdirSync(join(certDir, 'client'));
    const { removed, warnings } = await cleanUpGivenCertDir(state);
    assert.ok(existsSync(join(certDir, 'client')), 'not the directory main made: kept');
    assert.ok(!existsSync(join(certDir, 'server')), 'server/ as made: removed');
    assert.ok(removed.includes(join(certDir, 'server')));
    assert.match(warnings.join('\n'), /client was left alone: it is not the directory the main step made/);
  });

  test('a directory that existed keeps its mode after teardown', async () => {
    const certDir = fresh('existing');
    mkdirSync(certDir);
    chmodSync(certDir, 0o755);
    const state = await writeGiven(certDir);
    assert.equal(statSync(certDir).mode & 0o7777, 0o700, 'private while in use');
    await cleanUpGivenCertDir(state);
    assert.ok(existsSync(certDir));
    assert.equal(statSync(certDir).mode & 0o7777, 0o755, 'its mode restored');
  });
});

describe("the daemon's copy of the server files", () => {
  test('lies in a private directory of the work directory, the same certificates', async () => {
    const workDir = fresh('work');
    mkdirSync(workDir, { mode: 0o700 });
    const set = await createCertificateSet();
    const files = await writeDaemonTlsFiles(workDir, set);
    assert.equal(files.ca, join(workDir, 'tls', 'ca.pem'));
    assert.equal(statSync(join(workDir, 'tls')).mode & 0o7777, 0o700);
    assert.equal(statSync(files.key).mode & 0o7777, 0o600);
    assert.equal(readFileSync(files.ca, 'utf8'), set.caCertPem);
    assert.equal(readFileSync(files.cert, 'utf8'), set.server.certPem);
  });
});
