// A cert-dir the user gives, in every mode, as the runner runs the action (dist/main, dist/post):
// the one teardown (src/lifecycle/teardown.ts) gives a directory that existed before back empty and
// with its own mode, and removes a cert-dir main had to create, with the parents it made.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIND_TEST_IMAGE, startDindOuterEngine } from '../harness/dind-outer.js';
import type { OuterEngine } from '../harness/outer-engine.js';
import { FakeRunner } from '../harness/runner.js';

const root = mkdtempSync(join(tmpdir(), 'dtls-certdir-modes-'));
const tag = randomBytes(3).toString('hex');
// The outer engine has no default bridge: the dind container joins a network of its own, made in a
// /16 of its own (10.224–10.239) and removed by post.
const POOL = `10.${224 + (parseInt(tag.slice(0, 2), 16) % 16)}.0.0/16`;
let runner: FakeRunner;
let outer: OuterEngine;
let counter = 0;

before(async () => {
  runner = new FakeRunner();
  ({ engine: outer } = await startDindOuterEngine({ addressPool: POOL }));
});

after(async () => {
  await outer?.stop();
  runner?.dispose();
  rmSync(root, { recursive: true, force: true });
});

const MODES: Record<string, () => Record<string, string>> = {
  dockerd: () => ({ port: '0' }),
  dind: () => ({
    mode: 'dind',
    'dind-engine': outer.endpoint,
    'dind-image': DIND_TEST_IMAGE,
    'dind-privileged': 'false',
    'dind-network': `certdir-${tag}`,
    port: '0',
  }),
  certs: () => ({ mode: 'certs' }),
};

/** main with `cert-dir`, the files there checked, then post; fails the test on a failed step. */
async function mainAndPost(inputs: Record<string, string>, certDir: string): Promise<void> {
  const main = await runner.main({ ...inputs, 'cert-dir': certDir });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  assert.deepEqual(readdirSync(certDir).sort(), ['client', 'server']);
  assert.equal(statSync(certDir).mode & 0o7777, 0o700, 'private while in use');
  const post = await runner.post(main.state);
  assert.equal(post.code, 0, post.stdout + post.stderr);
  assert.doesNotMatch(post.stdout, /::warning::/, post.stdout);
}

for (const [mode, inputs] of Object.entries(MODES)) {
  describe(`mode ${mode}`, () => {
    test('a cert-dir that existed comes back empty, with its own mode', async () => {
      const certDir = join(root, `${mode}-existing-${++counter}`);
      mkdirSync(certDir);
      chmodSync(certDir, 0o755);
      await mainAndPost(inputs(), certDir);
      assert.deepEqual(readdirSync(certDir), []);
      assert.equal(statSync(certDir).mode & 0o7777, 0o755);
    });

    test('a cert-dir main created is gone, with the directories made above it', async () => {
      const parent = join(root, `${mode}-new-${++counter}`);
      mkdirSync(parent);
      await mainAndPost(inputs(), join(parent, 'made', 'certs'));
      assert.equal(existsSync(join(parent, 'made')), false);
      assert.deepEqual(readdirSync(parent), []);
    });
  });
}
