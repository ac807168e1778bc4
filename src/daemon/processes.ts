import { promises as fs } from 'node:fs';
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

/** A snapshot of every process: pid, parent and command line (arguments joined by spaces). */
export async function listProcesses(): Promise<ProcessInfo[]> {
  const entries = await fs.readdir('/proc');
  const found = await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (entry): Promise<ProcessInfo | undefined> => {
        try {
          const [stat, cmdline] = await Promise.all([
            fs.readFile(`/proc/${entry}/stat`, 'utf8'),
            fs.readFile(`/proc/${entry}/cmdline`, 'utf8'),
          ]);
          const fields = statFields(stat);
          if (fields[0] === 'Z') return undefined;
          return { pid: Number(entry), ppid: Number(fields[1]), cmdline: cmdline.replace(/\0/g, ' ').trim() };
        } catch {
          return undefined; // it exited while we looked
        }
      }),
  );
  return found.filter((info): info is ProcessInfo => info !== undefined);
}

/** The processes whose command line names `marker`, and all of their descendants. */
export function processesOf(all: ProcessInfo[], marker: string): ProcessInfo[] {
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
  return all.filter((info) => selected.has(info.pid) && info.pid !== process.pid);
}

export async function isAlive(pid: number): Promise<boolean> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    return statFields(stat)[0] !== 'Z';
  } catch {
    return false;
  }
}

export async function commandLineOf(pid: number): Promise<string | undefined> {
  return fs
    .readFile(`/proc/${pid}/cmdline`, 'utf8')
    .then((text) => text.replace(/\0/g, ' ').trim())
    .catch(() => undefined);
}

export async function readPid(pidFile: string): Promise<number | undefined> {
  const text = await fs.readFile(pidFile, 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

const POLL_MS = 25;

/** Polls until `pid` is gone; true if it went within the deadline. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!(await isAlive(pid))) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return !(await isAlive(pid));
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
