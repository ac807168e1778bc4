// What the host side of the runner look-alike suite shares: where things are, and how it runs the
// tools it needs (mmdebstrap, mke2fs, debugfs, npm, qemu) with an environment fit for them.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Outside the repository, beside the project's engine cache; keyed entries below it. A machine
 * that wants it elsewhere sets DOCKER_TLS_RUNNER_VM_CACHE.
 */
export const CACHE_ROOT = process.env.DOCKER_TLS_RUNNER_VM_CACHE ?? '/var/cache/docker-tls-action/runner-vm';

/** The two guests: what a GitHub-hosted Ubuntu runner of that release looks like to the action. */
export const VARIANTS = ['24.04', '26.04'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * CA-bundle variables some machines set for every process: they make clients trust another bundle
 * than the one they are given, and NODE_EXTRA_CA_CERTS slows every node start. None of the
 * processes started here gets them.
 */
const CA_BUNDLE_VARIABLES = [
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'CURL_CA_BUNDLE',
  'REQUESTS_CA_BUNDLE',
];

export function toolEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of CA_BUNDLE_VARIABLES) delete env[name];
  return env;
}

const execFileAsync = promisify(execFile);

/** Runs a tool to its end; its output is returned, or is in the error when it fails. */
export async function tool(command: string, args: string[], timeoutMs = 30 * 60_000): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, {
      env: toolEnv(),
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failed = error as { stderr?: string; stdout?: string; message: string };
    const output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed: ${failed.message.split('\n')[0]}\n${output}`, {
      cause: error,
    });
  }
}

export type Log = (line: string) => void;
