import * as io from '@actions/io';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/logger.js';
import type { InstanceState } from '../core/state.js';
import { engineFor } from '../engines/index.js';
import type { Engine, NamedLog, StopOptions } from '../engines/engine.js';
import type { DockerContextOptions } from '../host/docker-context.js';
import { chmodDirNoFollow, isSameFile } from '../host/files.js';
import { removeDockerContextsOf } from './docker-context-step.js';
import type { StateStore } from './state-store.js';

export interface TeardownOptions extends StopOptions {
  /** Runs once the engine has stopped, before the work directory goes: the time to print the logs. */
  beforeRemoval?: (facts: { daemonDied: boolean }) => Promise<void>;
  /** The docker CLI's environment for removing the context (DOCKER_CONFIG chooses the store). */
  contextOptions?: DockerContextOptions;
  /** Where the state is kept: removed last, once what it lists is gone. */
  store?: StateStore;
  /** The engine; by default the one of the state's mode (tests pass one of their own). */
  engine?: Engine;
}

export interface TeardownReport {
  /** One line saying what was stopped and removed. */
  summary: string;
  /** Each problem met; the teardown goes on past all of them. */
  warnings: string[];
  /** What had stopped before the job ended ("dockerd (pid 123)"): it crashed or was killed. */
  stoppedEarly?: string;
  /** Nothing of the instance was found any more: an earlier teardown removed it all. */
  nothingFound: boolean;
}

/**
 * The one teardown, for every mode, after a job, `docker-tls down`, the library's stop and a failed
 * start alike: the docker context, then the engine's own parts (its daemon and what only it can
 * remove), then what every mode shares: the given cert-dir as it was (only our server/ and client/
 * removed, checked by device and inode; its mode given back; the directories made for it removed
 * when empty), the work directory (with our own cert-dir in it), the state. Never throws.
 */
export async function teardownInstance(
  state: InstanceState,
  logger: Logger,
  options: TeardownOptions = {},
): Promise<TeardownReport> {
  const contexts = await removeDockerContextsOf(state, options.contextOptions);
  const stopped = await (options.engine ?? engineFor(state.mode)).stop(state, logger, options);
  await options.beforeRemoval?.({ daemonDied: stopped.daemonDied }).catch(() => undefined);
  const files = await removeSharedFiles(state);
  await options.store?.remove().catch((error: Error) => files.warnings.push(`removing the state: ${error.message}`));
  const removedFiles =
    files.removed.length > 0 ? [`removed the certificates and files (${files.removed.join(', ')})`] : [];
  return {
    summary: [stopped.summary, ...contexts, ...removedFiles].filter(Boolean).join('; ') || 'nothing was left',
    warnings: [...stopped.warnings, ...files.warnings],
    stoppedEarly: stopped.stoppedEarly,
    nothingFound:
      stopped.nothingFound && files.removed.length === 0 && !contexts.some((line) => line.startsWith('removed')),
  };
}

export function logsOf(state: InstanceState): NamedLog[] {
  return engineFor(state.mode).logsOf(state);
}

interface Removal {
  removed: string[];
  warnings: string[];
}

/** The given cert-dir given back as it was, then the work directory (our own cert-dir is inside). */
async function removeSharedFiles(state: InstanceState): Promise<Removal> {
  const removal: Removal = { removed: [], warnings: [] };
  if (state.certDir && state.certDirWasGiven) await restoreGivenCertDir(state, state.certDir, removal);
  if (await fs.lstat(state.workDir).catch(() => undefined)) {
    await io.rmRF(state.workDir).then(
      () => removal.removed.push(state.workDir),
      (error: Error) => removal.warnings.push(`removing ${state.workDir}: ${error.message}`),
    );
  }
  return removal;
}

/**
 * Undoes what main did to a user-given cert-dir, and nothing else: server/ and client/ only while
 * they are still the directories main made (same device and inode: not a directory or symlink put
 * there since), the directories made for it (innermost first, only when empty), and the mode of a
 * directory that existed before, while it is still that directory.
 */
async function restoreGivenCertDir(state: InstanceState, certDir: string, removal: Removal): Promise<void> {
  const identities = state.certDirIdentities ?? {};
  for (const path of [join(certDir, 'server'), join(certDir, 'client')]) {
    if (!(await fs.lstat(path).catch(() => undefined))) continue;
    if (identities[path] && (await isSameFile(path, identities[path]))) {
      await io.rmRF(path);
      removal.removed.push(path);
    } else {
      removal.warnings.push(`${path} was left alone: it is not the directory the main step made there`);
    }
  }
  for (const dir of [...(state.certDirCreated ?? [])].reverse()) {
    if (!identities[dir] || !(await isSameFile(dir, identities[dir]))) continue;
    // Only when empty: what someone else put there since is theirs.
    const emptied = await fs.rmdir(dir).then(
      () => true,
      () => false,
    );
    if (emptied) removal.removed.push(dir);
  }
  const itself = identities[certDir];
  if (state.certDirMode !== undefined && itself && (await isSameFile(certDir, itself))) {
    await chmodDirNoFollow(certDir, state.certDirMode);
  }
}
