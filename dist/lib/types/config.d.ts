import { parseBoolean } from './boolean-option.js';
import { type CertificateOptionNames, type OptionNames } from './option-names.js';
import { type KeyAlgorithm } from './pki/algorithms.js';
import { type SubjectAltName } from './san.js';
/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
export declare const CERT_VALIDITY_BOUNDS: {
    minMs: number;
    maxMs: number;
    example: string;
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
/**
 * A path a user gives (cert-dir, --state-dir, --out): absolute afterwards, and free of control
 * characters, which would forge lines wherever the path is logged.
 */
export declare function parsePath(raw: string, input: string): string;
/** How a dind container is run (mode dind; parsed by dind/options.ts, which names the inputs). */
export interface DindSettings {
    /** The outer engine: `unix:///…` or `tcp://host:port`; never a DOCKER_HOST an earlier step exported. */
    engine: string;
    image: string;
    privileged: boolean;
    /** A user network of the outer engine to join (made when absent). */
    network?: string;
    alias: string;
    /** A named volume for /var/lib/docker; an anonymous one, removed in post, when absent. */
    volume?: string;
    args: string[];
}
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
/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
export declare function parseDaemonOptions(raw: RawDaemonOptions, names: OptionNames): DaemonOptions;
export { parseBoolean };
