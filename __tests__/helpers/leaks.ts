// Leak accounting for the reliability tests and the soak: what a run of the action could leave on
// the machine, attributed to the instances a test made. Other users of the same machine (parallel
// test sessions, the system daemon) come and go; only what carries one of our ids or ports counts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileAsync, snapshot } from './docker.js';
import { type ExtraBaseline, type ExtraScope, extraLeaksOf, takeExtraBaseline } from './leaks-extra.js';

/** The instance id main saved in its state (`dtls-<id>` in every name it makes). */
export function instanceIdOf(state: Record<string, string>): string {
  const saved = JSON.parse(state.instance ?? 'null') as { id?: string } | null;
  if (!saved?.id) throw new Error(`no instance id in the saved state ${JSON.stringify(state)}`);
  return saved.id;
}

/** Port of a tcp://host:port DOCKER_HOST. */
export function portOf(dockerHost: string): number {
  return Number(new URL(dockerHost.replace(/^tcp:/, 'http:')).port);
}

/** iptables chains (filter and nat, IPv4 and IPv6) and any rule naming one of our bridges or chains. */
export async function iptablesView(): Promise<string[]> {
  const lines: string[] = [];
  for (const command of ['iptables', 'ip6tables']) {
    for (const table of ['filter', 'nat']) {
      const out = await execFileAsync(command, ['-w', '-t', table, '-S']).catch(() => ({ stdout: '' }));
      for (const line of out.stdout.split('\n')) {
        if (/^-N /.test(line) || /dtls-|DTLS-/.test(line)) lines.push(`${command} ${table} ${line}`);
      }
    }
  }
  return lines.sort();
}

export interface Baseline {
  iptables: string[];
  extra?: ExtraBaseline;
}

export async function takeBaseline(): Promise<Baseline> {
  return { iptables: await iptablesView(), extra: await takeExtraBaseline() };
}

export interface LeakScope extends Omit<ExtraScope, 'ids' | 'extraBaseline'> {
  /** Instance ids the test created. */
  ids: string[];
  /** TCP ports our daemons listened on. */
  ports?: number[];
  /** Directories that must be empty again (RUNNER_TEMP). */
  emptyDirs?: string[];
  /** Strings that mark other processes of the test (e.g. the path of a fake dockerd). */
  tokens?: string[];
  baseline?: Baseline;
}

/**
 * Everything of ours still on the machine, one line each, empty when nothing leaked: processes,
 * mounts, bridges, /run/dtls-* directories, listeners on our ports, files in RUNNER_TEMP, new
 * iptables chains or rules, and what leaks-extra.ts looks for.
 */
export async function leaksOf(scope: LeakScope): Promise<string[]> {
  const ours = (text: string) => scope.ids.some((id) => text.includes(`dtls-${id}`));
  const found: string[] = [];
  const now = await snapshot();
  for (const line of now.processes) if (ours(line)) found.push(`process ${line}`);
  if (scope.tokens?.length) found.push(...processesWith(scope.tokens).map((line) => `process ${line}`));
  for (const point of now.mounts) if (ours(point)) found.push(`mount ${point}`);
  for (const bridge of now.bridges) if (ours(bridge)) found.push(`bridge ${bridge}`);
  for (const dir of now.runDirs) if (ours(dir)) found.push(`directory /run/${dir}`);
  if (scope.ports?.length) {
    const listening = (await execFileAsync('ss', ['-Hltn']).catch(() => ({ stdout: '' }))).stdout;
    for (const port of scope.ports) {
      if (new RegExp(`:${port}\\s`).test(listening)) found.push(`listener on port ${port}`);
    }
  }
  for (const dir of scope.emptyDirs ?? []) {
    if (existsSync(dir)) for (const entry of readdirSync(dir)) found.push(`file ${join(dir, entry)}`);
  }
  if (scope.baseline) {
    const before = new Set(scope.baseline.iptables);
    // Only what names our instances (dtls-<id>, our chains DTLS-<id>-*): other daemons on a shared
    // machine add and remove rules of their own meanwhile.
    const oursInFirewall = (line: string) => ours(line) || scope.ids.some((id) => line.includes(`DTLS-${id}-`));
    for (const line of await iptablesView())
      if (!before.has(line) && oursInFirewall(line)) found.push(`iptables ${line}`);
  }
  found.push(...(await extraLeaksOf({ ...scope, extraBaseline: scope.baseline?.extra })));
  return found;
}

/** Live processes whose command line holds one of `tokens` (this test process excluded). */
export function processesWith(tokens: string[]): string[] {
  const result: string[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(entry) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z') continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      if (tokens.some((token) => cmdline.includes(token))) result.push(`${entry} ${cmdline}`);
    } catch {
      // exited while we looked
    }
  }
  return result;
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
