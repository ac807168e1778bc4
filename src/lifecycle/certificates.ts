import type { Logger } from '../core/logger.js';
import type { CertificateOptions, Options } from '../core/options/options.js';
import { type CertificateSet, type PreparedCertificateSet, createCertificateSet } from '../core/pki/index.js';
import type { CertificatePaths } from '../core/pki/layout.js';
import {
  type CertificateDirOptions,
  type CheckedCertificateDir,
  checkCertificateDir,
  refuseUntrusted,
  writeCertificateSet,
  writeCertificateSetRecorded,
  writeDaemonTlsFiles,
} from '../host/cert-dir.js';
import type { SubjectAltName } from '../core/san.js';
import type { CertificatesMade, DaemonCertificates } from '../engines/engine.js';
import type { InstanceState } from '../core/state.js';

/** A start's certificates on their way: the daemon's files first, then the rest. */
export interface CertificatesUnderWay {
  /** The server's certificate and the daemon's copy of its files: what the daemon waits for. */
  forDaemon: Promise<DaemonCertificates>;
  /** The whole set, cert-dir written and recorded: what the clients, the proof and the outputs need. */
  all: Promise<CertificatesMade>;
}

/**
 * Issues the server certificate (naming `extraSans` too) and writes the daemon's copy of its files
 * into the private work directory; then, while the daemon starts, the client's certificate and
 * the whole set into the given cert-dir (checked before anything was made) or our own. What it
 * made in a given cert-dir is recorded by device and inode, so that teardown removes only that.
 */
export function makeCertificates(
  options: Options,
  prepared: Promise<PreparedCertificateSet>,
  where: { dir: CheckedCertificateDir | string; workDir: string },
  extraSans: SubjectAltName[],
  saveProgress: (more: Partial<InstanceState>) => void,
  logger: Logger,
): CertificatesUnderWay {
  const forDaemon = (async () => {
    const given = typeof where.dir === 'string' ? undefined : where.dir;
    const certDir = given?.paths.dir ?? (where.dir as string);
    saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
    const server = await (await prepared).server(extraSans);
    return { server, daemonTls: await writeDaemonTlsFiles(where.workDir, server) };
  })();
  const all = forDaemon.then(async ({ server, daemonTls }) => {
    const certificateSet = { ...server, client: await (await prepared).client() };
    const certs = await writeCertDir(options, where.dir, certificateSet, saveProgress);
    saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
    logger.info(
      `Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certs.dir}`,
    );
    return { certificateSet, certs, daemonTls };
  });
  // Whoever waits for the daemon's part alone still gets this failure from `all` when it asks.
  all.catch(() => undefined);
  return { forDaemon, all };
}

/** The set in cert-dir; in a given one, what was made there is recorded for teardown. */
async function writeCertDir(
  options: Options,
  dir: CheckedCertificateDir | string,
  certificateSet: CertificateSet,
  saveProgress: (more: Partial<InstanceState>) => void,
): Promise<CertificatePaths> {
  const { paths, made } = await writeCertificateSetRecorded(dir, certificateSet, { input: options.names.certDir });
  if (typeof dir !== 'string') {
    saveProgress({
      certDirCreated: made.createdDirs,
      certDirIdentities: made.identities,
      certDirMode: made.originalMode,
    });
  }
  return paths;
}

/**
 * `docker-tls certs`: a set written to `dir` to keep (no state, no teardown). The directory is
 * checked before a key is generated (seconds for RSA-4096).
 */
export async function writeCertificateFiles(
  options: CertificateOptions,
  dir: string,
  where: CertificateDirOptions,
): Promise<{ set: CertificateSet; paths: CertificatePaths }> {
  await refuseUntrusted(dir, where.input, 'swap the certificates there or redirect what is written');
  const checked = await checkCertificateDir(dir, where);
  const set = await createCertificateSet(options);
  return { set, paths: await writeCertificateSet(checked, set) };
}
