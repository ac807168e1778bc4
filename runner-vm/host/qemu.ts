// One boot of the guest under qemu's TCG (no KVM: nested virtualisation is not there on CI
// machines like ours): the cached image as the root disk in snapshot mode (writes go to a
// throw-away overlay, so the cache is never written), the job disk as the second disk, the serial
// console to a file. The boot ends when the job unit powers the guest off, or at the deadline,
// when qemu is killed and the caller prints the console log.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Variant } from './common.js';
import type { GuestImage } from './image.js';

export interface BootOptions {
  image: GuestImage;
  jobDisk: string;
  variant: Variant;
  cpus: number;
  memoryMiB: number;
  timeoutMs: number;
  consoleLog: string;
  /** The image's provisioning boot writes the root disk itself; every other boot an overlay. */
  writeRootDisk?: boolean;
  /** Each complete line the console prints, as it arrives (ANSI escapes removed). */
  onConsoleLine?: (line: string) => void;
}

export interface BootResult {
  timedOut: boolean;
  exitCode: number | null;
  seconds: number;
}

/**
 * tsc=unstable: Debian unstable's kernel oopses within seconds under multi-threaded TCG without it.
 * mitigations=off: speculative-execution mitigations only cost time under emulation. norandmaps:
 * qemu keeps the code it translated by virtual address, so a program that loads at the same
 * address each time reuses it; with address-space randomisation every sudo, iptables, runc or node
 * start is translated anew (measured: sudo 0.65 → 0.4 s, node -e 0 1.2 → 0.7 s). The variant
 * argument is read by the guest's runner-vm-variant.service.
 */
export function kernelCommandLine(variant: Variant): string {
  const speed = ['tsc=unstable', 'mitigations=off', 'norandmaps'];
  const args = ['console=ttyS0', 'root=/dev/vda', 'rw', 'quiet', 'panic=1', ...speed];
  if (variant === '26.04') args.push('runner_vm.nf_tables_only');
  return args.join(' ');
}

/**
 * qemu's cache of translated code, at its largest (the default is half): when it fills, all of it
 * is dropped, and every program is translated again on its next start. A job runs many large Go
 * programs (dockerd, containerd, runc, the CLI and its plugins), and the dind start depends on its
 * containerd starting within 15 s.
 */
const TRANSLATION_CACHE_MIB = 2048;

function qemuArgs(options: BootOptions): string[] {
  return [
    // No default devices (floppy, VGA, NIC, ...): fewer drivers to probe under emulation. No
    // network either: the guest's "internet" is a network namespace inside it.
    ...['-nodefaults', '-machine', 'pc', '-accel', `tcg,thread=multi,tb-size=${TRANSLATION_CACHE_MIB}`],
    ...['-cpu', 'Nehalem'],
    ...['-smp', String(options.cpus), '-m', String(options.memoryMiB), '-display', 'none', '-no-reboot'],
    ...['-serial', `file:${options.consoleLog}`],
    ...['-kernel', options.image.kernel, '-initrd', options.image.initrd],
    ...['-append', kernelCommandLine(options.variant)],
    ...[
      '-drive',
      `file=${options.image.rootDisk},format=raw,if=virtio,snapshot=${options.writeRootDisk ? 'off' : 'on'}`,
    ],
    ...['-drive', `file=${options.jobDisk},format=raw,if=virtio`],
    ...(process.env.RUNNER_VM_MONITOR
      ? ['-monitor', `unix:${process.env.RUNNER_VM_MONITOR}-${options.variant}.sock,server,nowait`]
      : []),
  ];
}

/** What systemd sends a terminal besides text: colours, cursor moves, title and status strings. */
// eslint-disable-next-line no-control-regex
export const TERMINAL_ESCAPES = /\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07\x1b]*(\x07|\x1b\\)|P[^\x1b]*\x1b\\|.)/g;

/** Follows a growing file, handing each new complete line to `onLine`; returns a stop function. */
function followLines(path: string, onLine: (line: string) => void): () => void {
  let offset = 0;
  let partial = '';
  const buffer = Buffer.alloc(64 * 1024);
  const poll = () => {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return;
    }
    try {
      for (let read; (read = readSync(fd, buffer, 0, buffer.length, offset)) > 0; offset += read) {
        partial += buffer.toString('utf8', 0, read);
      }
    } finally {
      closeSync(fd);
    }
    const lines = partial.split(/\r?\n/);
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line.replace(TERMINAL_ESCAPES, ''));
  };
  const timer = setInterval(poll, 1000);
  return () => {
    clearInterval(timer);
    poll();
  };
}

const running = new Set<ChildProcess>();

/** Kills every guest still running (on SIGINT or SIGTERM: a guest must never outlive the suite). */
export function killAllGuests(): void {
  for (const qemu of running) qemu.kill('SIGKILL');
}

export async function bootGuest(options: BootOptions): Promise<BootResult> {
  const started = performance.now();
  const qemu = spawn('qemu-system-x86_64', qemuArgs(options), { stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(qemu);
  let stderr = '';
  qemu.stderr.on('data', (chunk) => (stderr += chunk));
  const stopFollowing = options.onConsoleLine ? followLines(options.consoleLog, options.onConsoleLine) : () => {};
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    qemu.kill('SIGKILL');
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    qemu.once('error', reject);
    qemu.once('exit', (code) => resolve(code));
  }).finally(() => {
    running.delete(qemu);
    clearTimeout(deadline);
    stopFollowing();
  });
  if (exitCode !== 0 && !timedOut) throw new Error(`qemu exited with ${exitCode}: ${stderr.trim()}`);
  return { timedOut, exitCode, seconds: (performance.now() - started) / 1000 };
}
