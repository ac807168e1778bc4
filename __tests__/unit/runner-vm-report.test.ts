// The host side of the runner look-alike suite reads what the guest wrote: node:test's TAP (which
// scenarios passed, why a test failed) and its leftover snapshots (what differs after a scenario).
// Both are pure text handling, checked here on node:test's own TAP and on made-up snapshots.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { differences } from '../../runner-vm/guest/leftovers.js';
import { parseTap } from '../../runner-vm/host/tap.js';

/** The TAP node:test itself writes for a file of tests like the guest suite's. */
function tapOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tap-'));
  try {
    writeFileSync(join(dir, 'suite.mjs'), source);
    // Without the variable that makes a child of a test run report to its parent instead.
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const run = spawnSync(process.execPath, ['--test-reporter=tap', join(dir, 'suite.mjs')], { encoding: 'utf8', env });
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('parseTap', () => {
  const tap = tapOf(`
import assert from 'node:assert/strict';
import { test } from 'node:test';
test('first scenario', async (t) => {
  await t.test('a check that holds', () => {});
});
test('second scenario', async (t) => {
  await t.test('a check that fails', () => assert.equal(1, 2, 'one is not two'));
  await t.test('another that holds', () => {});
});
test('skipped scenario', { skip: 'not here' }, () => {});
`);

  test('the top-level tests are the scenarios, each passed or failed, with the plan', () => {
    const report = parseTap(tap);
    assert.deepEqual(
      report.scenarios.map(({ name, passed, skipped }) => [name, passed, skipped]),
      [
        ['first scenario', true, false],
        ['second scenario', false, false],
        ['skipped scenario', true, true],
      ],
    );
    assert.equal(report.planned, 3);
    assert.ok(report.scenarios.every((scenario) => scenario.seconds >= 0));
  });

  test('a failing check is named with its scenario and brings its message; its parent adds nothing', () => {
    const { failures } = parseTap(tap);
    assert.equal(failures.length, 1, JSON.stringify(failures));
    assert.equal(failures[0].path, 'second scenario › a check that fails');
    assert.match(failures[0].error, /one is not two/);
  });

  test('a report cut short has fewer scenarios than its plan says, or no plan', () => {
    const cut = tap.slice(0, tap.indexOf('# Subtest: second scenario'));
    const report = parseTap(cut);
    assert.equal(report.scenarios.length, 1);
    assert.notEqual(report.planned, 1);
  });
});

describe('differences between leftover snapshots', () => {
  test('the same lists, in any order, differ in nothing', () => {
    assert.deepEqual(differences({ links: ['lo', 'docker0'] }, { links: ['docker0', 'lo'] }), []);
  });

  test('what appeared is +, what went is -, a second copy of a line counts', () => {
    const before = { links: ['lo', 'docker0'], processes: ['dockerd', 'containerd'] };
    const after = { links: ['lo', 'dtls-1234abcd'], processes: ['dockerd', 'containerd', 'containerd'] };
    assert.deepEqual(differences(before, after), [
      '- links: docker0',
      '+ links: dtls-1234abcd',
      '+ processes: containerd',
    ]);
  });
});
