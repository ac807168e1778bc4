// What each CLI path loads, read from the sources' static imports (the ones evaluated at load;
// `import type` is erased and `import()` runs only when a verb is chosen): `docker-tls --help`
// loads no verb, `docker-tls certs` none of the engines, the network or the start.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../../harness/runner.js';

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;

/** Every source module evaluated when `entry` is loaded, as paths relative to the repository. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const name = relative(REPO_ROOT, file);
    if (seen.has(name)) return;
    seen.add(name);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  };
  visit(join(REPO_ROOT, entry));
  return seen;
}

const HEAVY = /^src\/(engines|doctor|host\/network|host\/engine-api)\/|^src\/lifecycle\/(?!certificates\.ts$)/;

test('the import walk sees through to the daemon code (the check can fail)', () => {
  const up = [...loadedBy('src/adapters/cli/up.ts')];
  assert.ok(
    up.some((file) => file.startsWith('src/engines/dockerd/')),
    up.join(', '),
  );
  assert.ok(up.some((file) => HEAVY.test(file)));
});

test('docker-tls --help loads the usage texts and no verb', () => {
  assert.deepEqual([...loadedBy('src/adapters/cli/index.ts')].sort(), [
    'src/adapters/cli/compile-cache.ts',
    'src/adapters/cli/index.ts',
    'src/adapters/cli/run.ts',
    'src/adapters/cli/usage.ts',
    'src/core/errors.ts',
  ]);
});

test('docker-tls certs loads none of the engines, the network, the start or the doctor', () => {
  const certs = [...loadedBy('src/adapters/cli/certs.ts')];
  assert.deepEqual(
    certs.filter((file) => HEAVY.test(file)),
    [],
  );
  assert.ok(certs.includes('src/core/pki/index.ts'));
});
