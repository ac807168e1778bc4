// The layout docs/DESIGN.md describes, held against the sources: which first-level folder of src/
// may import which, no cycle between them, few loose files, short files and functions.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { REPO_ROOT } from '../../harness/runner.js';

const SRC = join(REPO_ROOT, 'src');

/** What each folder may import besides itself (docs/DESIGN.md, "The map"). */
const ALLOWED: Record<string, string[]> = {
  core: [],
  host: ['core'],
  engines: ['host', 'core'],
  lifecycle: ['engines', 'host', 'core'],
  doctor: ['engines', 'host', 'core'],
  adapters: ['lifecycle', 'doctor', 'core'],
};

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const folderOf = (file: string) => relative(SRC, file).split('/')[0];

/** Every relative import of `file` (types too: a type import is a dependency of the design). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) =>
    resolve(dirname(file), match[1].replace(/\.js$/, '.ts')),
  );
}

/** Folder → folders it imports, from the sources. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles()) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const target of importsOf(file)) {
      const to = folderOf(target);
      if (to !== from && target.startsWith(SRC)) graph.get(from)!.add(to);
    }
  }
  return graph;
}

test('each first-level folder imports only the folders below it', () => {
  const graph = folderGraph();
  const folders = [...graph.keys()].filter((name) => !name.endsWith('.ts'));
  assert.deepEqual(folders.sort(), Object.keys(ALLOWED).sort(), 'every folder has a row in ALLOWED');
  for (const [from, targets] of graph) {
    if (from.endsWith('.ts')) continue;
    const forbidden = [...targets].filter((to) => !ALLOWED[from].includes(to));
    assert.deepEqual(forbidden, [], `${from} imports ${forbidden.join(', ')}`);
  }
});

test('the folders import each other without a cycle', () => {
  const graph = folderGraph();
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (folder: string, path: string[]): void => {
    assert.ok(!visiting.has(folder), `cycle: ${[...path, folder].join(' → ')}`);
    if (done.has(folder)) return;
    visiting.add(folder);
    for (const next of graph.get(folder) ?? []) visit(next, [...path, folder]);
    visiting.delete(folder);
    done.add(folder);
  };
  for (const folder of graph.keys()) visit(folder, []);
});

test('at most three files loose at the root of src/', () => {
  const loose = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isFile());
  assert.ok(loose.length <= 3, loose.join(', '));
});

test('no file over 250 lines and no function over 60 lines in src/', () => {
  const long: string[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > 250) long.push(`${relative(REPO_ROOT, file)}: ${lines} lines`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const last = source.getLineAndCharacterOfPosition(node.end).line;
        if (last - first + 1 > 60) long.push(`${relative(REPO_ROOT, file)}:${first + 1}: ${last - first + 1} lines`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.deepEqual(long, []);
});

test('only the action adapter speaks to the runner (@actions/core): the core knows nothing of GitHub', () => {
  const speaking = sourceFiles()
    .filter((file) => /from '@actions\/core'/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(SRC, file));
  assert.ok(speaking.length > 0, 'the action adapter uses it');
  assert.deepEqual(
    speaking.filter((file) => !file.startsWith('adapters/action/')),
    [],
  );
});
