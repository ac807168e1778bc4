import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { DaemonOptions } from '../config.js';
import { type CertificatePaths, certificatePaths, checkUsableCertificateDir } from '../cert-dir.js';
import { makePrivateDir, writeCertificateSet } from '../files.js';
import { markerOf, newInstanceId } from '../instance-name.js';
import type { Logger } from '../logger.js';
import { type CertificateSet, createCertificateSet } from '../pki/index.js';
import type { TeardownReport } from './engine.js';
import type { InstanceState } from './state.js';

export interface CertificatesOnly {
  state: InstanceState;
  set: CertificateSet;
  certs: CertificatePaths;
}

/**
 * `mode: certs`: the certificate set written to cert-dir (or a directory of our own), for users who
 * start their own daemon. No root, no daemon; the state lists what teardown removes.
 */
export async function makeCertificatesOnly(
  options: Pick<DaemonOptions, 'keyAlgorithm' | 'validityMs' | 'serverSans' | 'certDir' | 'names'>,
  context: { tempDir: string; saveState: (state: InstanceState) => void; logger: Logger },
): Promise<CertificatesOnly> {
  const given = options.certDir ? await checkUsableCertificateDir(options.certDir, options.names.certDir) : undefined;
  const id = newInstanceId();
  const workDir = join(context.tempDir, markerOf(id));
  const certDir = given?.paths.dir ?? join(workDir, 'certs');
  const state: InstanceState = {
    version: 1,
    id,
    workDir,
    certsOnly: true,
    certDir,
    certDirWasGiven: given !== undefined,
    certDirExisted: given?.existed ?? false,
  };
  context.saveState(state);
  await makePrivateDir(workDir);
  const set = await createCertificateSet(options);
  const certs = await writeCertificateSet(given ?? certDir, set, { input: options.names.certDir });
  const written = { ...state, expiresAt: set.notAfter.toISOString() };
  context.saveState(written);
  context.logger.info(`Certificates (${set.keyAlgorithm}, valid until ${set.notAfter.toISOString()}) in ${certDir}`);
  return { state: written, set, certs };
}

/** Removes what makeCertificatesOnly wrote: never a file of a given cert-dir that is not ours. */
export async function removeCertificatesOnly(state: InstanceState): Promise<TeardownReport> {
  const removed: string[] = [];
  const warnings: string[] = [];
  const remove = async (path: string, how: () => Promise<unknown>) => {
    try {
      await how();
      removed.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        warnings.push(`removing ${path}: ${(error as Error).message}`);
    }
  };
  if (state.certDir && state.certDirWasGiven) {
    const paths = certificatePaths(state.certDir);
    for (const dir of [paths.serverDir, paths.clientDir]) {
      await remove(dir, () => fs.rm(dir, { recursive: true }));
    }
    // A cert-dir we created goes too, when nothing else was put in it.
    if (!state.certDirExisted) await remove(paths.dir, () => fs.rmdir(paths.dir));
  }
  await remove(state.workDir, () => fs.rm(state.workDir, { recursive: true }));
  const summary =
    removed.length > 0 ? `removed the certificates (${removed.join(', ')})` : 'the certificates were already gone';
  return { summary, warnings };
}
