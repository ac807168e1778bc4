import { promises as fs } from 'node:fs';
import { caBundleWarnings } from '../core/client-environment.js';
import { DockerTlsError, describeError } from '../core/errors.js';
import { FLAG_NAMES } from '../core/options/names.js';
import { createCertificateSet } from '../core/pki/index.js';
import { findContainerd, findDockerd } from '../engines/dockerd/binaries.js';
import { reservePort } from '../host/network/ports.js';
import { detectPrivilege, trustedCommand } from '../host/privilege.js';
import { runProgram } from '../host/run.js';

export type Verdict = 'ok' | 'warn' | 'fail';
export interface Check {
  verdict: Verdict;
  what: string;
  hint?: string;
}

async function check(what: string, body: () => Promise<string | Check>): Promise<Check> {
  try {
    const result = await body();
    return typeof result === 'string' ? { verdict: 'ok', what: `${what}: ${result}` } : result;
  } catch (error) {
    const hint = error instanceof DockerTlsError ? error.hint : undefined;
    return {
      verdict: 'fail',
      what: `${what}: ${error instanceof DockerTlsError ? error.message : describeError(error)}`,
      hint,
    };
  }
}

async function versionOf(path: string): Promise<string> {
  const { stdout } = await runProgram(path, ['--version'], { timeoutMs: 10_000 });
  return stdout.trim();
}

/**
 * What `up` needs of this machine, each checked on its own (they run side by side). For a rootless
 * start, root or sudo and `ip` are not needed (its own section says what is): not even asked.
 */
export function machineChecks(port: number, options: { rootless?: boolean } = {}): Promise<Check[]> {
  const unlessRootless = (run: () => Promise<Check>) => (options.rootless ? [] : [run()]);
  return Promise.all([
    check('node', async () => {
      const major = Number(process.versions.node.split('.')[0]);
      return major >= 20
        ? process.version
        : { verdict: 'fail', what: `node ${process.version} is too old`, hint: 'Use Node.js 20 or newer.' };
    }),
    ...unlessRootless(() =>
      check('privilege', async () => ((await detectPrivilege()).viaSudo ? 'passwordless sudo' : 'root')),
    ),
    check('dockerd', async () => versionOf(await findDockerd())),
    // The same lookups as the start itself: a failure reads as the DockerTlsError it would raise.
    check('containerd', async () => versionOf(await findContainerd())),
    // As the start finds it: in a directory only root can write (a failure names what was passed over).
    ...unlessRootless(() => check('ip (iproute2)', async () => trustedCommand('ip'))),
    check(`port ${port} on 127.0.0.1`, async () => {
      await reservePort('127.0.0.1', port, FLAG_NAMES);
      return 'free';
    }),
    check('overlay file system', async () => {
      const filesystems = await fs.readFile('/proc/filesystems', 'utf8');
      if (/\boverlay\b/.test(filesystems)) return 'supported';
      return {
        verdict: 'warn',
        what: 'overlay is not loaded',
        hint: `dockerd may fall back to a slower storage driver; "modprobe overlay" or --daemon-config '{"storage-driver": "vfs"}'.`,
      };
    }),
    check('certificates', async () => {
      const started = performance.now();
      await createCertificateSet();
      return `a P-256 set in ${(performance.now() - started).toFixed(1)} ms (in memory only)`;
    }),
    check('CA bundle variables', async () => {
      const warnings = caBundleWarnings(process.env);
      return warnings.length === 0 ? 'none that override DOCKER_CERT_PATH' : { verdict: 'warn', what: warnings[0] };
    }),
  ]);
}
