import { promises as fs } from 'node:fs';
import { waitUntil } from '../wait.js';
import { type Privilege, runAsRoot } from './privilege.js';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  cmdline: string;
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
  return { pid, ppid: Number(fields[1]), cmdline: cmdline.replace(/\0/g, ' ').trim() };
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

/** The processes whose command line names `marker`, and all of their descendants (never `self`). */
export function processesOf(all: ProcessInfo[], marker: string, self = process.pid): ProcessInfo[] {
  const selected = new Set(all.filter((info) => info.cmdline.includes(marker)).map((info) => info.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const info of all) {
      if (!selected.has(info.pid) && selected.has(info.ppid)) {
        selected.add(info.pid);
        grew = true;
      }
    }
  }
  return all.filter((info) => selected.has(info.pid) && info.pid !== self);
}

/** `self` and its ancestors: a CLI invoked with our paths in its arguments must not kill itself. */
export function ancestorsOf(all: ProcessInfo[], self = process.pid): Set<number> {
  const byPid = new Map(all.map((info) => [info.pid, info]));
  const result = new Set<number>([self]);
  let current = byPid.get(self);
  while (current && current.ppid > 0 && !result.has(current.ppid)) {
    result.add(current.ppid);
    current = byPid.get(current.ppid);
  }
  return result;
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

export async function commandLineOf(pid: number): Promise<string | undefined> {
  return fs
    .readFile(`/proc/${pid}/cmdline`, 'utf8')
    .then((text) => text.replace(/\0/g, ' ').trim())
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

/** Sends SIGTERM or SIGKILL, directly as root or through sudo; a process already gone is fine. */
export async function signalProcesses(privilege: Privilege, pids: number[], name: 'TERM' | 'KILL'): Promise<void> {
  if (pids.length === 0) return;
  if (!privilege.viaSudo) {
    for (const pid of pids) {
      try {
        process.kill(pid, `SIG${name}`);
      } catch {
        // already gone
      }
    }
    return;
  }
  await runAsRoot(privilege, 'kill', [`-${name}`, ...pids.map(String)]).catch(() => undefined);
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
