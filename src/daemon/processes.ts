import { promises as fs } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  cmdline: string;
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
          // The command name in stat may hold spaces and parentheses: parse after the last ')'.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
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
export function processesOf(all: ProcessInfo[], marker: string, extraRoots: number[] = []): ProcessInfo[] {
  const roots = new Set(all.filter((info) => info.cmdline.includes(marker)).map((info) => info.pid));
  for (const pid of extraRoots) if (all.some((info) => info.pid === pid)) roots.add(pid);
  const selected = new Set(roots);
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
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
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
