// The lint step's schema check: the project's own action.yml and workflows pass, broken ones fail.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-lint-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

function validate(...files: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-github-yaml.mjs', ...files], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

test("the project's action.yml and workflows match GitHub's schemas", () => {
  const { code, output } = validate();
  assert.equal(code, 0, output);
  assert.match(output, /match GitHub's action and workflow schemas/);
});

test('a broken action.yml fails, naming the line and the value', () => {
  const dir = join(tempRoot, 'action');
  const broken = readFileSync(join(repoRoot, 'action.yml'), 'utf8').replace('using: node24', 'using: node99');
  assert.ok(broken.includes('node99'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'action.yml'), broken);
  const { code, output } = validate(join(dir, 'action.yml'));
  assert.equal(code, 1, output);
  assert.match(output, /does not match the action metadata schema[\s\S]*Line: \d+.*Unexpected value 'node99'/);
});

test('a broken workflow fails', () => {
  const workflow = join(tempRoot, 'ci.yml');
  writeFileSync(
    workflow,
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        uses: actions/checkout@v4\n',
  );
  const { code, output } = validate(workflow);
  assert.equal(code, 1, output);
  assert.match(output, /does not match the workflow schema[\s\S]*Unexpected value 'uses'/);
});
