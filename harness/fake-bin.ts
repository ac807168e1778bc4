// Fake commands put first on a step's PATH, to make dockerd fail, start slowly or meet a taken port.
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** The real dockerd, found before any fake shadows it. */
export const REAL_DOCKERD = execFileSync('sh', ['-c', 'command -v dockerd'], { encoding: 'utf8' }).trim();

export class FakeBin {
  readonly dir: string;
  /** Unique text in the command line of every process a fake starts: leaks are found by it. */
  readonly token: string;

  constructor() {
    // No "dtls-" in the name: other tests count anything named so as a leak of theirs.
    this.dir = mkdtempSync(join(tmpdir(), 'fakebin-'));
    this.token = basename(this.dir);
  }

  /** PATH for a step: the fakes first, then the usual directories. */
  get path(): string {
    return `${this.dir}:${process.env.PATH}`;
  }

  script(name: string, body: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  }

  /** `<dir>/<name>` runs `target`: its command line then shows the token. */
  alias(name: string, target: string): string {
    const path = join(this.dir, name);
    rmSync(path, { force: true });
    symlinkSync(target, path);
    return path;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A dockerd that fails at once, as a broken installation does. */
export function failingDockerd(bin: FakeBin, message: string): void {
  bin.script('dockerd', `echo ${JSON.stringify(message)} >&2\nexit 1`);
}

/** A dockerd that takes `seconds` before it even starts (the sleep is a child, as in a real wrapper). */
export function slowDockerd(bin: FakeBin, seconds: number): void {
  bin.alias('dockerd.sleep', execFileSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).trim());
  bin.script('dockerd', `"$0.sleep" ${seconds}\nexec ${REAL_DOCKERD} "$@"`);
}

/**
 * Another program grabs dockerd's TCP port after the action checked it was free and before dockerd
 * binds it. The holder is not ours: it lives on (up to `holdSeconds`) and the test ends it.
 */
export function portThiefDockerd(bin: FakeBin, holdSeconds = 60): void {
  bin.alias('thief.node', process.execPath);
  const holder = `const s=require('net').createServer().listen(Number(process.argv[1]),'127.0.0.1',()=>require('fs').writeFileSync(process.argv[2],'')); setTimeout(()=>process.exit(0),${holdSeconds * 1000})`;
  bin.script(
    'dockerd',
    [
      `config="$2"`,
      `port=$(sed -n 's#.*"tcp://[^"]*:\\([0-9][0-9]*\\)".*#\\1#p' "$config")`,
      `ready="${bin.dir}/thief.ready"`,
      // A subshell in between: the holder is re-parented away, no descendant of dockerd.
      `(setsid "${bin.dir}/thief.node" -e ${shellQuote(holder)} "$port" "$ready" </dev/null >/dev/null 2>&1 &)`,
      `while [ ! -e "$ready" ]; do sleep 0.05; done`,
      `exec ${REAL_DOCKERD} "$@"`,
    ].join('\n'),
  );
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
