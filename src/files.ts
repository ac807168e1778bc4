import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import {
  type CertificateDirOptions,
  type CertificatePaths,
  type CheckedCertificateDir,
  checkCertificateDir,
} from './cert-dir.js';
import { DockerTlsError } from './errors.js';
import type { CertificateSet } from './pki/index.js';
import { type FileIdentity, identityOf, makeDirNoFollow, writeFileNoFollow } from './safe-fs.js';

export const PRIVATE_DIR_MODE = 0o700;
export const KEY_MODE = 0o600;
export const CERT_MODE = 0o644;

/**
 * Writes under a temporary name created exclusively without following symlinks, the mode set on the
 * open file, then renamed: readers never see half a file, and nothing planted redirects the write.
 */
export async function writeFileAtomic(path: string, data: string, mode: number): Promise<void> {
  await writeFileNoFollow(path, data, mode);
}

/**
 * Creates a directory with exactly `mode`, whatever the umask, the parents as needed, never through
 * a symlink; returns the directories it created, outermost first.
 */
export async function makePrivateDir(path: string): Promise<string[]> {
  return makeDirNoFollow(path, PRIVATE_DIR_MODE);
}

/** What writing a set into a directory made or changed: all that teardown may remove or restore. */
export interface MadeCertificateFiles {
  /** Directories created for it (the directory itself and missing parents), outermost first. */
  createdDirs: string[];
  /** server/ and client/ (and each created directory) as made: removed only while still these. */
  identities: Record<string, FileIdentity>;
  /** The mode of a directory that existed before (it is made private while in use). */
  originalMode?: number;
}

/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again. Checks the
 * directory first, unless it is given as checked already.
 */
export async function writeCertificateSet(
  dir: string | CheckedCertificateDir,
  set: CertificateSet,
  options: Partial<CertificateDirOptions> = {},
): Promise<CertificatePaths> {
  return (await writeCertificateSetRecorded(dir, set, options)).paths;
}

/** writeCertificateSet, also saying what it made: the action's teardown removes exactly that. */
export async function writeCertificateSetRecorded(
  dir: string | CheckedCertificateDir,
  set: CertificateSet,
  options: Partial<CertificateDirOptions> = {},
): Promise<{ paths: CertificatePaths; made: MadeCertificateFiles }> {
  const checked = typeof dir === 'string' ? await checkCertificateDir(dir, { input: 'directory', ...options }) : dir;
  const { paths } = checked;
  const made: MadeCertificateFiles = { createdDirs: [], identities: {} };
  try {
    if (checked.existed) made.originalMode = (await fs.lstat(paths.dir)).mode & 0o7777;
    made.createdDirs = await makePrivateDir(paths.dir);
    await Promise.all([makePrivateDir(paths.serverDir), makePrivateDir(paths.clientDir)]);
    await Promise.all([
      writeFileAtomic(paths.serverCa, set.caCertPem, CERT_MODE),
      writeFileAtomic(paths.serverCert, set.server.certPem, CERT_MODE),
      writeFileAtomic(paths.serverKey, set.server.keyPem, KEY_MODE),
      writeFileAtomic(paths.clientCa, set.caCertPem, CERT_MODE),
      writeFileAtomic(paths.clientCert, set.client.certPem, CERT_MODE),
      writeFileAtomic(paths.clientKey, set.client.keyPem, KEY_MODE),
    ]);
    for (const path of [...made.createdDirs, paths.serverDir, paths.clientDir]) {
      const identity = await identityOf(path);
      if (identity) made.identities[path] = identity;
    }
  } catch (error) {
    await (checked.existed
      ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => fs.rm(sub, { recursive: true, force: true })))
      : fs.rm(made.createdDirs[0] ?? paths.dir, { recursive: true, force: true }));
    if (made.originalMode !== undefined) await fs.chmod(paths.dir, made.originalMode).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new DockerTlsError(
      `Cannot write certificates to ${paths.dir}: ${(error as Error).message}`,
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Choose a directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.'
        : undefined,
      { cause: error },
    );
  }
  return { paths, made };
}

/** Where the daemon reads its server certificate, key and CA: a private directory of the instance. */
export interface DaemonTlsFiles {
  ca: string;
  cert: string;
  key: string;
}

/** Where the daemon's copy of the server's CA, certificate and key lives in the work directory. */
export function daemonTlsDir(workDir: string): string {
  return join(workDir, 'tls');
}

/**
 * A copy of the server's files in the instance's private work directory (0700, ours or root's):
 * the daemon reads only these, so a user-given cert-dir, whatever becomes of it while the daemon
 * starts, can never hand it another CA.
 */

export async function writeDaemonTlsFiles(workDir: string, set: CertificateSet): Promise<DaemonTlsFiles> {
  const dir = daemonTlsDir(workDir);
  await makePrivateDir(dir);
  const files = { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
  await Promise.all([
    writeFileAtomic(files.ca, set.caCertPem, CERT_MODE),
    writeFileAtomic(files.cert, set.server.certPem, CERT_MODE),
    writeFileAtomic(files.key, set.server.keyPem, KEY_MODE),
  ]);
  return files;
}
