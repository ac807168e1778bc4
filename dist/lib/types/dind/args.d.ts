/** Why an argument is refused, or undefined when it may be passed to the dind daemon. */
export declare function refusedDindArg(arg: string): string | undefined;
/**
 * Splits the dind-args input (whitespace or new lines between arguments; no shell quoting) and
 * refuses what would take the daemon from behind mutual TLS: the listening addresses and the TLS
 * settings are the action's, as in daemon-config.
 */
export declare function parseDindArgs(raw: string): string[];
