// action.yml is the contract users read: every input the code reads and every output it sets is
// declared there with a description, and the runner is told to run main and post on node24.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ACTION_INPUT_DEFAULTS, readInputs } from '../../src/adapters/action/inputs.js';
import { REPO_ROOT } from '../../harness/runner.js';
import { INPUT_NAMES } from '../../src/core/options/names.js';

interface ActionYml {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post: string; 'post-if': string };
}

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
const source = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const namesCalled = (text: string, fn: string) =>
  [...text.matchAll(new RegExp(`${fn}\\('([^']+)'`, 'g'))].map((m) => m[1]);

test('runs main and post from dist on node24, post always', () => {
  assert.deepEqual(action.runs, {
    using: 'node24',
    main: 'dist/main/index.js',
    post: 'dist/post/index.js',
    'post-if': 'always()',
  });
  for (const field of ['name', 'description', 'author'] as const) assert.ok(action[field], field);
  assert.ok(action.branding.icon && action.branding.color);
});

/** The inputs readInputs asks the runner for: the INPUT_* variables it reads. */
function inputsRead(): string[] {
  const read = new Set<string>();
  const saved = process.env;
  process.env = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name === 'string' && name.startsWith('INPUT_')) read.add(name.slice(6).toLowerCase());
        return undefined;
      },
    },
  ) as NodeJS.ProcessEnv;
  try {
    readInputs();
  } finally {
    process.env = saved;
  }
  return [...read];
}

test('every input read by main is declared, with a description and the documented default', () => {
  const read = inputsRead();
  assert.ok(read.includes('tls-san') && read.includes('dind-image'), read.join(', '));
  assert.deepEqual([...read].sort(), Object.keys(action.inputs).sort());
  for (const [name, input] of Object.entries(action.inputs)) {
    assert.ok(input.description.length > 20, `${name} has a description`);
    assert.equal(input.required ?? false, false, `${name} is optional`);
  }
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]));
  // The one set of defaults the code uses: action.yml must show the same.
  assert.deepEqual(defaults, ACTION_INPUT_DEFAULTS);
});

test('docker-tls up takes every option of the core as a flag, shown in its usage', () => {
  const up = source('src/adapters/cli/up.ts');
  // The usage texts live in one light module, which --help loads without the verbs.
  const usage = source('src/adapters/cli/usage.ts');
  const { style: _style, mode: _mode, rootless: _rootless, ...options } = INPUT_NAMES;
  assert.ok(up.includes("dind: { type: 'boolean' }"), 'the mode is --dind');
  assert.ok(up.includes("rootless: { type: 'boolean' }"), 'rootless is --rootless');
  assert.match(usage, /\[--rootless\]/, '--rootless is in the usage');
  for (const name of Object.values(options)) {
    assert.match(up, new RegExp(`^  '?${name}'?: \\{ type: 'string'`, 'm'), `--${name} is a flag of up`);
    assert.ok(usage.includes(`[--${name} `), `up's usage shows --${name}`);
    assert.ok(Object.keys(action.inputs).includes(name), `${name} is an input of the action too`);
  }
});

test('every output set by main is declared, and every declared output is set', () => {
  const set = namesCalled(source('src/adapters/action/publish.ts'), 'core.setOutput');
  assert.deepEqual([...new Set(set)].sort(), Object.keys(action.outputs).sort());
  for (const [name, output] of Object.entries(action.outputs)) assert.ok(output.description.length > 10, name);
});

test('the README documents every input and output', () => {
  const readme = source('README.md');
  for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
    assert.ok(readme.includes(`\`${name}\``), `README mentions \`${name}\``);
  }
});
