/** true/false as a workflow or a shell writes them: true, yes, 1, on; false, no, 0, off. */
export declare function parseBoolean(input: string, raw: string): boolean;
export declare function parseHost(raw: string, input: string): string;
export declare function parsePort(raw: string, input: string): number;
/**
 * A path a user gives (cert-dir, --state-dir, --out): absolute afterwards, and free of control
 * characters, which would forge lines wherever the path is logged.
 */
export declare function parsePath(raw: string, input: string): string;
/**
 * A docker context for clients that do not read DOCKER_HOST/DOCKER_CERT_PATH (buildx): its name,
 * or `none` for none. The action makes `docker-tls` by default; the CLI and the library only when asked.
 */
export declare const DEFAULT_CONTEXT_NAME = "docker-tls";
export declare const NO_CONTEXT = "none";
/** The context name asked for, or undefined for `none`. */
export declare function parseContextName(raw: string, input: string): string | undefined;
