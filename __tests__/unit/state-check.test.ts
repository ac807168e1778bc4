// A saved state is checked before post or `docker-tls down` kill or remove anything (issue 12, item 7).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { problemsOfDockerdState, type DockerdState } from '../../src/engines/dockerd/state.js';
import { problemsOfSavedState } from '../../src/lifecycle/state-check.js';

const TEMP = '/home/runner/work/_temp';
const WORK = `${TEMP}/dtls-0a1b2c3d`;

/** A state as main writes it once the daemon runs. */
function genuine(): DockerdState {
  return {
    version: 1,
    mode: 'dockerd',
    id: '0a1b2c3d',
    workDir: WORK,
    certDir: `${WORK}/certs`,
    certDirWasGiven: false,
    certDirExisted: false,
    viaSudo: false,
    execRoot: '/run/dtls-0a1b2c3d',
    dataRoot: `${WORK}/data`,
    containerdLogFile: `${WORK}/containerd.log`,
    containerdPid: 4242,
    bridge: 'dtls-0a1b2c3d',
    pidFile: `${WORK}/docker.pid`,
    logFile: `${WORK}/docker.log`,
    socket: `${WORK}/docker.sock`,
    spawnedPid: 4300,
    pid: 4301,
    dockerHost: 'tcp://127.0.0.1:2376',
  };
}

describe('a saved state', () => {
  test('as main writes it has no problem', () => {
    assert.deepEqual(problemsOfSavedState(genuine(), TEMP), []);
    assert.deepEqual(problemsOfSavedState(genuine(), `${TEMP}/`), []);
  });

  const forged: [what: string, change: Partial<DockerdState>, problem: RegExp][] = [
    ['an empty id', { id: '' }, /id "" is not 8 hexadecimal digits/],
    ['an id that is not 8 hex digits', { id: '0a1b2c3D' }, /id/],
    ['a work directory elsewhere', { workDir: '/home/runner' }, /work directory "\/home\/runner"/],
    ['a work directory of another instance', { workDir: `${TEMP}/dtls-ffffffff` }, /work directory/],
    ['a work directory with ..', { workDir: `${WORK}/../..` }, /work directory/],
    ['a work directory inside ours', { workDir: `${WORK}/data` }, /work directory/],
    ['its own cert-dir elsewhere', { certDir: '/etc' }, /cert-dir "\/etc" is not/],
    ['a given cert-dir that is not absolute', { certDir: 'certs', certDirWasGiven: true }, /not an absolute path/],
    ['an exec-root elsewhere', { execRoot: '/run/docker' }, /exec-root "\/run\/docker"/],
    ['a data-root elsewhere', { dataRoot: '/var/lib/docker' }, /dataRoot "\/var\/lib\/docker"/],
    ['a log file elsewhere', { logFile: '/etc/shadow' }, /logFile/],
    ['a pidfile elsewhere', { pidFile: '/run/docker.pid' }, /pidFile/],
    ['another bridge', { bridge: 'docker0' }, /bridge "docker0"/],
    ['pid 1', { pid: 1 }, /pid 1 is not a pid/],
    ['a negative pid', { spawnedPid: -1 }, /spawnedPid -1/],
  ];
  for (const [what, change, problem] of forged) {
    test(`with ${what} is refused`, () => {
      const problems = problemsOfSavedState({ ...genuine(), ...change } as DockerdState, TEMP);
      assert.ok(problems.length > 0, 'refused');
      assert.match(problems.join('; '), problem);
    });
  }

  test('the state of a start stopped early (work directory only) has no problem', () => {
    assert.deepEqual(problemsOfSavedState({ version: 1, mode: 'dockerd', id: '0a1b2c3d', workDir: WORK }, TEMP), []);
  });

  test('an exec-root under /tmp (no /run) is one main may choose', () => {
    assert.deepEqual(problemsOfDockerdState({ ...genuine(), execRoot: '/tmp/dtls-0a1b2c3d' }), []);
  });

  test('the CLI: a work directory next to the state file in --state-dir', () => {
    const state = { ...genuine(), workDir: '/srv/ci/state/dtls-0a1b2c3d' };
    const moved = { ...state, certDir: `${state.workDir}/certs`, dataRoot: `${state.workDir}/data` };
    const files = { pidFile: `${state.workDir}/docker.pid`, logFile: `${state.workDir}/docker.log` };
    const rest = { socket: `${state.workDir}/docker.sock`, containerdLogFile: `${state.workDir}/containerd.log` };
    assert.deepEqual(problemsOfSavedState({ ...moved, ...files, ...rest }, '/srv/ci/state'), []);
    assert.ok(problemsOfSavedState({ ...moved, ...files, ...rest }, TEMP).length > 0);
  });
});
