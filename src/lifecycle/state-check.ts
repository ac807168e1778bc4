import { basename, dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { hasControlCharacter } from '../core/text.js';
import { isInstanceId, markerOf } from '../core/naming.js';
import type { InstanceState } from '../core/state.js';
import { engineFor } from '../engines/index.js';

/**
 * A saved state is read back by post and `docker-tls down`, which then kill and `rm -rf` as root
 * what it names. Anyone who can write the state (a step of the job, a user who can write the CLI's
 * state file) could otherwise aim that at any process or path: before anything is touched, every
 * field must be what main would have written. An empty id, for one, would make the marker match
 * every instance on the machine.
 */

/** `<tempDir>/dtls-<id>`: where main makes the work directory. */
export function isWorkDirOf(workDir: string, id: string, tempDir: string): boolean {
  return isCleanAbsolute(workDir) && dirname(workDir) === resolve(tempDir) && basename(workDir) === markerOf(id);
}

/** Absolute, normalised (no `..`, no `//`), without control characters. */
export function isCleanAbsolute(path: string): boolean {
  return isAbsolute(path) && normalize(path) === path && path !== '/' && !hasControlCharacter(path);
}

/** Why `state` cannot be trusted for a teardown; empty when every field lies where main puts it. */
export function problemsOfState(state: InstanceState, tempDir: string): string[] {
  const problems: string[] = [];
  if (typeof state.id !== 'string' || !isInstanceId(state.id)) {
    return [`its id ${JSON.stringify(state.id)} is not 8 hexadecimal digits`];
  }
  if (!isWorkDirOf(state.workDir, state.id, tempDir)) {
    problems.push(
      `its work directory ${JSON.stringify(state.workDir)} is not ${join(resolve(tempDir), markerOf(state.id))}`,
    );
  }
  if (state.certDir !== undefined) {
    const ours = join(state.workDir, 'certs');
    if (typeof state.certDir !== 'string' || !isCleanAbsolute(state.certDir)) {
      problems.push(`its cert-dir ${JSON.stringify(state.certDir)} is not an absolute path`);
    } else if (!state.certDirWasGiven && state.certDir !== ours) {
      problems.push(`its own cert-dir ${JSON.stringify(state.certDir)} is not ${ours}`);
    } else {
      problems.push(...problemsOfCertDirRecord(state, state.certDir));
    }
  }
  return problems;
}

/** What main records of a given cert-dir: directories it made above it, its two, a mode. */
function problemsOfCertDirRecord(state: InstanceState, certDir: string): string[] {
  const problems: string[] = [];
  const created = state.certDirCreated ?? [];
  const isAncestorOrSelf = (dir: unknown) =>
    typeof dir === 'string' && isCleanAbsolute(dir) && (dir === certDir || certDir.startsWith(`${dir}/`));
  if (!Array.isArray(created) || !created.every(isAncestorOrSelf)) {
    problems.push('its directories made for cert-dir are not cert-dir or above it');
  }
  const allowed = new Set([certDir, ...created, join(certDir, 'server'), join(certDir, 'client')]);
  const identities = Object.entries(state.certDirIdentities ?? {});
  const isIdentity = (value: unknown) =>
    typeof value === 'object' &&
    value !== null &&
    Number.isInteger((value as { dev: unknown }).dev) &&
    Number.isInteger((value as { ino: unknown }).ino);
  if (!identities.every(([path, identity]) => allowed.has(path) && isIdentity(identity))) {
    problems.push('its record of what was made in cert-dir names other paths');
  }
  const mode = state.certDirMode;
  if (mode !== undefined && !(Number.isInteger(mode) && mode >= 0 && mode <= 0o7777)) {
    problems.push(`its cert-dir mode ${JSON.stringify(mode)} is not a mode`);
  }
  return problems;
}

/**
 * Why a saved state may not be torn down: its shared fields (checked against `tempDir`, the parent
 * main made its work directory in) and its engine's. Empty when it is what main would have written.
 */
export function problemsOfSavedState(state: InstanceState, tempDir: string): string[] {
  const shared = problemsOfState(state, tempDir);
  if (shared.length > 0) return shared;
  return engineFor(state.mode).problemsOf(state);
}
