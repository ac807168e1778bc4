import { constants, promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DockerTlsError } from '../core/errors.js';
import type { CertificateSet } from '../core/pki/index.js';
import {
  type CertificatePaths,
  type DaemonTlsFiles,
  certificatePaths,
  daemonTlsDir,
  daemonTlsFiles,
} from '../core/pki/layout.js';
import {
  CERT_MODE,
  type FileIdentity,
  KEY_MODE,
  identityOf,
  makePrivateDir,
  untrustedComponentOf,
  writeFileAtomic,
} from './files.js';

// Whether a certificate set may go to a directory, checked once before anything is generated (so a
// bad cert-dir fails before a CA or a daemon exists), and the writing of the set there.

async function entriesOf(dir: string, input: string): Promise<string[] | undefined> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') {
      throw new DockerTlsError(
        `The ${input} ${dir} is not a directory (a file is in the way).`,
        `Point ${input} at a new or empty directory.`,
        {
          badInput: true,
        },
      );
    }
    throw error;
  }
}

const OUR_LAYOUT = new Set(['server', 'client']);
const OUR_FILES = new Set(['ca.pem', 'cert.pem', 'key.pem']);

export interface CertificateDirOptions {
  /** Replace an earlier set of ours there. */
  replace?: boolean;
  /** How the user names the directory (cert-dir, --out), for messages. */
  input: string;
  /** How the user asks to replace an earlier set (--force), when they can. */
  replaceOption?: string;
}

/** A directory checked for a certificate set: `writeCertificateSet` writes there without checking again. */
export interface CheckedCertificateDir {
  paths: CertificatePaths;
  /** It existed before: on failure only server/ and client/ are removed, not the directory. */
  existed: boolean;
  input: string;
}

/**
 * Refuses a directory that already holds something, so a typo in an output path cannot clobber a
 * user's files. With `replace`, only a directory laid out as ours (server/, client/) is replaced.
 */
export async function checkCertificateDir(dir: string, options: CertificateDirOptions): Promise<CheckedCertificateDir> {
  const { input } = options;
  const paths = certificatePaths(dir);
  const entries = await entriesOf(paths.dir, input);
  if (!entries || entries.length === 0) return { paths, existed: entries !== undefined, input };
  const foreign = entries.filter((entry) => !OUR_LAYOUT.has(entry));
  // Replacing removes server/ and client/ whole on failure: they must hold nothing but our files.
  for (const sub of entries.filter((entry) => OUR_LAYOUT.has(entry))) {
    const inside = (await entriesOf(join(paths.dir, sub), input)) ?? [];
    foreign.push(...inside.filter((name) => !OUR_FILES.has(name)).map((name) => `${sub}/${name}`));
  }
  if (!options.replace || foreign.length > 0) {
    const replaceHint = options.replaceOption
      ? `, or ask to replace the certificates there (${options.replaceOption})`
      : '';
    throw new DockerTlsError(
      `The ${input} ${dir} already exists and is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}).`,
      foreign.length > 0
        ? `Point ${input} at a new or empty directory; it holds files that are not certificates of ours.`
        : `Point ${input} at a new or empty directory${replaceHint}.`,
      { badInput: true },
    );
  }
  return { paths, existed: true, input };
}

/**
 * cert-dir must be a new or empty directory this process can write: checked before anything is made,
 * so a read-only mount or a file in the way is one clear error instead of a half-made set-up.
 */
export async function checkUsableCertificateDir(dir: string, input: string): Promise<CheckedCertificateDir> {
  await refuseUntrusted(dir, input, 'swap the certificates there or redirect what is written and removed');
  const checked = await checkCertificateDir(dir, { input }).catch((error: unknown) => {
    if (error instanceof DockerTlsError) throw error;
    throw unusableCertificateDir(dir, input, error);
  });
  // The directory, or the nearest part of its path that exists: it will be created below that.
  let existing = dir;
  while (!(await fs.lstat(existing).catch(() => undefined)) && dirname(existing) !== existing) {
    existing = dirname(existing);
  }
  try {
    if (!(await fs.stat(existing)).isDirectory()) {
      throw Object.assign(new Error(`${existing} is not a directory`), { code: 'ENOTDIR' });
    }
    await fs.access(existing, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw unusableCertificateDir(dir, input, error);
  }
  return checked;
}

/**
 * Refuses a directory (or a directory above it) that another user could replace or redirect: owned
 * by someone other than this user and root, or writable by others without the sticky bit. Checked
 * before anything is written there; `risk` says what another user could do.
 */
export async function refuseUntrusted(dir: string, input: string, risk: string): Promise<void> {
  const untrusted = await untrustedComponentOf(dir, process.getuid?.() ?? 0);
  if (!untrusted) return;
  throw new DockerTlsError(
    `The ${input} ${dir} cannot be used: ${untrusted.path === resolve(dir) ? 'it' : untrusted.path} is not safe from other users (${untrusted.reason}). Another user could ${risk}.`,
    `Point ${input} at a directory only this user and root can write, e.g. one under $RUNNER_TEMP or $HOME.`,
    { badInput: true },
  );
}

function unusableCertificateDir(dir: string, input: string, error: unknown): DockerTlsError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOTDIR'
      ? 'a file is in the way (not a directory)'
      : code === 'EROFS'
        ? 'it is on a read-only file system'
        : code === 'EACCES' || code === 'EPERM'
          ? 'this user may not write there (permission denied)'
          : (error as Error).message;
  return new DockerTlsError(
    `The ${input} ${dir} cannot be used: ${reason}.`,
    `Point ${input} at a new or empty directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.`,
    { badInput: true, cause: error },
  );
}

/** What writing a set into a directory made or changed: all that teardown may remove or restore. */
export interface MadeCertificateFiles {
  /** Directories created for it (the directory itself and missing parents), outermost first. */
  createdDirs: string[];
  /** The directory, server/ and client/ (and each created directory) as made: removed or restored only while still these. */
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
    for (const path of new Set([paths.dir, ...made.createdDirs, paths.serverDir, paths.clientDir])) {
      const identity = await identityOf(path);
      if (identity) made.identities[path] = identity;
    }
  } catch (error) {
    // Loaded only on this path: its `assert` is a few milliseconds of every `docker-tls certs` otherwise.
    const { rmRF } = await import('@actions/io');
    await (checked.existed
      ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => rmRF(sub)))
      : rmRF(made.createdDirs[0] ?? paths.dir));
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

/**
 * A copy of the server's files in the instance's private work directory (0700, ours or root's):
 * the daemon reads only these, so a user-given cert-dir, whatever becomes of it while the daemon
 * starts, can never hand it another CA.
 */
export async function writeDaemonTlsFiles(
  workDir: string,
  set: Pick<CertificateSet, 'caCertPem' | 'server'>,
): Promise<DaemonTlsFiles> {
  await makePrivateDir(daemonTlsDir(workDir));
  const files = daemonTlsFiles(workDir);
  await Promise.all([
    writeFileAtomic(files.ca, set.caCertPem, CERT_MODE),
    writeFileAtomic(files.cert, set.server.certPem, CERT_MODE),
    writeFileAtomic(files.key, set.server.keyPem, KEY_MODE),
  ]);
  return files;
}
