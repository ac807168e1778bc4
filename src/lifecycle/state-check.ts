import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { CLIENT_VARIABLES } from '../core/client-environment.js';
import { contextMarker, isInstanceId, markerOf } from '../core/naming.js';
import { ENGINE_KINDS } from '../core/options/options.js';
import {
  type FieldCheck,
  type FieldChecks,
  type InstanceState,
  StateError,
  equalTo,
  isBoolean,
  isFileIdentity,
  parseState,
  problemsOfFields,
} from '../core/state.js';
import { hasControlCharacter } from '../core/text.js';
import type { Engine } from '../engines/engine.js';
import { engineFor } from '../engines/index.js';
import { untrustedComponentOf } from '../host/files.js';

/**
 * A saved state is read back by post, `docker-tls down` and `env`, and the library's stopDaemon,
 * which then kill and `rm -rf` as root what it names, or print it for a shell to eval. Anyone who
 * can write the state (a step of the job, a user who can write the CLI's state file, a caller of the
 * library) could otherwise aim that at any process or path: before anything is touched, every field
 * must be what main would have written, and a state file must be safe from other users. An empty
 * id, for one, would make the marker match every instance on the machine.
 */

/** `<tempDir>/dtls-<id>`: where main makes the work directory. */
export function isWorkDirOf(workDir: string, id: string, tempDir: string): boolean {
  return isCleanAbsolute(workDir) && dirname(workDir) === resolve(tempDir) && basename(workDir) === markerOf(id);
}

/** Absolute, normalised (no `..`, no `//`), without control characters. */
export function isCleanAbsolute(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    isAbsolute(path) &&
    normalize(path) === path &&
    path !== '/' &&
    !hasControlCharacter(path)
  );
}

const isText = (value: unknown): value is string => typeof value === 'string' && !hasControlCharacter(value);
const DOCKER_HOST = /^tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;

/** A given cert-dir is absolute; our own is `<work dir>/certs`. */
const certDirCheck: FieldCheck<InstanceState> = (value, state) => {
  if (!isCleanAbsolute(value)) return 'is not an absolute path';
  return state.certDirWasGiven || value === join(state.workDir, 'certs') ? undefined : 'is not in the work directory';
};

/** Directories made for a given cert-dir: it or directories above it. */
const createdCheck: FieldCheck<InstanceState> = (value, state) => {
  const certDir = state.certDir ?? '';
  const isAncestorOrSelf = (dir: unknown) => isCleanAbsolute(dir) && (dir === certDir || certDir.startsWith(`${dir}/`));
  return Array.isArray(value) && value.every(isAncestorOrSelf) ? undefined : 'are not cert-dir or above it';
};

/** What was made in a given cert-dir, by device and inode: only it, server/, client/ and the directories made. */
const identitiesCheck: FieldCheck<InstanceState> = (value, state) => {
  const certDir = state.certDir ?? '';
  const allowed = new Set([certDir, ...(state.certDirCreated ?? []), join(certDir, 'server'), join(certDir, 'client')]);
  const entries = typeof value === 'object' && value !== null ? Object.entries(value) : undefined;
  const fine = entries?.every(([path, identity]) => allowed.has(path) && isFileIdentity(identity, state) === undefined);
  return fine ? undefined : 'names other paths than what was made in cert-dir';
};

/** What clients were told: the variables we set, with values on one line; TLS verification on. */
const environmentCheck: FieldCheck<InstanceState> = (value) => {
  const entries = typeof value === 'object' && value !== null ? Object.entries(value) : [];
  const fine =
    entries.length > 0 &&
    entries.every(([name, text]) => (CLIENT_VARIABLES as readonly string[]).includes(name) && isText(text)) &&
    (value as Record<string, string>).DOCKER_TLS_VERIFY === '1';
  return fine ? undefined : `is not the variables ${CLIENT_VARIABLES.join(', ')}`;
};

