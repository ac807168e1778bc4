import { DockerTlsError } from './errors.js';
import { type EngineKind } from './options/options.js';
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
    certDirIdentities?: Record<string, {
        dev: number;
        ino: number;
    }>;
    /** The mode a given cert-dir had before (it is made private while in use): restored at teardown. */
    certDirMode?: number;
    dockerHost?: string;
    expiresAt?: string;
    /** The docker context, recorded (by its marker) before it is made; its name once made. */
    context?: {
        marker: string;
        name?: string;
    };
    /** What clients were told once the daemon was ready (DOCKER_HOST, ...): `docker-tls env` prints it again. */
    environment?: Record<string, string>;
}
/** Thrown by parseState: the text is not a state record; the adapters word what that means. */
export declare class StateError extends DockerTlsError {
    constructor(message: string);
}
/**
 * The one reader of a saved state, for post and `docker-tls down`. Undefined for a record that names
 * nothing to remove (no id or work directory); a StateError for text that is not a record at all.
 */
export declare function parseState(text: string): InstanceState | undefined;
/** Why one field of a saved state is not what main writes there ("is not a pid"), or undefined. */
export type FieldCheck<S> = (value: unknown, state: S) => string | undefined;
/** Every field a mode's state may have, with its check. */
export type FieldChecks<S> = Record<string, FieldCheck<S>>;
/**
 * Why `state` is not what main wrote: each field checked, and any field main never writes refused
 * (a forged record gains nothing from fields the code would ignore today and read tomorrow).
 */
export declare function problemsOfFields<S extends object>(state: S, checks: FieldChecks<S>): string[];
export declare const isBoolean: FieldCheck<unknown>;
export declare const isPid: FieldCheck<unknown>;
/** A device and inode, as fs.stat gives them. */
export declare const isFileIdentity: FieldCheck<unknown>;
/** Exactly the value main derives from the rest of the state. */
export declare function equalTo<S>(expected: (state: S) => unknown): FieldCheck<S>;
