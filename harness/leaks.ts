// Leak accounting for the reliability tests and the soak: what a run of the action could leave on
// the machine, attributed to the instances a test made. Other users of the same machine (parallel
// test sessions, the system daemon) come and go; only what carries one of our ids or ports counts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { execFileAsync } from './docker.js';
import { INSTANCE_PREFIX, markerOf } from '../src/core/naming.js';
import { waitUntil } from '../src/core/wait.js';
import { type ExtraBaseline, type ExtraScope, extraLeaksOf, takeExtraBaseline } from './leaks-extra.js';

/** What a run of the action could leave behind, to compare before and after. */
export interface LeakSnapshot {
  processes: string[];
  mounts: string[];
  bridges: string[];
  runDirs: string[];
  listeners: string[];
}

/** What a run could leave behind; with `marker` (dtls-<id>), only what belongs to that instance. */
export async function snapshot(marker?: string): Promise<LeakSnapshot> {
  const all = await snapshotAll();
  if (!marker) return all;
  const mine = (items: string[]) => items.filter((item) => item.includes(marker));
  return {
    processes: mine(all.processes),
    mounts: mine(all.mounts),
    bridges: mine(all.bridges),
    runDirs: mine(all.runDirs),
    listeners: all.listeners,
  };
}

async function snapshotAll(): Promise<LeakSnapshot> {
  const processes: string[] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (new RegExp(`${INSTANCE_PREFIX}[0-9a-f]{8}`).test(cmdline) && !cmdline.includes('--test'))
        processes.push(`${entry} ${cmdline.trim()}`);
    } catch {
      // exited
    }
  }
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((point) => point && point.includes(INSTANCE_PREFIX));
  const links = (await execFileAsync('ip', ['-o', 'link', 'show'])).stdout;
  const bridges = [...links.matchAll(new RegExp(`^\\d+: (${INSTANCE_PREFIX}[0-9a-f]+)[:@]`, 'gm'))].map(
    (match) => match[1],
  );
  const runDirs = existsSync('/run') ? readdirSync('/run').filter((name) => name.startsWith(INSTANCE_PREFIX)) : [];
  const listeners = (await execFileAsync('ss', ['-Hltnp']).catch(() => ({ stdout: '' }))).stdout
    .split('\n')
    .filter((line) => /dockerd|containerd/.test(line));
  return { processes, mounts, bridges, runDirs, listeners };
}

/** iptables chains (filter and nat, IPv4 and IPv6) and any rule naming one of our bridges or chains. */
export async function iptablesView(): Promise<string[]> {
  const lines: string[] = [];
  for (const command of ['iptables', 'ip6tables']) {
    for (const table of ['filter', 'nat']) {
      const out = await execFileAsync(command, ['-w', '-t', table, '-S']).catch(() => ({ stdout: '' }));
      for (const line of out.stdout.split('\n')) {
        if (/^-N /.test(line) || line.includes(INSTANCE_PREFIX) || line.includes(INSTANCE_PREFIX.toUpperCase()))
          lines.push(`${command} ${table} ${line}`);
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
  const ours = (text: string) => scope.ids.some((id) => text.includes(markerOf(id)));
  const found: string[] = [];
  const now = await snapshot();
  for (const line of now.processes) if (ours(line)) found.push(`process ${line}`);
  if (scope.tokens?.length) found.push(...processesWith(scope.tokens).map((line) => `process ${line}`));
  for (const point of now.mounts) if (ours(point)) found.push(`mount ${point}`);
  for (const bridge of now.bridges) if (ours(bridge)) found.push(`bridge ${bridge}`);
  for (const dir of now.runDirs) if (ours(dir)) found.push(`directory /run/${dir}`);
  // Where there is no /run, exec-roots go to /tmp (src/daemon/paths.ts).
  for (const id of scope.ids) {
    if (existsSync(join('/tmp', markerOf(id)))) found.push(`directory /tmp/${markerOf(id)}`);
  }
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

/** Asserts that nothing of the instances in `scope` is left on the machine. */
export async function assertNoLeaks(scope: LeakScope, message = 'nothing of ours is left'): Promise<void> {
  assert.deepEqual(await leaksOf(scope), [], message);
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

/** Whether `pid` runs (a zombie does not: it is gone, only not yet reaped). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Polls `condition` until it holds; throws naming `what` after `timeoutMs`. */
export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const held = await waitUntil(async () => ((await condition()) ? true : undefined), { timeoutMs, intervalMs: 10 });
  if (!held) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
