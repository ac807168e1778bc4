import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const execFileAsync = promisify(execFile);
export const BUSYBOX_IMAGE = 'dtls-busybox:latest';

/** The environment a later workflow step sees: ours plus what the action exported. */
export function stepEnv(exported: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...exported };
  // This machine's CA-bundle variables make requests/curl ignore DOCKER_CERT_PATH; a job would unset them.
  for (const name of ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'SSL_CERT_FILE']) delete env[name];
  return env;
}

export async function docker(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<{ stdout: string; stderr: string }> {
  return execFileAsync('docker', args, { env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * No registry is reachable, so tests import an image made from Debian's static busybox: a rootfs
 * with /bin/busybox and the applets the tests call.
 */
export async function importBusybox(env: NodeJS.ProcessEnv): Promise<string> {
  const rootfs = mkdtempSync(join(tmpdir(), 'dtls-rootfs-'));
  try {
    mkdirSync(join(rootfs, 'bin'));
    mkdirSync(join(rootfs, 'tmp'));
    copyFileSync(busyboxPath(), join(rootfs, 'bin', 'busybox'));
    for (const applet of ['sh', 'echo', 'cat', 'ls', 'sleep', 'true', 'wget', 'nc', 'hostname', 'id', 'env']) {
      symlinkSync('busybox', join(rootfs, 'bin', applet));
    }
    await execFileAsync(
      'sh',
      ['-c', `tar -C "${rootfs}" -c . | docker import -c 'CMD ["/bin/sh"]' - ${BUSYBOX_IMAGE}`],
      {
        env,
        timeout: 60_000,
      },
    );
    return BUSYBOX_IMAGE;
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}

function busyboxPath(): string {
  for (const candidate of ['/bin/busybox', '/usr/bin/busybox']) if (existsSync(candidate)) return candidate;
  throw new Error('busybox-static is not installed (apt-get install -y busybox-static)');
}

/** The machine's "system" daemon on /var/run/docker.sock with docker0, as on a GitHub runner. */
export interface SystemDaemon {
  env: NodeJS.ProcessEnv;
  startedHere: boolean;
  stop(): Promise<void>;
}

const SYSTEM_SOCKET = '/var/run/docker.sock';

export async function ensureSystemDaemon(): Promise<SystemDaemon> {
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: `unix://${SYSTEM_SOCKET}` };
  delete env.DOCKER_TLS_VERIFY;
  delete env.DOCKER_CERT_PATH;
  if (await answers(env)) return { env, startedHere: false, stop: async () => {} };
  const log = join(tmpdir(), 'dtls-system-dockerd.log');
  const child = spawn('dockerd', ['--host', `unix://${SYSTEM_SOCKET}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  child.unref();
  const deadline = Date.now() + 60_000;
  while (!(await answers(env))) {
    if (Date.now() > deadline) throw new Error(`the system dockerd did not start; see ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    env,
    startedHere: true,
    async stop() {
      const pid = Number(readFileSync('/var/run/docker.pid', 'utf8').trim());
      process.kill(pid, 'SIGTERM');
      const until = Date.now() + 20_000;
      while (Date.now() < until && existsSync(`/proc/${pid}`)) await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}

async function answers(env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    await docker(['version', '--format', '{{.Server.Version}}'], env, 5000);
    return true;
  } catch {
    return false;
  }
}
