import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DockerTlsError } from './errors.js';
import type { CertificateSet } from './pki/index.js';

export const PRIVATE_DIR_MODE = 0o700;
export const KEY_MODE = 0o600;
export const CERT_MODE = 0o644;

/** Writes under a temporary name in the same directory, then renames: readers never see half a file. */
export async function writeFileAtomic(path: string, data: string, mode: number): Promise<void> {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, data, { mode, flag: 'wx' });
    // The mode given to open() is masked by umask; set it exactly.
    await fs.chmod(temporary, mode);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/** Creates a directory with exactly `mode`, whatever the umask; the parents as needed. */
export async function makePrivateDir(path: string): Promise<void> {
  await fs.mkdir(path, { recursive: true, mode: PRIVATE_DIR_MODE });
  await fs.chmod(path, PRIVATE_DIR_MODE);
}

async function entriesOf(dir: string, input = 'cert-dir'): Promise<string[] | undefined> {
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

const OUR_LAYOUT = new Set(['server', 'client']);
const OUR_FILES = new Set(['ca.pem', 'cert.pem', 'key.pem']);

/**
 * Refuses a directory that already holds something, so a typo in an output path cannot clobber a
 * user's files. With `replace`, only a directory laid out as ours (server/, client/) is replaced.
 */
export async function checkCertificateDir(dir: string, replace: boolean, input = 'cert-dir'): Promise<void> {
  const entries = await entriesOf(dir, input);
  if (!entries || entries.length === 0) return;
  const foreign = entries.filter((entry) => !OUR_LAYOUT.has(entry));
  // Replacing removes server/ and client/ whole on failure: they must hold nothing but our files.
  for (const sub of entries.filter((entry) => OUR_LAYOUT.has(entry))) {
    const inside = (await entriesOf(join(dir, sub), input)) ?? [];
    foreign.push(...inside.filter((name) => !OUR_FILES.has(name)).map((name) => `${sub}/${name}`));
  }
  if (!replace || foreign.length > 0) {
    throw new DockerTlsError(
      `The ${input} ${dir} already exists and is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}).`,
      foreign.length > 0
        ? `Point ${input} at a new or empty directory; it holds files that are not certificates of ours.`
        : `Point ${input} at a new or empty directory, or ask to replace the certificates there (--force).`,
      { badInput: true },
    );
  }
}

/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again.
 */
export async function writeCertificateSet(
  dir: string,
  set: CertificateSet,
  options: { replace?: boolean; input?: string } = {},
): Promise<CertificatePaths> {
  const paths = certificatePaths(dir);
  await checkCertificateDir(paths.dir, options.replace ?? false, options.input);
  const existed = (await entriesOf(paths.dir, options.input)) !== undefined;
  try {
    await makePrivateDir(paths.dir);
    await Promise.all([makePrivateDir(paths.serverDir), makePrivateDir(paths.clientDir)]);
    await Promise.all([
      writeFileAtomic(paths.serverCa, set.caCertPem, CERT_MODE),
      writeFileAtomic(paths.serverCert, set.server.certPem, CERT_MODE),
      writeFileAtomic(paths.serverKey, set.server.keyPem, KEY_MODE),
      writeFileAtomic(paths.clientCa, set.caCertPem, CERT_MODE),
      writeFileAtomic(paths.clientCert, set.client.certPem, CERT_MODE),
      writeFileAtomic(paths.clientKey, set.client.keyPem, KEY_MODE),
    ]);
  } catch (error) {
    await (existed
      ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => fs.rm(sub, { recursive: true, force: true })))
      : fs.rm(paths.dir, { recursive: true, force: true }));
    const code = (error as NodeJS.ErrnoException).code;
    throw new DockerTlsError(
      `Cannot write certificates to ${paths.dir}: ${(error as Error).message}`,
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'Choose a directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.'
        : undefined,
      { cause: error },
    );
  }
  return paths;
}
