// The bundles carry the X.509 library's ES module build, once: scripts/build.mjs has ncc resolve
// packages by "module" before "main" (docs/DESIGN.md says why). A CommonJS copy, alone or beside
// the ES one, would load slower, and two copies would be two sets of classes.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../harness/runner.js';

/** Every JavaScript file of one bundle, concatenated. */
function bundleText(name: string): string {
  const dir = join(REPO_ROOT, 'dist', name);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

for (const name of ['main', 'worker', 'cli', 'lib']) {
  test(`dist/${name} carries one ES module copy of the X.509 library and asn1js`, () => {
    const text = bundleText(name);
    assert.equal(count(text, /class X509Certificate extends/g), 1, 'X509Certificate defined once');
    assert.equal(count(text, /class AsnConvert\b/g), 1, 'AsnConvert (asn1-schema) defined once');
    assert.equal(count(text, /class BaseBlock\b/g), 1, 'BaseBlock (asn1js) defined once');
    // The CommonJS build assigns its exports; the ES build's are webpack's getters.
    assert.equal(count(text, /exports\.X509Certificate\s*=/g), 0, 'no CommonJS build of @peculiar/x509');
    assert.equal(count(text, /exports\.BaseBlock\s*=/g), 0, 'no CommonJS build of asn1js');
  });
}

test('dist/post carries no X.509 library: post makes no certificate', () => {
  assert.equal(count(bundleText('post'), /class X509Certificate extends/g), 0);
});
