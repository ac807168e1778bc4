import { type KeyAlgorithm } from './pki/algorithms.js';
import type { DindSettings } from './dind/options.js';
import { type SubjectAltName } from './san.js';
/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
export declare const CERT_VALIDITY_BOUNDS: {
    minMs: number;
    maxMs: number;
    example: string;
};
/**
 * How an adapter names each option (an action input, a CLI flag), so that every message and hint
 * says what the user typed. The core never names an option any other way.
 */
export interface OptionNames {
    host: string;
    port: string;
    sans: string;
    validity: string;
    keyAlgorithm: string;
    certDir: string;
    daemonConfig: string;
    startupTimeout: string;
    outbound: string;
    /** How the user writes them: action inputs (`port: 0`) or command-line flags (`--port 0`). */
    style: 'input' | 'flag';
}
export type OptionKey = Exclude<keyof OptionNames, 'style'>;
export type CertificateOptionNames = Pick<OptionNames, 'keyAlgorithm' | 'validity' | 'sans'>;
/** An option as the user types it: `port` for an input, `--port` for a flag. */
export declare function spelled(names: OptionNames, option: OptionKey): string;
/** An option set to a value, as the user would write it: `port: 0` for an input, `--port 0` for a flag. */
export declare function setting(names: OptionNames, option: OptionKey, value: string): string;
/**
 * The options' names, which action.yml uses for its inputs and `docker-tls up` for its flags; each
 * adapter adds its style.
 */
export declare const OPTION_NAMES: {
    host: string;
    port: string;
    sans: string;
    validity: string;
    keyAlgorithm: string;
    certDir: string;
    daemonConfig: string;
    startupTimeout: string;
    outbound: string;
};
/** The one set of defaults, as a user would type them; action.yml shows the same (a test compares). */
export declare const OPTION_DEFAULTS: {
    host: string;
    port: string;
    sans: string;
    validity: string;
    keyAlgorithm: "ecdsa-p256" | "ecdsa-p384" | "rsa-2048" | "rsa-3072" | "rsa-4096";
    certDir: string;
    daemonConfig: string;
    startupTimeout: string;
    outbound: string;
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
/** Keys of daemon.json that would undo or redirect what this action guarantees. */
export declare const PROTECTED_DAEMON_KEYS: readonly ["hosts", "tls", "tlsverify", "tlscacert", "tlscert", "tlskey"];
export interface DaemonOptions extends CertificateOptions {
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
    /** How the adapter names these options, for the hints of errors met later. */
    names: OptionNames;
    /** How dind mode runs its container; absent in the other modes. */
    dind?: DindSettings;
}
export interface RawDaemonOptions extends RawCertificateOptions {
    host?: string;
    port?: string;
    certDir?: string;
    daemonConfig?: string;
    startupTimeout?: string;
    outbound?: string;
}
export declare function parseHost(raw: string, input: string): string;
export declare function parsePort(raw: string, input: string): number;
export declare function parseBoolean(input: string, raw: string): boolean;
export declare function parseDaemonConfig(raw: string, names: OptionNames): Record<string, unknown>;
/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
export declare function parseDaemonOptions(raw: RawDaemonOptions, names: OptionNames): DaemonOptions;
