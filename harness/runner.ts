import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type FileCommand,
  createStepFiles,
  inputVariables,
  parseFileCommand,
  stateVariables,
  stepEnvironment,
} from './runner-protocol.js';
import { runnerNodeMajor } from '../scripts/node24.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

/**
 * The Node the steps run on: this process's, which must be the major action.yml names (node24),
 * as on a runner. `npm test` runs the suite on it (scripts/node24.mjs); a suite started on another
 * Node fails here instead of proving the bundles on a Node no runner uses.
 */
export function runnerNodePath(): string {
  const wanted = String(runnerNodeMajor());
  const running = process.versions.node.split('.')[0];
  if (wanted !== running) {
    throw new Error(
      `the action runs on node${wanted} (action.yml) but this suite runs on Node ${process.version}: run it with npm test, which uses Node ${wanted}`,
    );
  }
  return process.execPath;
}

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  outputs: Record<string, string>;
  /** Values saved through GITHUB_STATE, as post will see them. */
  state: Record<string, string>;
  summary: string;
}

/**
 * A job as the GitHub runner runs an action: one RUNNER_TEMP, file-command files per step,
 * INPUT_* for main, STATE_* for post. Steps can be run one after the other like in a workflow.
 */
export class FakeRunner {
  readonly root: string;
  readonly runnerTemp: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'dtls-runner-'));
    this.runnerTemp = join(this.root, 'temp');
    mkdirSync(this.runnerTemp);
    // Open to any user, so steps can run as a non-root runner user too; sticky like /tmp, so that
    // no user can replace what another made there (a cert-dir under it passes the trust check).
    chmodSync(this.root, 0o1777);
    chmodSync(this.runnerTemp, 0o1777);
  }

  /**
   * A copy of dist/ that any user can read, as the runner keeps an action in its _actions folder:
   * a checkout may sit in a directory only root can enter (a fresh clone into `mktemp -d`).
   */
  private bundlesForAnyUser(): string {
    const copy = join(this.root, 'action-dist');
    if (!existsSync(copy)) cpSync(join(REPO_ROOT, 'dist'), copy, { recursive: true });
    return copy;
  }

  /** Runs dist/main with `inputs` (by their action.yml names). */
  main(inputs: Record<string, string>, options: StepOptions = {}): Promise<StepResult> {
    return this.step('main', inputVariables(inputs), options);
  }

  /** Runs dist/post with the state that main saved. */
  post(state: Record<string, string>, options: StepOptions = {}): Promise<StepResult> {
    return this.step('post', stateVariables(state), options);
  }

  private async step(
    entry: 'main' | 'post',
    extraEnv: Record<string, string>,
    options: StepOptions,
  ): Promise<StepResult> {
    const files = createStepFiles(this.root);
    const env = stepEnvironment(this.runnerTemp, files, { ...extraEnv, ...options.env });
    const node = runnerNodePath();
    const script = join(options.user ? this.bundlesForAnyUser() : join(REPO_ROOT, 'dist'), entry, 'index.js');
    const pairs = Object.entries(env).map(([name, value]) => `${name}=${value ?? ''}`);
    const child = options.command
      ? spawn(...options.command(script, env), { stdio: ['ignore', 'pipe', 'pipe'] })
      : options.user
        ? // As a GitHub-hosted runner does: a non-root user, with sudo for what needs root.
          spawn('sudo', ['-n', '-u', options.user, 'env', '-i', ...pairs, node, script], {
            stdio: ['ignore', 'pipe', 'pipe'],
          })
        : spawn(node, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    options.onSpawn?.(child.pid!);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // A step that never ends (a handle left open after its work) fails its test instead of hanging the suite.
    const limitMs = options.timeoutMs ?? STEP_TIMEOUT_MS;
    const deadline = setTimeout(() => {
      stderr += `\n[harness] the ${entry} step did not exit within ${limitMs / 1000} s: killed\n`;
      child.kill('SIGKILL');
    }, limitMs);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('close', (c, s) => done([c, s])),
    );
    clearTimeout(deadline);
    const read = (name: FileCommand) => parseFileCommand(readFileSync(files[name], 'utf8'));
    return {
      code,
      signal,
      stdout,
      stderr,
      env: read('GITHUB_ENV'),
      outputs: read('GITHUB_OUTPUT'),
      state: read('GITHUB_STATE'),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    };
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface StepOptions {
  env?: Record<string, string>;
  /** Run the step as this user (through sudo), as GitHub-hosted runners run jobs as "runner". */
  user?: string;
  onSpawn?: (pid: number) => void;
  /** Runs the step some other way (inside a container): the command and its arguments for `script` and `env`. */
  command?: (script: string, env: NodeJS.ProcessEnv) => [string, string[]];
  /** How long the step may run before it is killed (STEP_TIMEOUT_MS by default). */
  timeoutMs?: number;
}

/** Longer than any step of the suite takes on a loaded 2-core machine; a step past it is stuck. */
const STEP_TIMEOUT_MS = 300_000;