/** The fields every mode writes (core/state.ts), each with the check of what main puts there. */
function sharedFields(tempDir: string): FieldChecks<InstanceState> {
  return {
    version: equalTo(() => 1),
    mode: (value) => ((ENGINE_KINDS as readonly unknown[]).includes(value) ? undefined : 'is not a mode'),
    id: (value) => (isInstanceId(String(value)) ? undefined : 'is not 8 hexadecimal digits'),
    workDir: (value, state) =>
      isWorkDirOf(String(value), state.id, tempDir)
        ? undefined
        : `is not ${join(resolve(tempDir), markerOf(state.id))}`,
    certDir: certDirCheck,
    certDirWasGiven: isBoolean,
    certDirExisted: isBoolean,
    certDirCreated: createdCheck,
    certDirIdentities: identitiesCheck,
    certDirMode: (value) =>
      Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0o7777 ? undefined : 'is not a mode',
    dockerHost: (value) => (isText(value) && DOCKER_HOST.test(value) ? undefined : 'is not tcp://host:port'),
    expiresAt: (value) =>
      isText(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value
        ? undefined
        : 'is not a time (ISO 8601)',
    context: (value, state) => {
      const { marker, name, ...rest } = (value ?? {}) as { marker?: unknown; name?: unknown };
      const fine =
        marker === contextMarker(state.id) && (name === undefined || (isText(name) && CONTEXT_NAME.test(name)));
      return fine && Object.keys(rest).length === 0 ? undefined : 'is not a docker context of this instance';
    },
    environment: environmentCheck,
  };
}

/**
 * Why a saved state may not be torn down: every field checked against what main writes, the
 * shared ones against `tempDir` (the parent main made its work directory in), the rest against its
 * mode's engine. Empty when it is what main would have written.
 */
export function problemsOfSavedState(state: InstanceState, tempDir: string, engine?: Engine): string[] {
  // Every other check names paths and names by the id: a bad one makes them all meaningless.
  if (!isInstanceId(String(state.id))) return [`its id ${JSON.stringify(state.id)} is not 8 hexadecimal digits`];
  const fields = { ...sharedFields(tempDir), ...(engine ?? engineFor(state.mode)).stateFields };
  return problemsOfFields(state, fields);
}

/**
 * A state file must be a regular file of this user (or root), that no other user may write, in a
 * directory no other user can change: who can write it chooses what `down` kills and removes as
 * root, and what `env` prints for a shell to eval.
 */
async function problemsOfStateFile(file: string): Promise<string[]> {
  const uid = process.getuid?.() ?? 0;
  const stat = await fs.lstat(file);
  if (!stat.isFile()) return [`${file} is not a regular file (a symlink or something else)`];
  const problems: string[] = [];
  if (stat.uid !== uid && stat.uid !== 0) problems.push(`it is owned by another user (uid ${stat.uid})`);
  if (stat.mode & 0o022) problems.push('other users may write it');
  const untrusted = await untrustedComponentOf(dirname(file), uid);
  if (untrusted) problems.push(`${untrusted.path} is not safe from other users (${untrusted.reason})`);
  return problems;
}

export interface StateSource {
  /** The record as text (the runner's state, a file), or as an object (the library). */
  record: string | object;
  /** Where main made its work directory: RUNNER_TEMP, the state file's directory, --state-dir. */
  tempDir: string;
  /** The file it was read from, when it was. */
  file?: string;
  /** What is said of it when it is refused: "The saved state is not one the main step writes". */
  refusal: string;
}

/**
 * The one check every reader of a saved state makes (post, `down`, `env`, stopDaemon): the file,
 * then every field. Undefined for a record that names nothing to remove; a StateError naming every
 * problem, with nothing touched, for one that is not what main wrote.
 */
export async function checkSavedState(source: StateSource): Promise<InstanceState | undefined> {
  const refuse = (problems: string[]) =>
    new StateError(`${source.refusal} (${problems.join('; ')}): nothing was stopped, removed or printed.`);
  const fileProblems = source.file ? await problemsOfStateFile(source.file) : [];
  if (fileProblems.length > 0) throw refuse(fileProblems);
  let state: InstanceState | undefined;
  try {
    state = parseState(typeof source.record === 'string' ? source.record : JSON.stringify(source.record));
  } catch (error) {
    throw refuse([(error as Error).message]);
  }
  if (!state) return undefined;
  const problems = problemsOfSavedState(state, source.tempDir);
  if (problems.length > 0) throw refuse(problems);
  return state;
}
