// A user with no sudo rights at all, as self-hosted runners often have, and what rootless needs on
// this machine for them: subordinate ids, a /dev/net/tun they can open. Everything changed is
// put back by dispose(): the user and their home go, the id lines added go, tun gets its mode back.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './runner.js';

export const TUN = '/dev/net/tun';
const ID_FILES = ['/etc/subuid', '/etc/subgid'];

export interface AsUserResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export class RootlessUser {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  /** A copy of dist/ the user can read (a checkout may sit where only root can enter). */
  readonly dist: string;
  private readonly tunMode: number;
  private readonly idFilesBefore = new Map<string, string>();

  constructor(name = 'dtls-rootless') {
    this.name = name;
    spawnSync('userdel', ['--remove', name], { stdio: 'ignore' });
    for (const file of ID_FILES) this.idFilesBefore.set(file, readFileSync(file, 'utf8'));
    execFileSync('useradd', ['--create-home', '--shell', '/bin/sh', name]);
    this.uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    this.gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    this.grantSubordinateIds();
    this.tunMode = statSync(TUN).mode & 0o7777;
    // Ubuntu's mode; 0600 here (a test of that precondition sets it back for a while).
    chmodSync(TUN, 0o666);
    const scratch = mkdtempSync(join(tmpdir(), 'dtls-rootless-dist-'));
    chmodSync(scratch, 0o755);
    this.dist = join(scratch, 'dist');
    cpSync(join(REPO_ROOT, 'dist'), this.dist, { recursive: true });
  }

  /** useradd may have given them already; otherwise a range past every other one. */
  private grantSubordinateIds(): void {
    for (const file of ID_FILES) {
      const text = readFileSync(file, 'utf8');
      if (new RegExp(`^${this.name}:`, 'm').test(text)) continue;
      const ends = text
        .split('\n')
        .map((line) => line.split(':'))
        .filter((fields) => fields.length === 3)
        .map(([, start, count]) => Number(start) + Number(count));
      const start = Math.max(200_000, ...ends);
      writeFileSync(file, `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${this.name}:${start}:65536\n`);
    }
  }

  /** sudo itself says the user may run nothing through it. */
  assertHasNoSudo(): void {
    const listed = spawnSync('sudo', ['-n', '-l', '-U', this.name], { encoding: 'utf8' });
    assert.match(
      `${listed.stdout}${listed.stderr}`,
      /is not allowed to run sudo/,
      `${this.name} must have no sudo rights`,
    );
    const asUser = this.run(['sudo', '-n', 'true']);
    assert.notEqual(asUser.status, 0, 'sudo -n true as the user must fail');
  }

  /** Runs `command` as the user with only `env` (and HOME): root switches to them, they get no root. */
  run(command: string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000): AsUserResult {
    const pairs = Object.entries({ PATH: process.env.PATH, HOME: `/home/${this.name}`, ...env })
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}=${value}`);
    const result = spawnSync('sudo', ['-n', '-u', this.name, 'env', '-i', ...pairs, ...command], {
      encoding: 'utf8',
      timeout: timeoutMs,
    });
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  }

  /** `docker-tls ARGS` from the bundle, on the Node of this test process. */
  cli(args: string[], env: Record<string, string | undefined> = {}): AsUserResult {
    return this.run([process.execPath, join(this.dist, 'cli', 'index.js'), ...args], env);
  }

  /** Every live process of the user's (a zombie is gone, only not yet reaped by PID 1). */
  processes(): string[] {
    const listed = spawnSync('ps', ['-u', String(this.uid), '-o', 'pid=,stat=,args='], { encoding: 'utf8' });
    return listed.stdout
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([pid, stat]) => pid && !stat.startsWith('Z'))
      .map((fields) => fields.join(' '));
  }

  /** A new directory of the user's own (mode 0700) under `parent`: a --state-dir they may use. */
  ownDirectory(parent: string): string {
    const dir = mkdtempSync(join(parent, 'user-'));
    chownSync(dir, this.uid, this.gid);
    chmodSync(dir, 0o700);
    return dir;
  }

  dispose(): void {
    spawnSync('pkill', ['-KILL', '-u', String(this.uid)], { stdio: 'ignore' });
    spawnSync('userdel', ['--remove', this.name], { stdio: 'ignore' });
    for (const [file, text] of this.idFilesBefore) writeFileSync(file, text);
    chmodSync(TUN, this.tunMode);
    rmSync(join(this.dist, '..'), { recursive: true, force: true });
  }
}
