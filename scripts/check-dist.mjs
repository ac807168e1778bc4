// Fails when the committed dist/ differs from a fresh build of the sources: the runner executes
// dist/, so a stale bundle ships old behaviour.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'dtls-dist-'));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', fresh], { cwd: root, stdio: 'inherit' });
  const committed = new Map(files(join(root, 'dist')).map((path) => [relative(join(root, 'dist'), path), path]));
  const built = new Map(files(fresh).map((path) => [relative(fresh, path), path]));
  const differing = [...new Set([...committed.keys(), ...built.keys()])].filter((name) => {
    const a = committed.get(name);
    const b = built.get(name);
    return !a || !b || !readFileSync(a).equals(readFileSync(b));
  });
  if (differing.length > 0) {
    console.error(`dist/ is not what the sources build to; differing: ${differing.join(', ')}`);
    console.error('Run "npm run build" and commit dist/.');
    process.exit(1);
  }
  console.log('dist/ matches a fresh build.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
