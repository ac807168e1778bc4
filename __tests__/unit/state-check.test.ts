// A saved state is checked before post, `docker-tls down` or `env`, or stopDaemon kill, remove or print
// anything: every field must be what main writes there, and no field main never writes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DOCKERD_STATE_FIELDS, type DockerdState } from '../../src/engines/dockerd/state.js';
import { problemsOfFields } from '../../src/core/state.js';
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
    addressBlock: '10.213.48.0/20',
    firewall: true,
    firewallBackend: 'iptables-nft',
    ipForwardHeld: true,
    dockerHost: 'tcp://127.0.0.1:2376',
    expiresAt: '2026-12-03T14:00:00.000Z',
    context: { marker: 'docker-tls-action instance 0a1b2c3d', name: 'docker-tls' },
    environment: {
      DOCKER_HOST: 'tcp://127.0.0.1:2376',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: `${WORK}/certs/client`,
      TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE: `${WORK}/docker.sock`,
    },
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
    ['a work directory elsewhere', { workDir: '/home/runner' }, /workDir "\/home\/runner"/],
    ['a work directory of another instance', { workDir: `${TEMP}/dtls-ffffffff` }, /workDir/],
    ['a work directory with ..', { workDir: `${WORK}/../..` }, /workDir/],
    ['a work directory inside ours', { workDir: `${WORK}/data` }, /workDir/],
    ['its own cert-dir elsewhere', { certDir: '/etc' }, /certDir "\/etc" is not/],
    ['a given cert-dir that is not absolute', { certDir: 'certs', certDirWasGiven: true }, /not an absolute path/],
    ['an exec-root elsewhere', { execRoot: '/run/docker' }, /execRoot "\/run\/docker"/],
    ['a data-root elsewhere', { dataRoot: '/var/lib/docker' }, /dataRoot "\/var\/lib\/docker"/],
    ['a log file elsewhere', { logFile: '/etc/shadow' }, /logFile/],
    ['a pidfile elsewhere', { pidFile: '/run/docker.pid' }, /pidFile/],
    ['another bridge', { bridge: 'docker0' }, /bridge "docker0"/],
    ['pid 1', { pid: 1 }, /pid 1 is not a pid/],
    ['a negative pid', { spawnedPid: -1 }, /spawnedPid -1/],
    ['every address as its block', { addressBlock: '0.0.0.0/0' }, /addressBlock "0\.0\.0\.0\/0" is not a \/20/],
    ['a block outside our ranges', { addressBlock: '10.1.0.0/20' }, /addressBlock/],
    ['a block of another size', { addressBlock: '10.213.0.0/16' }, /addressBlock/],
    ['a block not on its boundary', { addressBlock: '10.213.48.1/20' }, /addressBlock/],
    ['a firewall backend that is a command', { firewallBackend: 'sh' as never }, /firewallBackend "sh" is not/],
    ['a field main never writes', { script: 'rm -rf /' } as never, /field "script" that main never writes/],
    ['a variable that is not ours', { environment: { 'X=1; touch p; :': 'y' } }, /environment/],
    ['TLS verification off', { environment: { DOCKER_HOST: 'tcp://a:1', DOCKER_TLS_VERIFY: '' } }, /environment/],
    ['a context of another instance', { context: { marker: 'docker-tls-action instance ffffffff' } }, /context/],
    ['a DOCKER_HOST with a line break', { dockerHost: 'tcp://a:1\n::warning::x' }, /dockerHost/],
    ['an expiry that is no time', { expiresAt: 'soon' }, /expiresAt/],
    ['a viaSudo that is a string', { viaSudo: 'yes' as never }, /viaSudo "yes" is not true or false/],
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
    const moved = { ...genuine(), execRoot: '/tmp/dtls-0a1b2c3d' };
    assert.deepEqual(
      problemsOfFields(moved, DOCKERD_STATE_FIELDS),
      [
        'it has a field "version" that main never writes',
        'it has a field "mode" that main never writes',
        'it has a field "id" that main never writes',
        'it has a field "workDir" that main never writes',
        'it has a field "certDir" that main never writes',
        'it has a field "certDirWasGiven" that main never writes',
        'it has a field "certDirExisted" that main never writes',
        'it has a field "dockerHost" that main never writes',
        'it has a field "expiresAt" that main never writes',
        'it has a field "context" that main never writes',
        'it has a field "environment" that main never writes',
      ],
      'the engine checks its own fields only',
    );
    assert.deepEqual(problemsOfSavedState(moved, TEMP), []);
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
