// `npm test`: installs what is missing, then runs every test file with Node's test runner.
// Pass file paths to run only those: npm test -- __tests__/pki.test.ts
// The daemon-facing files (the action end to end, interop, clients, and dind's, whose outer engine
// it is) run once per engine: the machine's own and Debian unstable's (scripts/engines.mjs), as a
// runner's outer engine is Docker 28; DOCKER_TLS_TEST_ENGINE=system|sid picks one. The other files
// run once, with the machine's engine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureNpmPackages, ensureSystemPackages } from './ensure-deps.mjs';
import { ENGINES, ENGINE_VARIABLE, engineEnv, expectedVersions } from './engines.mjs';
import { runnerNode } from './node24.mjs';

const root = resolve(import.meta.dirname, '..');
const PER_ENGINE =
  /(^|\/)(action-dockerd|action-dind|action-sudo|dind-engine|dind-refusals|interop-[^/]*|clients-[^/]*|workloads)\.test\.ts$/;

ensureNpmPackages();
ensureSystemPackages({ forTests: true });
// The tests run the bundles as the runner does: build them from the current sources first.
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const chosen = process.argv.slice(2);
// The unit tests (fast, no root, no Docker) first, then the end-to-end ones.
const testFiles = (dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(dir, name));
const files = chosen.length ? chosen : [...testFiles('__tests__/unit'), ...testFiles('__tests__')];
const engines = process.env[ENGINE_VARIABLE] ? [process.env[ENGINE_VARIABLE]] : ENGINES;
const passes = engines
  .map((engine, index) => ({
    engine,
    // The files that run once go with the first engine.
    files: files.filter((file) => PER_ENGINE.test(file) || index === 0),
  }))
  .filter((pass) => pass.files.length > 0);

// The tests run on the Node the runner runs actions on, so the bundles they start do too.
const node = runnerNode();
const reports = mkdtempSync(join(tmpdir(), 'test-reports-'));
const totals = { pass: 0, fail: 0, skipped: 0 };
let status = 0;
for (const pass of passes) {
  const env = engineEnv(pass.engine);
  const versions = expectedVersions(pass.engine, env);
  console.log(
    `\n== engine ${pass.engine}: dockerd ${versions.engine}, containerd ${versions.containerd} (${versions.dockerd}); ${pass.files.length} file(s), node ${nodeVersion(node)}`,
  );
  const tap = join(reports, `${pass.engine}.tap`);
  const contextsBefore = ourContexts();
  // One file at a time: the daemon tests share the machine's network and process table.
  const result = spawnSync(
    node,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`,
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...pass.files,
    ],
    { cwd: root, stdio: 'inherit', env },
  );
  const counts = countsOf(readFileSync(tap, 'utf8'));
  console.log(`== engine ${pass.engine}: ${counts.pass} passed, ${counts.fail} failed, ${counts.skipped} skipped`);
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  if (result.status !== 0) status = result.status ?? 1;
  // The tests' steps run with this user's HOME: a docker context a run left there is a leak that
  // no single test's own check saw.
  const leaked = ourContexts().filter((context) => !contextsBefore.includes(context));
  if (leaked.length > 0) {
    console.log(`== engine ${pass.engine}: docker contexts left behind:\n${leaked.join('\n')}`);
    status = 1;
  }
}
rmSync(reports, { recursive: true, force: true });
console.log(`\ntotal: ${totals.pass} passed, ${totals.fail} failed, ${totals.skipped} skipped`);
process.exit(status);

function nodeVersion(path) {
  return spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
}

/** The docker contexts in this user's store that an instance of ours made (none without a docker CLI). */
function ourContexts() {
  const listing = spawnSync('docker', ['context', 'ls', '--format', '{{.Name}} {{.Description}}'], {
    encoding: 'utf8',
  });
  return (listing.stdout ?? '').split('\n').filter((line) => line.includes(' docker-tls-action instance '));
}

/** The closing counts of a TAP report (the last "# pass N" and so on). */
function countsOf(tap) {
  const last = (name) => Number([...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].pop()?.[1] ?? 0);
  return { pass: last('pass'), fail: last('fail'), skipped: last('skipped') + last('todo') };
}
