import { constants, promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DockerTlsError } from './errors.js';
import { untrustedComponentOf } from './safe-fs.js';

// Where a certificate set goes (docker:dind's layout) and whether it may go there: checked once,
// before anything is generated, so a bad cert-dir fails before a CA or a daemon exists. files.ts
// writes the set into a directory this module has passed.

/** The set in docker:dind's layout: server/ for the daemon, client/ for DOCKER_CERT_PATH. */
export interface CertificatePaths {
  dir: string;
  serverDir: string;
  clientDir: string;
  serverCa: string;
  serverCert: string;
  serverKey: string;
  clientCa: string;
  clientCert: string;
  clientKey: string;
}

export function certificatePaths(dir: string): CertificatePaths {
  const root = resolve(dir);
  const serverDir = join(root, 'server');
  const clientDir = join(root, 'client');
  return {
    dir: root,
    serverDir,
    clientDir,
    serverCa: join(serverDir, 'ca.pem'),
    serverCert: join(serverDir, 'cert.pem'),
    serverKey: join(serverDir, 'key.pem'),
    clientCa: join(clientDir, 'ca.pem'),
    clientCert: join(clientDir, 'cert.pem'),
    clientKey: join(clientDir, 'key.pem'),
  };
}

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
  const untrusted = await untrustedComponentOf(dir, process.getuid?.() ?? 0);
  if (untrusted) {
    throw new DockerTlsError(
      `The ${input} ${dir} cannot be used: ${untrusted.path === resolve(dir) ? 'it' : untrusted.path} is not safe from other users (${untrusted.reason}). Another user could swap the certificates there or redirect what is written and removed.`,
      `Point ${input} at a directory only this user and root can write, e.g. one under $RUNNER_TEMP or $HOME.`,
      { badInput: true },
    );
  }
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
