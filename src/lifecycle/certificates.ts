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
import type { CertificatesMade } from '../engines/engine.js';
import type { InstanceState } from '../core/state.js';

/**
 * Finishes the prepared set (the server certificate, naming `extraSans` too) and writes it to the
 * given cert-dir (checked before anything was made) or our own, and the daemon's copy of the
 * server's files into the private work directory. What it made in a given cert-dir is recorded by
 * device and inode, so that teardown removes only that.
 */
export async function makeCertificates(
  options: Options,
  prepared: Promise<PreparedCertificateSet>,
  where: { dir: CheckedCertificateDir | string; workDir: string },
  extraSans: SubjectAltName[],
  saveProgress: (more: Partial<InstanceState>) => void,
  logger: Logger,
): Promise<CertificatesMade> {
  const { dir, workDir } = where;
  const given = typeof dir === 'string' ? undefined : dir;
  const certDir = given?.paths.dir ?? (dir as string);
  saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
  const certificateSet = await (await prepared).finish(extraSans);
  const { paths: certs, made } = await writeCertificateSetRecorded(dir, certificateSet, {
    input: options.names.certDir,
  });
  if (given) {
    saveProgress({
      certDirCreated: made.createdDirs,
      certDirIdentities: made.identities,
      certDirMode: made.originalMode,
    });
  }
  const daemonTls = await writeDaemonTlsFiles(workDir, certificateSet);
  saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
  logger.info(
    `Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certDir}`,
  );
  return { certificateSet, certs, daemonTls };
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
