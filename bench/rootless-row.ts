// Row 12 of `npm run bench`: rootless to ready. Ours: the action's main step with rootless: true,
// as a user with no sudo (spawn → environment exported: certificates made, rootlesskit and dockerd
// up, mTLS answer, refusals proven); then post. Theirs: Docker's own dockerd-rootless.sh started by
// hand as the same user, on the same dockerd, rootlesskit and network driver, with the same TLS
// flags and the port published the same way (spawn → first mTLS /_ping); then SIGTERM and its
// directories removed. Interleaved (ours, theirs, ours…) so that drift on the machine hits both.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientContext, pingOnce } from '../src/core/probes.js';
import { freePort } from '../harness/ports.js';
import { RootlessUser } from '../harness/rootless-user.js';
import { FakeRunner } from '../harness/runner.js';
import { sidBinDir } from '../scripts/engines.mjs';
import { throwIfAborted } from './abort.js';
import { type Row, measurement, timeRatio } from './model.js';
import { sleep } from './stats.js';

export const ROOTLESS_ROW = { id: 12, title: 'Rootless to ready: the action (rootless: true) vs dockerd-rootless.sh' };
const TARGET_RATIO = 1.2;

export interface RootlessRowOptions {
  runs: number;
  workRoot: string;
  log: (line: string) => void;
}

/** Docker's script: on PATH (docker-ce-rootless-extras), else in the Debian engine's contrib directory. */
function dockerRootlessScript(sidBin: string): string {
  const found = spawnSync('sh', ['-c', 'command -v dockerd-rootless.sh'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  const contrib = join(sidBin, '..', 'root', 'usr', 'share', 'docker.io', 'contrib', 'dockerd-rootless.sh');
  if (!existsSync(contrib)) throw new Error('dockerd-rootless.sh was not found (scripts/fetch-engine.sh brings it)');
  return contrib;
}

async function oursOnce(user: RootlessUser, path: string): Promise<number> {
  const runner = new FakeRunner();
  try {
    const started = performance.now();
    const main = await runner.main(
      { rootless: 'true', port: '0', context: 'none' },
      { user: user.name, env: { PATH: path } },
    );
    const ms = performance.now() - started;
    const post = await runner.post(main.state, { user: user.name, env: { PATH: path } });
    if (main.code !== 0) throw new Error(`main failed:\n${main.stdout}${main.stderr}`);
    if (post.code !== 0 || !/Cleaned up: rootless dockerd stopped/.test(post.stdout))
      throw new Error(`post failed:\n${post.stdout}${post.stderr}`);
    return ms;
  } finally {
    runner.dispose();
  }
}

/** The script as the user, on the bench's certificates; resolves with spawn → first mTLS answer. */
async function theirsOnce(
  user: RootlessUser,
  path: string,
  script: string,
  certs: string,
  dir: string,
): Promise<number> {
  const port = await freePort('127.0.0.1');
  const run = join(dir, `run-${port}`);
  const data = join(dir, `data-${port}`);
  user.run(['mkdir', '-m', '0700', run, data]);
  const server = (name: string) => join(certs, 'server', name);
  const env = [
    `PATH=${path}`,
    `HOME=/home/${user.name}`,
    `XDG_RUNTIME_DIR=${run}`,
    `DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--pidns -p 127.0.0.1:${port}:${port}/tcp`,
  ];
  const flags = [
    '--tlsverify',
    `--tlscacert=${server('ca.pem')}`,
    `--tlscert=${server('cert.pem')}`,
    `--tlskey=${server('key.pem')}`,
  ];
  const hosts = [`-H`, `unix://${run}/docker.sock`, '-H', `tcp://127.0.0.1:${port}`];
  const roots = [`--data-root=${data}`, `--exec-root=${run}/exec`, `--pidfile=${run}/docker.pid`];
  const client = join(certs, 'client');
  const read = (name: string) => readFileSync(join(client, name), 'utf8');
  const context = clientContext({ ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') });
  const started = performance.now();
  const child: ChildProcess = spawn(
    'sudo',
    ['-n', '-u', user.name, 'env', '-i', ...env, 'sh', script, ...flags, ...hosts, ...roots],
    {
      stdio: 'ignore',
    },
  );
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`dockerd-rootless.sh exited with ${child.exitCode}`);
      if ((await pingOnce('127.0.0.1', port, context, 1000).catch(() => ({ status: 0 }))).status === 200) break;
      if (performance.now() - started > 60_000) throw new Error('dockerd-rootless.sh: no mTLS answer within 60 s');
      await sleep(10);
    }
    return performance.now() - started;
  } finally {
    // The script execs rootlesskit: SIGTERM to it (as the user) stops dockerd and ends the namespaces.
    user.run(['pkill', '-TERM', '-f', `state-dir=${run}/dockerd-rootless`]);
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    user.run(['rootlesskit', 'rm', '-rf', run, data]);
  }
}

export async function benchRootlessRow(options: RootlessRowOptions): Promise<Row> {
  const began = performance.now();
  const row: Row = {
    ...ROOTLESS_ROW,
    target: `ours ≤ ${TARGET_RATIO}× the script's`,
    measurements: [],
    comparisons: [],
    notes: [],
    seconds: 0,
  };
  const sidBin = sidBinDir();
  const path = `${sidBin}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
  const script = dockerRootlessScript(sidBin);
  const user = new RootlessUser('dtls-bench-rl');
  let dir: string | undefined;
  try {
    // Not under the bench's work root, which only root may enter: the user must reach their files.
    dir = user.ownDirectory(tmpdir());
    const certs = join(dir, 'certs');
    const made = user.cli(['certs', '--out', certs]);
    if (made.status !== 0) throw new Error(`docker-tls certs failed: ${made.stderr}`);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let round = 0; round <= options.runs; round += 1) {
      throwIfAborted();
      const a = await oursOnce(user, path);
      const b = await theirsOnce(user, path, script, certs, dir);
      // Round 0 warms the page cache for both.
      if (round > 0) {
        ours.push(a);
        theirs.push(b);
      }
      options.log(
        `  ${round === 0 ? 'warm-up' : `#${round}`}: ours ${Math.round(a)} ms, dockerd-rootless.sh ${Math.round(b)} ms`,
      );
    }
    const subject = measurement('action main step, rootless: true', 'ms', ours, {
      detail:
        'as a user with no sudo: spawn → environment exported (certificates, rootlesskit, dockerd, mTLS answer, refusals proven)',
    });
    const baseline = measurement('dockerd-rootless.sh by hand', 'ms', theirs, {
      detail: 'the same user, dockerd, rootlesskit (--pidns, -p) and TLS flags: spawn → first mTLS /_ping',
    });
    const comparison = timeRatio(subject, baseline);
    comparison.target = `≤ ${TARGET_RATIO}×`;
    comparison.met = comparison.ratio <= TARGET_RATIO;
    row.measurements.push(subject, baseline);
    row.comparisons.push(comparison);
    row.notes.push(`Script: ${script}; both through sudo -u to the user (the same cost on both sides).`);
  } catch (error) {
    row.error = (error as Error).message;
  } finally {
    user.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
    row.seconds = Math.round((performance.now() - began) / 100) / 10;
  }
  return row;
}
