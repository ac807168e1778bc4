/**
 * How the core reports progress; the action maps it to the runner's workflow commands, the CLI to
 * stderr.
 */
export interface Logger {
    info(message: string): void;
    debug(message: string): void;
    warning(message: string): void;
    group<T>(title: string, body: () => Promise<T>): Promise<T>;
}
export declare const silentLogger: Logger;
