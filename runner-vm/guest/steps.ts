// The GitHub runner's way of running the action, in the guest: the action where the runner keeps
// one (_actions/<owner>/<repo>/<ref>), RUNNER_TEMP under the work folder, the file-command files
// of each step in RUNNER_TEMP/_runner_file_commands (removed after the step, as the runner does),
// INPUT_* for main and STATE_* for post, Node 24 as `runs.using: node24` asks, as the runner user.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type FileCommand,
  createStepFiles,
  inputVariables,
  parseFileCommand,
  stateVariables,
  stepEnvironment,
} from '../../harness/runner-protocol.js';
import { ACTION_SOURCE, RESULTS_DIR } from './job.js';

const WORK = '/home/runner/work';
export const RUNNER_TEMP = join(WORK, '_temp');
export const FILE_COMMANDS = join(RUNNER_TEMP, '_runner_file_commands');
export const WORKSPACE = join(WORK, 'app', 'app');
export const ACTION_DIR = join(WORK, '_actions', 'docker-tls-action', 'docker-tls-action', 'v1');
const STEP_TIMEOUT_MS = 10 * 60_000;
/** Every step's output, in order (post's holds the daemon's log), for the host to keep. */
const STEP_LOGS = join(RESULTS_DIR, 'steps');
let stepsRun = 0;

/** A few of the variables every step on a hosted runner has beside the protocol's own. */
const RUNNER_VARIABLES = {
  CI: 'true',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_NAME: 'GitHub Actions 1',
  RUNNER_ENVIRONMENT: 'github-hosted',
  GITHUB_WORKSPACE: WORKSPACE,
};

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From just before the spawn to the process's exit. */
  ms: number;
  stdout: string;
  stderr: string;
  env: Record<string, string>;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** Puts the action where the runner would have downloaded it, and makes the job's folders. */
export function installAction(): void {
  cpSync(ACTION_SOURCE, ACTION_DIR, { recursive: true });
  mkdirSync(FILE_COMMANDS, { recursive: true });
  mkdirSync(WORKSPACE, { recursive: true });
}

/** A job run by another user than the runner's: where its action and its RUNNER_TEMP are. */
export interface OtherUser {
  name: string;
  actionDir: string;
  runnerTemp: string;
}

async function runStep(entry: 'main' | 'post', variables: Record<string, string>, as?: OtherUser): Promise<StepResult> {
  const files = createStepFiles(as ? as.runnerTemp : FILE_COMMANDS);
  const env = stepEnvironment(as ? as.runnerTemp : RUNNER_TEMP, files, { ...RUNNER_VARIABLES, ...variables });
  const script = join(as ? as.actionDir : ACTION_DIR, 'dist', entry, 'index.js');
  const started = performance.now();
  const pairs = Object.entries({ ...env, HOME: `/home/${as?.name}` }).map(([name, value]) => `${name}=${value ?? ''}`);
  const child = as
    ? spawn('sudo', ['-n', '-u', as.name, 'env', '-i', ...pairs, process.execPath, script], {
        cwd: '/tmp',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : spawn(process.execPath, [script], { env, cwd: WORKSPACE, stdio: ['ignore', 'pipe', 'pipe'] });
  const killer = setTimeout(() => child.kill('SIGKILL'), STEP_TIMEOUT_MS);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (c, s) => done([c, s])),
  );
  const ms = performance.now() - started;
  clearTimeout(killer);
  const read = (name: FileCommand) => parseFileCommand(readFileSync(files[name], 'utf8'));
  const result = { code, signal, ms, stdout, stderr, env: read('GITHUB_ENV'), outputs: read('GITHUB_OUTPUT') };
  const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  const state = read('GITHUB_STATE');
  for (const path of Object.values(files)) rmSync(path, { force: true });
  const step = { ...result, state, summary };
  keepLog(entry, variables, step);
  return step;
}

function keepLog(entry: string, variables: Record<string, string>, step: StepResult): void {
  mkdirSync(STEP_LOGS, { recursive: true });
  stepsRun += 1;
  const name = `${String(stepsRun).padStart(2, '0')}-${entry}.log`;
  const inputs = Object.entries(variables).filter(([key]) => key.startsWith('INPUT_'));
  const header = `${entry} ${inputs.map(([key, value]) => `${key}=${value}`).join(' ')} (${(step.ms / 1000).toFixed(1)} s)`;
  writeFileSync(join(STEP_LOGS, name), `${header}\n${outputOf(step)}`);
}

/** dist/main with these inputs (by their action.yml names); as the runner user unless `as` says. */
export function main(inputs: Record<string, string>, as?: OtherUser): Promise<StepResult> {
  return runStep('main', inputVariables(inputs), as);
}

/** dist/post with the state main saved. */
export function post(state: Record<string, string>, as?: OtherUser): Promise<StepResult> {
  return runStep('post', stateVariables(state), as);
}

/** A step's output for an assertion message. */
export function outputOf(step: StepResult): string {
  return `exit ${step.code ?? step.signal}\n--- stdout\n${step.stdout}\n--- stderr\n${step.stderr}`;
}
