import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { type Endpoint, bindAddressSans } from '../core/endpoint.js';
import { markerOf, newInstanceId } from '../core/naming.js';
import type { Options } from '../core/options/options.js';
import type { LeafCertificate } from '../core/pki/index.js';
import type { InstanceState } from '../core/state.js';
import type { Engine, EngineRun } from '../engines/engine.js';
import type { SubjectAltName } from '../core/san.js';
import type { CheckedCertificateDir } from '../host/cert-dir.js';
import { PRIVATE_DIR_MODE } from '../host/files.js';
import type { CertificateWork } from './certificate-thread.js';
import { type CertificatesUnderWay, makeCertificates } from './certificates.js';
import type { StartContext } from './start.js';

/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
export async function makeWorkDir(tempDir: string, newId = newInstanceId): Promise<{ id: string; workDir: string }> {
  await fs.mkdir(tempDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  for (let attempt = 1; ; attempt += 1) {
    const id = newId();
    const workDir = join(tempDir, markerOf(id));
    try {
      await fs.mkdir(workDir, { mode: PRIVATE_DIR_MODE });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 10) continue;
      throw error;
    }
    await fs.chmod(workDir, PRIVATE_DIR_MODE);
    return { id, workDir };
  }
}

const noop = () => undefined;

export type InstanceRun = EngineRun & {
  state(): InstanceState;
  /**
   * Settles once the certificates asked for are written, or failed (at once when none were): a
   * failed start waits for it, so that nothing is written after its clean-up.
   */
  certificatesWritten(): Promise<void>;
  /** The refusal proof's client certificate of another CA, made beside the start. */
  stranger(): Promise<LeafCertificate>;
};

/** The instance's id, its private work directory and its first saved state; the run an engine uses. */
export async function beginInstance(
  engine: Engine,
  options: Options,
  context: StartContext,
  where: { listen: Endpoint; givenCertDir?: CheckedCertificateDir },
  logPhase: (what: string) => void,
  work: CertificateWork,
): Promise<InstanceRun> {
  const { listen, givenCertDir } = where;
  const { id, workDir } = await makeWorkDir(context.tempDir);
  let state: InstanceState = { version: 1, mode: engine.mode, id, workDir };
  const saveProgress = (more: Partial<InstanceState>) => {
    state = { ...state, ...more };
    context.store.save(state);
    context.signal?.throwIfAborted();
  };
  saveProgress({});
  // Under way on a thread of its own since the start began (start.ts): only the leaves' signatures
  // wait for the server's names (dind's addresses come with the container's start).
  const prepared = work.prepared;
  let certificates: CertificatesUnderWay | undefined;
  // Made once: the engine asks while it works, the lifecycle afterwards for the client's keys.
  const underWay = (extraSans: SubjectAltName[]) =>
    (certificates ??= makeCertificates(
      options,
      prepared,
      { dir: givenCertDir ?? join(workDir, 'certs'), workDir },
      // Read when they are made: an engine's bridge made before then is among the interfaces.
      [...(engine.listens ? bindAddressSans(listen.bindHost) : []), ...extraSans],
      saveProgress,
      context.logger,
    ));
  return {
    id,
    marker: markerOf(id),
    workDir,
    options,
    listen,
    logger: context.logger,
    signal: context.signal,
    saveProgress,
    logPhase,
    daemonCertificates: (extraSans = []) => underWay(extraSans).forDaemon,
    certificates: (extraSans = []) => underWay(extraSans).all,
    certificatesWritten: () => certificates?.all.then(noop, noop) ?? Promise.resolve(),
    state: () => state,
    stranger: () => work.stranger,
  };
}
