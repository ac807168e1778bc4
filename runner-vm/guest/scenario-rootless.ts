// Rootless on the runner look-alike, as a self-hosted runner's job without sudo would use it: a
// user ("builder") with subordinate ids and no sudo rights at all runs `docker-tls doctor
// --rootless`, `docker-tls up --rootless` / down, and the action with rootless: true; containers
// run behind mutual TLS, nothing of the instance runs as root, and nothing is left after. On the
// 26.04-like guest the daemon's own iptables inside its namespace work on nf_tables alone.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { listProcesses, withDescendants } from '../../src/host/processes.js';
import { BUSYBOX_IMAGE, type Internet } from './machine.js';
import { withoutLeftovers } from './scenario.js';
import { type Ran, ok, run, sudo } from './shell.js';
import { ACTION_DIR, type OtherUser, main, outputOf, post } from './steps.js';

export const ROOTLESS_USER = 'builder';
const BASE = '/tmp/rootless-job';
const as: OtherUser = { name: ROOTLESS_USER, actionDir: join(BASE, 'action'), runnerTemp: join(BASE, '_temp') };

/** A command as the rootless user, with only `env` (and PATH, HOME): root switches to them. */
function asUser(command: string[], env: Record<string, string> = {}, input?: string): Promise<Ran> {
  const pairs = Object.entries({ PATH: process.env.PATH ?? '', HOME: `/home/${ROOTLESS_USER}`, ...env }).map(
    ([name, value]) => `${name}=${value}`,
  );
  return run('sudo', ['-n', '-u', ROOTLESS_USER, 'env', '-i', ...pairs, ...command], { timeoutMs: 600_000, input });
}

const cli = (args: string[], env: Record<string, string> = {}) =>
  asUser([process.execPath, join(as.actionDir, 'dist', 'cli', 'index.js'), ...args], env);

function exportsOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^export ([A-Z_]+)='([^']*)'$/gm)].map((match) => [match[1], match[2]]));
}

/** The busybox image of the runner's daemon, loaded into the rootless one (no registry here). */
async function loadBusybox(env: Record<string, string>): Promise<void> {
  const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  const pipe = `docker save ${BUSYBOX_IMAGE} | sudo -n -u ${ROOTLESS_USER} env -i PATH="$PATH" ${pairs.join(' ')} docker load`;
  await ok('bash', ['-c', pipe], { timeoutMs: 600_000 });
}

/** Processes of the instance that run as another user than the rootless one: none may. */
async function otherUsersProcessesOf(kit: number): Promise<string[]> {
  const tree = withDescendants(await listProcesses(), [kit]);
  assert.ok(tree.size >= 4, `rootlesskit and what runs under it: ${[...tree].join(' ')}`);
  const table = await ok('ps', ['-e', '-o', 'pid=,user=,args=']);
  const rows = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
  return rows.filter(([pid, user]) => tree.has(Number(pid)) && user !== ROOTLESS_USER).map((row) => row.join(' '));
}

export async function rootlessScenario(t: TestContext, internet: Internet): Promise<void> {
  // Root's, open to all and sticky, as a runner's RUNNER_TEMP is to its job: a directory another
  // user owns is refused (it could forge the state that post acts on).
  await sudo(['install', '-d', '-o', 'root', '-m', '1777', BASE, as.runnerTemp]);
  cpSync(join(ACTION_DIR, 'dist'), join(as.actionDir, 'dist'), { recursive: true });
  try {
    await t.test(`${ROOTLESS_USER} has no sudo rights at all`, async () => {
      const listed = await run('sudo', ['-n', '-l', '-U', ROOTLESS_USER]);
      assert.match(listed.stdout + listed.stderr, /is not allowed to run sudo/);
      assert.notEqual((await asUser(['sudo', '-n', 'true'])).code, 0);
    });
    await t.test('doctor --rootless finds every precondition met', async () => {
      const doctor = await cli(['doctor', '--rootless']);
      assert.equal(doctor.code, 0, doctor.stdout + doctor.stderr);
      assert.doesNotMatch(doctor.stdout, /^fail/m);
    });
    await withoutLeftovers(t, () => cliRun(t, internet));
    await withoutLeftovers(t, () => actionRun(t));
  } finally {
    await sudo(['rm', '-rf', BASE]);
  }
}

async function cliRun(t: TestContext, internet: Internet): Promise<void> {
  const up = await cli(['up', '--rootless', '--port', '0']);
  const exported = exportsOf(up.stdout);
  try {
    await t.test('CLI: up --rootless gives an mTLS daemon; nothing of it runs as root', async () => {
      assert.equal(up.code, 0, up.stdout + up.stderr);
      const state = JSON.parse((await asUser(['cat', exported.DOCKER_TLS_STATE])).stdout) as { spawnedPid: number };
      assert.deepEqual(await otherUsersProcessesOf(state.spawnedPid), []);
    });
    await t.test('CLI: containers run as root inside, the user outside', async () => {
      await loadBusybox(exported);
      const ran = await asUser(['docker', 'run', '--rm', BUSYBOX_IMAGE, 'id', '-u'], exported);
      assert.equal(ran.stdout.trim(), '0', ran.stderr);
    });
    await t.test('CLI: containers reach the emulated internet through the user-mode network', async () => {
      const fetched = await asUser(['docker', 'run', '--rm', BUSYBOX_IMAGE, 'wget', '-qO-', internet.url], exported);
      assert.equal(fetched.stdout.trim(), internet.body, fetched.stderr);
    });
  } finally {
    const down = await cli(['down'], { DOCKER_TLS_STATE: exported.DOCKER_TLS_STATE ?? '' });
    await t.test('CLI: down exits 0, and again', async () => {
      assert.equal(down.code, 0, down.stdout + down.stderr);
      const again = await cli(['down'], { DOCKER_TLS_STATE: exported.DOCKER_TLS_STATE ?? '' });
      assert.equal(again.code, 0, again.stdout + again.stderr);
    });
  }
}

async function actionRun(t: TestContext): Promise<void> {
  const step = await main({ rootless: 'true', port: '0' }, as);
  try {
    await t.test('action: main with rootless: true exports an mTLS daemon that runs containers', async () => {
      assert.equal(step.code, 0, outputOf(step));
      await loadBusybox(step.env);
      const ran = await asUser(['docker', 'run', '--rm', BUSYBOX_IMAGE, 'echo', 'ran'], step.env);
      assert.equal(ran.stdout.trim(), 'ran', ran.stderr);
    });
  } finally {
    const cleanup = await post(step.state, as);
    await t.test('action: post exits 0 and says what it stopped', () => {
      assert.equal(cleanup.code, 0, outputOf(cleanup));
      assert.match(cleanup.stdout, /Cleaned up: rootless dockerd stopped/);
    });
  }
}
