import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, promises as fs } from 'node:fs';
import { DockerTlsError } from '../core/errors.js';
import { waitUntil } from '../core/wait.js';
import { type Privilege, runAsRoot } from './privilege.js';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  cmdline: string;
  /** The arguments as the process got them: ours are selected by exact arguments. */
  argv: string[];
}

/**
 * The fields of /proc/PID/stat after the command name, which may hold spaces and parentheses:
 * [0] is the state, [1] the parent pid, [19] the start time.
 */
export function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** One process from its /proc files; undefined for a zombie (it is gone, only not yet reaped). */
export function parseProcess(pid: number, stat: string, cmdline: string): ProcessInfo | undefined {
  const fields = statFields(stat);
  if (fields[0] === 'Z') return undefined;
  return {
    pid,
    ppid: Number(fields[1]),
    cmdline: cmdline.replace(/\0/g, ' ').trim(),
    argv: cmdline.split('\0').filter((arg, index, all) => index < all.length - 1 || arg !== ''),
  };
}

/** A snapshot of every process: pid, parent and command line (arguments joined by spaces). */
export async function listProcesses(): Promise<ProcessInfo[]> {
  const entries = (await fs.readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
  const found = await Promise.all(
    entries.map(async (entry): Promise<ProcessInfo | undefined> => {
      try {
        const [stat, cmdline] = await Promise.all([
          fs.readFile(`/proc/${entry}/stat`, 'utf8'),
          fs.readFile(`/proc/${entry}/cmdline`, 'utf8'),
        ]);
        return parseProcess(Number(entry), stat, cmdline);
      } catch {
        return undefined; // it exited while we looked
      }
    }),
  );
  return found.filter((info): info is ProcessInfo => info !== undefined);
}

/**
 * The processes whose command line mentions `marker`, and their descendants (never `self`): broad on
 * purpose, for counting leftovers in benches and tests. Teardown and the sweep kill only what
 * process-selection.ts picks by exact arguments.
 */
export function processesOf(all: ProcessInfo[], marker: string, self = process.pid): ProcessInfo[] {
  const roots = all.filter((info) => info.cmdline.includes(marker)).map((info) => info.pid);
  const selected = withDescendants(all, roots);
  return all.filter((info) => selected.has(info.pid) && info.pid !== self);
}

/** The pids `roots` and every process below them in `all`. */
export function withDescendants(all: ProcessInfo[], roots: Iterable<number>): Set<number> {
  const selected = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const info of all) {
      if (!selected.has(info.pid) && selected.has(info.ppid)) {
        selected.add(info.pid);
        grew = true;
      }
    }
  }
  return selected;
}

export async function isAlive(pid: number): Promise<boolean> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    return statFields(stat)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Start time of a process in clock ticks since boot: with the pid, it names one process for good. */
export async function startTimeOf(pid: number): Promise<string | undefined> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat === undefined ? undefined : statFields(stat)[19];
}

export async function pidNamespace(): Promise<string> {
  return fs.readlink('/proc/self/ns/pid').catch(() => 'unknown');
}

/** The arguments of a live process; undefined when it is gone. */
export async function argumentsOf(pid: number): Promise<string[] | undefined> {
  return fs
    .readFile(`/proc/${pid}/cmdline`, 'utf8')
    .then((text) => text.split('\0').filter((arg, index, all) => index < all.length - 1 || arg !== ''))
    .catch(() => undefined);
}

/** The pid in a pidfile; undefined when there is none or it holds no pid. */
export async function readPid(pidFile: string): Promise<number | undefined> {
  const text = await fs.readFile(pidFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Polls until `pid` is gone; true if it went within the deadline. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const gone = await waitUntil(async () => ((await isAlive(pid)) ? undefined : true), {
    timeoutMs,
    intervalMs: 25,
  });
  return gone ?? false;
}

/**
 * Sends SIGTERM or SIGKILL: directly where this process may (as root, or to a process of this
 * user's, such as the network watch), through sudo to the rest; a process already gone is fine.
 */
export async function signalProcesses(privilege: Privilege, pids: number[], name: 'TERM' | 'KILL'): Promise<void> {
  const refused: number[] = [];
  for (const pid of pids) {
    try {
      process.kill(pid, `SIG${name}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EPERM' && privilege.viaSudo) refused.push(pid);
    }
  }
  if (refused.length === 0) return;
  await runAsRoot(privilege, 'kill', [`-${name}`, ...refused.map(String)]).catch(() => undefined);
}

/** SIGKILL to each, then waits (5 s at most each) until they are gone: for leftovers, no politeness. */
export async function killProcesses(privilege: Privilege, processes: ProcessInfo[]): Promise<void> {
  await signalProcesses(
    privilege,
    processes.map((info) => info.pid),
    'KILL',
  );
  await Promise.all(processes.map((info) => waitForExit(info.pid, 5000)));
}

export interface DetachedProcess {
  child: ChildProcess;
  /** How it ended ("exited with code 1", "was killed by SIGKILL"), once it has. */
  exitReason(): string | undefined;
}

/**
 * The command line of a detached daemon: as it is when we are root; through sudo, `env -i` with
 * the environment in front (sudo would add its own variables), every program by its absolute path.
 */
export function detachedCommand(privilege: Privilege, command: string[], env: Record<string, string>): string[] {
  if (!privilege.viaSudo) return command;
  if (!privilege.env?.startsWith('/'))
    throw new DockerTlsError('env was not found in a directory only root can write.');
  const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
  return [...privilege.prefix, privilege.env, '-i', ...pairs, ...command];
}

/**
 * Detached with its own process group, output to the log: it outlives this step's process. It gets
 * `env` and nothing else.
 */
export function spawnDetached(
  privilege: Privilege,
  command: string[],
  logFile: string,
  env: Record<string, string>,
): DetachedProcess {
  const fd = openSync(logFile, 'a', 0o600);
  let child: ChildProcess;
  try {
    const [file, ...args] = detachedCommand(privilege, command, env);
    child = spawn(file, args, { detached: true, stdio: ['ignore', fd, fd], env });
    if (child.pid === undefined) throw new DockerTlsError(`Could not start ${file}.`);
  } finally {
    closeSync(fd);
  }
  let exitReason: string | undefined;
  child.once('exit', (code, signal) => {
    exitReason = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  });
  return { child, exitReason: () => exitReason };
}
