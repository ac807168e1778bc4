import type { IptablesBackend } from '../../host/network/iptables.js';
import type { Privilege } from '../../host/privilege.js';
import type { NetworkWatchSpec } from './network-watch.js';
/** The option that names a watch's configuration, and by it the process as the instance's. */
export declare const WATCH_CONFIG_OPTION = "--watch-config";
export declare const WATCH_CONFIG_FILE = "network-watch.json";
/** What a watch process is told: what to open, where, and how to reach the daemon. */
export interface NetworkWatchConfig {
    spec: NetworkWatchSpec;
    backend: IptablesBackend;
    privilege: Pick<Privilege, 'prefix' | 'viaSudo' | 'env'>;
    /** dockerd's unix socket; where this user may not use it, dockerHost over mutual TLS (reachOurDaemon). */
    socket: string;
    dockerHost: string;
    /** The client's DOCKER_CERT_PATH. */
    certPath: string;
}
export declare function networkWatchPaths(workDir: string): {
    config: string;
    log: string;
};
/** Starts the watch beside our running dockerd; it ends by itself when dockerd stops. */
export declare function startNetworkWatch(workDir: string, config: NetworkWatchConfig): Promise<number | undefined>;
/** The bridges the instance's watch opened, and the problems it logged, from its log. */
export declare function networkWatchReport(workDir: string): Promise<{
    opened: string[];
    problems: string[];
}>;
