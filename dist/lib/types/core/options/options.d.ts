import { type KeyAlgorithm } from '../pki/algorithms.js';
import { type SubjectAltName } from '../san.js';
import { type DindSettings } from './dind.js';
import { type CertificateOptionNames, type OptionKey, type OptionNames } from './names.js';
/** How the daemon runs: one of ours on this machine, a dind container, or no daemon (certificates only). */
export declare const MODES: readonly ["dockerd", "dind", "certs"];
export type Mode = (typeof MODES)[number];
/**
 * The engines behind the modes: mode dockerd runs a rootful or a rootless dockerd (`rootless`), so
 * the engine a state names is one of these, not a mode.
 */
export declare const ENGINE_KINDS: readonly ["dockerd", "dind", "certs", "rootless"];
export type EngineKind = (typeof ENGINE_KINDS)[number];
/** The engine that runs these options: the mode's, or the rootless dockerd. */
export declare function engineKindOf(options: Pick<Options, 'mode' | 'rootless'>): EngineKind;
/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
export declare const CERT_VALIDITY_BOUNDS: {
    minMs: number;
    maxMs: number;
    example: string;
};
export declare const STARTUP_TIMEOUT_BOUNDS: {
    minMs: number;
    maxMs: number;
    example: string;
};
/** The one set of defaults, as a user would type them; action.yml shows the same (a test compares). */
export declare const OPTION_DEFAULTS: {
    mode: string;
    host: string;
    port: string;
    sans: string;
    validity: string;
    keyAlgorithm: "ecdsa-p256" | "ecdsa-p384" | "rsa-2048" | "rsa-3072" | "rsa-4096";
    certDir: string;
    daemonConfig: string;
    startupTimeout: string;
    outbound: string;
    rootless: string;
    context: string;
    dindEngine: string;
    dindEngineCertPath: string;
    dindImage: string;
    dindPrivileged: string;
    dindNetwork: string;
    dindAlias: string;
    dindVolume: string;
    dindArgs: string;
};
export interface CertificateOptions {
    keyAlgorithm: KeyAlgorithm;
    validityMs: number;
    serverSans: SubjectAltName[];
}
export interface RawCertificateOptions {
    keyAlgorithm?: string;
    validity?: string;
    sans?: string | readonly string[];
}
/** Validates everything before anything is generated or written. */
export declare function parseCertificateOptions(raw: RawCertificateOptions, names: CertificateOptionNames): CertificateOptions;
/** The options as the user typed them, by option; a list option may come as several values (repeated flags). */
export type RawOptions = Partial<Record<Exclude<OptionKey, 'sans'>, string>> & {
    sans?: string | readonly string[];
};
/** Every option of a start, validated: what the adapters hand to the lifecycle. */
export interface Options extends CertificateOptions {
    mode: Mode;
    /** Address the daemon binds its TCP socket to. */
    host: string;
    /** 0 picks a free port. */
    port: number;
    /** Where the certificates go; undefined for a new directory of our own. */
    certDir?: string;
    daemonConfig: Record<string, unknown>;
    startupTimeoutMs: number;
    /** Containers reach networks beyond this machine (forwarding and NAT of our own); false: only each other and the host. */
    outbound: boolean;
    /** Mode dockerd as the invoking user, in rootlesskit's namespaces: no root, no sudo. */
    rootless: boolean;
    /** The docker context to make; undefined for none. */
    context?: string;
    /** How mode dind runs its container; absent in the other modes. */
    dind?: DindSettings;
    /** How the adapter names these options, for the hints of errors met later. */
    names: OptionNames;
}
export declare function parseMode(raw: string, input: string): Mode;
/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
export declare function parseOptions(raw: RawOptions, names: OptionNames): Options;
