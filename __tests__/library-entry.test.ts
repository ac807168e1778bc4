// The library entry as a package consumer gets it: a project whose node_modules/docker-tls-action
// links to this package (what `npm install file:<path>` makes), importing it by name from plain
// Node (no tsx) for a test runner's global set-up, and type-checking against its declarations.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../harness/runner.js';

const run = promisify(execFile);
const project = mkdtempSync(join(tmpdir(), 'dtls-consumer-'));

before(() => {
  assert.ok(existsSync(join(REPO_ROOT, 'dist', 'lib', 'index.js')), 'run "npm run build" first');
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(REPO_ROOT, join(project, 'node_modules', 'docker-tls-action'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
});

after(() => rmSync(project, { recursive: true, force: true }));

const GLOBAL_SETUP = `
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startDaemon, stopDaemon } from 'docker-tls-action';

const stateDir = process.argv[2];
const daemon = await startDaemon({ port: 0, stateDir });
// A forged state: someone else's directory as the work directory. Refused; nothing touched.
const victim = join(stateDir, '..', 'victim');
mkdirSync(victim);
const forged = await stopDaemon({ ...daemon.state, workDir: victim }, { stateDir }).then(
  () => 'stopped',
  (error) => error.name + ': ' + error.message,
);
const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...daemon.env };
const rootDir = execFileSync('docker', ['info', '--format', '{{.DockerRootDir}}'], { env, encoding: 'utf8' }).trim();
const removed = await daemon.stop();
const again = await stopDaemon(daemon.state, { stateDir });
console.log(JSON.stringify({ env: daemon.env, rootDir, removed, again, forged, victimLeft: existsSync(victim), workDirLeft: existsSync(daemon.state.workDir), id: daemon.state.id }));
`;

test('import { startDaemon } from "docker-tls-action" starts and stops a daemon from plain node', async () => {
  writeFileSync(join(project, 'global-setup.mjs'), GLOBAL_SETUP);
  const stateDir = join(project, 'state');
  mkdirSync(stateDir);
  const { stdout } = await run(process.execPath, [join(project, 'global-setup.mjs'), stateDir], {
    cwd: project,
    timeout: 240_000,
  });
  const result = JSON.parse(stdout.trim().split('\n').pop()!);
  assert.match(result.env.DOCKER_HOST, /^tcp:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(result.env.DOCKER_TLS_VERIFY, '1');
  assert.match(result.env.TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, /docker\.sock$/);
  assert.ok(result.rootDir.includes(`dtls-${result.id}`), `the docker CLI reached our daemon: ${result.rootDir}`);
  assert.match(result.removed, /\S/);
  assert.match(
    result.forged,
    /^StateError: The state given to stopDaemon is not one startDaemon returns \(its workDir ".*victim" is not .*\): nothing was stopped/,
  );
  assert.equal(result.victimLeft, true, 'the directory a forged state named is untouched');
  assert.equal(result.workDirLeft, false, 'nothing left of its work directory');
});

test('its declarations type-check a consumer', async () => {
  writeFileSync(
    join(project, 'setup.ts'),
    `import { type RunningDaemon, startDaemon } from 'docker-tls-action';
export default async function setup(): Promise<() => Promise<void>> {
  const daemon: RunningDaemon = await startDaemon({ port: 0, tlsSan: ['ci.example.test'] });
  Object.assign(process.env, daemon.env);
  return async () => void (await daemon.stop());
}
// @ts-expect-error: the port is a number or a string, never a boolean
void startDaemon({ port: true });
`,
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
      },
      files: ['setup.ts'],
    }),
  );
  await run(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {
    cwd: project,
    timeout: 120_000,
  }).catch((error: { stdout: string }) => assert.fail(`tsc failed:\n${error.stdout}`));
});
