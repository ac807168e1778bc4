import { DockerTlsError } from './errors.js';
import { ENGINE_KINDS, type EngineKind } from './options/options.js';

/**
 * What main made, recorded step by step so that post, `docker-tls down` or the roll-back after a
 * failure can undo exactly that. Every field past the first few is optional: main may have stopped
 * anywhere. Each engine adds fields of its own (engines/<mode>/state.ts).
 */
export interface InstanceState {
  version: 1;
  /** The mode that made it, and so the engine that takes it down. */
  mode: EngineKind;
  /** Short random id; part of every name and path we create, so leftovers are recognisable. */
  id: string;
  /** Our own directory: the engine's files (and the certificates by default). */
  workDir: string;
  certDir?: string;
  /** True when cert-dir was given: then only our server/ and client/ are removed from it, ... */
  certDirWasGiven?: boolean;
  /** ... and the directory itself only when it did not exist before (and is left empty). */
  certDirExisted?: boolean;
  /** Directories made for a given cert-dir (it and missing parents), outermost first. */
  certDirCreated?: string[];
  /** Device and inode of what was made in a given cert-dir: removed only while still the same. */
  certDirIdentities?: Record<string, { dev: number; ino: number }>;
  /** The mode a given cert-dir had before (it is made private while in use): restored at teardown. */
  certDirMode?: number;
  dockerHost?: string;
  expiresAt?: string;
  /** The docker context, recorded (by its marker) before it is made; its name once made. */
  context?: { marker: string; name?: string };
  /** What clients were told once the daemon was ready (DOCKER_HOST, ...): `docker-tls env` prints it again. */
  environment?: Record<string, string>;
}

/** Thrown by parseState: the text is not a state record; the adapters word what that means. */
export class StateError extends DockerTlsError {
  constructor(message: string) {
    super(message);
    this.name = 'StateError';
  }
}

/**
 * The one reader of a saved state, for post and `docker-tls down`. Undefined for a record that names
 * nothing to remove (no id or work directory); a StateError for text that is not a record at all.
 */
export function parseState(text: string): InstanceState | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StateError((error as Error).message);
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const state = parsed as Partial<InstanceState>;
  if (typeof state.id !== 'string' || typeof state.workDir !== 'string') return undefined;
  if (!(ENGINE_KINDS as readonly unknown[]).includes(state.mode)) {
    throw new StateError(`unknown mode ${JSON.stringify(state.mode)}`);
  }
  return state as InstanceState;
}

/** Why one field of a saved state is not what main writes there ("is not a pid"), or undefined. */
export type FieldCheck<S> = (value: unknown, state: S) => string | undefined;

/** Every field a mode's state may have, with its check. */
export type FieldChecks<S> = Record<string, FieldCheck<S>>;

/**
 * Why `state` is not what main wrote: each field checked, and any field main never writes refused
 * (a forged record gains nothing from fields the code would ignore today and read tomorrow).
 */
export function problemsOfFields<S extends object>(state: S, checks: FieldChecks<S>): string[] {
  return Object.entries(state).flatMap(([field, value]) => {
    if (!Object.hasOwn(checks, field)) return [`it has a field ${JSON.stringify(field)} that main never writes`];
    if (value === undefined) return [];
    const problem = checks[field](value, state);
    return problem ? [`its ${field} ${JSON.stringify(value)} ${problem}`] : [];
  });
}

export const isBoolean: FieldCheck<unknown> = (value) =>
  typeof value === 'boolean' ? undefined : 'is not true or false';

export const isPid: FieldCheck<unknown> = (value) =>
  Number.isInteger(value) && (value as number) > 1 ? undefined : 'is not a pid';

/** A device and inode, as fs.stat gives them. */
export const isFileIdentity: FieldCheck<unknown> = (value) => {
  const identity = value as { dev?: unknown; ino?: unknown } | null;
  const keys = typeof identity === 'object' && identity !== null ? Object.keys(identity).sort().join() : '';
  return keys === 'dev,ino' && Number.isInteger(identity!.dev) && Number.isInteger(identity!.ino)
    ? undefined
    : 'is not a device and inode';
};

/** Exactly the value main derives from the rest of the state. */
export function equalTo<S>(expected: (state: S) => unknown): FieldCheck<S> {
  return (value, state) => (value === expected(state) ? undefined : `is not ${JSON.stringify(expected(state))}`);
}
