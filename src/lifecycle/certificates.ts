import type { CheckedCertificateDir } from '../cert-dir.js';
import type { DaemonOptions } from '../config.js';
import { writeCertificateSetRecorded, writeDaemonTlsFiles } from '../files.js';
import type { Logger } from '../logger.js';
import type { PreparedCertificateSet } from '../pki/index.js';
import type { SubjectAltName } from '../san.js';
import type { CertificatesMade } from './engine.js';
import type { InstanceState } from './state.js';

/**
 * Finishes the prepared set (the server certificate, naming `extraSans` too) and writes it to the
 * given cert-dir (checked before anything was made) or our own, and the daemon's copy of the
 * server's files into the private work directory. What it made in a given cert-dir is recorded by
 * device and inode, so that teardown removes only that.
 */
export async function makeCertificates(
  options: DaemonOptions,
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
