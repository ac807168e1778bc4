import { type OptionNames } from './names.js';
/** `TLS-Verify`, `tls_verify` and `tlsverify` are one key to dockerd. */
export declare function normalisedDaemonKey(key: string): string;
/** Why `key` may not be set in daemon-config, or undefined when it may. */
export declare function refusedDaemonKey(key: string): string | undefined;
/** The daemon-config option: a JSON object of daemon.json settings, none of them a key we own. */
export declare function parseDaemonConfig(raw: string, names: OptionNames): Record<string, unknown>;
