import { spawn } from 'node:child_process';
import { closeSync, openSync, promises as fs } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../host/files.js';
import type { IptablesBackend } from '../../host/network/iptables.js';
import type { Privilege } from '../../host/privilege.js';
import type { NetworkWatchSpec } from './network-watch.js';
import { networksOpened } from './network-watch.js';

// The network watch (network-watch.ts) as a process of its own: it must follow dockerd's events for
// as long as dockerd runs, past the step that started it. It runs as this user, not as root: its
// code lies where the job's user may write (the action's checkout), so root runs only the trusted
// iptables-restore it calls through sudo for each network.

/** The option that names a watch's configuration, and by it the process as the instance's. */
export const WATCH_CONFIG_OPTION = '--watch-config';
export const WATCH_CONFIG_FILE = 'network-watch.json';
/** A niceness of its own: see startNetworkWatch. */
const WATCH_NICENESS = 10;

/** What a watch process is told: what to open, where, and how to reach the daemon. */
export interface NetworkWatchConfig {
  spec: NetworkWatchSpec;
  backend: IptablesBackend;
  privilege: Pick<Privilege, 'prefix' | 'viaSudo' | 'env'>;
  /** dockerd's unix socket; where this user may not use it, dockerHost over mutual TLS (reachOurDaemon). */
  socket: string;
  dockerHost: string;
  /** The client's DOCKER_CERT_PATH. */
  certPath: string;
}

export function networkWatchPaths(workDir: string): { config: string; log: string } {
  return { config: join(workDir, WATCH_CONFIG_FILE), log: join(workDir, 'network-watch.log') };
}

/**
 * The watch's module: beside this one in the sources (run with tsx), `dist/network-watch/index.js`
 * from a bundle. Spelled at run time, so that the bundler does not take it for an asset of its own.
 */
function watchCommand(): string[] {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    return ['--import', import.meta.resolve('tsx'), fileURLToPath(new URL('./network-watch-main.ts', here))];
  }
  return [fileURLToPath(new URL(['..', 'network-watch', 'index.js'].join('/'), here))];
}

/** Starts the watch beside our running dockerd; it ends by itself when dockerd stops. */
export async function startNetworkWatch(workDir: string, config: NetworkWatchConfig): Promise<number | undefined> {
  const paths = networkWatchPaths(workDir);
  await writeFileAtomic(paths.config, JSON.stringify(config) + '\n', 0o600);
  const fd = openSync(paths.log, 'a', 0o600);
  try {
    const command = [...watchCommand(), WATCH_CONFIG_OPTION, paths.config];
    // The job's environment holds its inputs and whatever else a step exported: the watch needs none
    // of it, only where programs are.
    const env = { PATH: process.env.PATH ?? '' };
    const child = spawn(process.execPath, command, { detached: true, stdio: ['ignore', fd, fd], env });
    child.on('error', () => undefined);
    child.unref();
    // Its node start takes the CPU the start's last steps (the refusal proof, the outputs) want:
    // it yields to them, and has the machine once the step has ended, long before a later step
    // makes a network.
    try {
      if (child.pid !== undefined) setPriority(child.pid, WATCH_NICENESS);
    } catch {
      // Gone already (its log says why), or a system that refuses: it runs at ours.
    }
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

/** The bridges the instance's watch opened, and the problems it logged, from its log. */
export async function networkWatchReport(workDir: string): Promise<{ opened: string[]; problems: string[] }> {
  const log = await fs.readFile(networkWatchPaths(workDir).log, 'utf8').catch(() => '');
  const problems = log.split('\n').filter((line) => /^(error:|left )/.test(line));
  return { opened: networksOpened(log), problems };
}
