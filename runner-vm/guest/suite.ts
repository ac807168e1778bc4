// The runner look-alike suite, as the guest's job runs it (bundled into suite.mjs, run by Node 24
// with node:test; TAP goes to the job disk, a readable report to the console). The guest's
// fidelity first, then the machine a job meets, then each scenario, each on its own instance.
import { test } from 'node:test';
import { checkFidelity } from './fidelity.js';
import { readJob } from './job.js';
import {
  type Internet,
  type RunnerContainer,
  buildDindImage,
  startInternet,
  startRunnerContainer,
  stopInternet,
} from './machine.js';
import { dindScenario } from './scenario-dind.js';
import { dockerdScenario } from './scenario-dockerd.js';
import { rootlessScenario } from './scenario-rootless.js';
import { certsScenario, cliScenario, portTakenScenario } from './scenario-cli.js';
import { installAction } from './steps.js';

const { variant } = readJob();
let container: RunnerContainer;
let internet: Internet;

test(`fidelity: the guest looks like an ubuntu-${variant} runner`, (t) => checkFidelity(t, variant));

test("set-up: the runner's Docker with a service container, the emulated internet, the dind image", async () => {
  installAction();
  container = await startRunnerContainer();
  internet = await startInternet();
  await buildDindImage();
});

test('mode dockerd: run, build, compose, buildx, NAT, refusal; the runner’s Docker untouched', (t) =>
  dockerdScenario(t, container, internet));

test('mode dind, dind-privileged true', (t) => dindScenario(t, container, true));

test('mode dind, dind-privileged false', (t) => dindScenario(t, container, false));

test('mode certs', (t) => certsScenario(t));

test('CLI: up, env, down', (t) => cliScenario(t));

test('a port taken: doctor names it, a failing start leaves nothing', (t) => portTakenScenario(t));

test('rootless, as a user with no sudo: doctor, CLI up/down, the action', (t) => rootlessScenario(t, internet));

test('tear-down: the emulated internet', () => stopInternet());
