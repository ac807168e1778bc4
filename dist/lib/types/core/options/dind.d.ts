import { type OptionNames } from './names.js';
/**
 * The official image on the major version GitHub-hosted runners run (Docker 28): a major tag takes
 * fixes without the breaking changes of a new major (Docker 29 refuses clients older than API 1.44).
 */
export declare const DEFAULT_DIND_IMAGE = "docker:28-dind";
/** The dind container's name on its networks, and a name in its server certificate. */
export declare const DEFAULT_DIND_ALIAS = "docker";
/** How mode dind runs its container: the action's `dind-*` inputs, `up --dind`'s flags. */
export interface DindSettings {
    /** The outer engine: `unix:///…` or `tcp://host:port`; never a DOCKER_HOST an earlier step exported. */
    engine: string;
    /** A directory with ca.pem, cert.pem and key.pem: mutual TLS to a tcp:// outer engine. */
    engineCertPath?: string;
    image: string;
    privileged: boolean;
    /** A user network of the outer engine to join (made when absent). */
    network?: string;
    alias: string;
    /** A named volume for /var/lib/docker; an anonymous one, removed in post, when absent. */
    volume?: string;
    args: string[];
}
export interface RawDindSettings {
    engine?: string;
    engineCertPath?: string;
    image?: string;
    privileged?: string;
    network?: string;
    alias?: string;
    volume?: string;
    args?: string;
}
/** The defaults as a user types them; action.yml shows the same (a test compares). */
export declare const DIND_DEFAULTS: Record<keyof RawDindSettings, string>;
/** Validates every dind setting before anything is made; errors name the options as the user knows them. */
export declare function parseDindSettings(raw: RawDindSettings, names: OptionNames): DindSettings;
/** Why an argument is refused, or undefined when it may be passed to the dind daemon. */
export declare function refusedDindArg(arg: string): string | undefined;
/**
 * Splits dind-args (whitespace or new lines between arguments; no shell quoting) and refuses what
 * would take the daemon from behind mutual TLS: its addresses and TLS settings are ours, as in
 * daemon-config.
 */
export declare function parseDindArgs(raw: string, input?: string): string[];
