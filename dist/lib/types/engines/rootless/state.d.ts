import { type FieldChecks, type InstanceState } from '../../core/state.js';
/** What the rootless engine records beyond every engine's fields. */
export interface RootlessState extends InstanceState {
    /** rootlesskit's --state-dir: its API socket and its child's pid. */
    stateDir?: string;
    execRoot?: string;
    dataRoot?: string;
    /** The runtime directory (XDG_RUNTIME_DIR) the daemon gets. */
    runtimeDir?: string;
    pidFile?: string;
    /** rootlesskit's, dockerd's and containerd's output. */
    logFile?: string;
    /** dockerd's unix socket, on this machine's file system (testcontainers mounts it into Ryuk). */
    socket?: string;
    /** pid of rootlesskit, which holds the namespaces, the network driver and the daemon. */
    spawnedPid?: number;
}
export interface RootlessPaths {
    stateDir: string;
    execRoot: string;
    dataRoot: string;
    runtimeDir: string;
    pidFile: string;
    logFile: string;
    socket: string;
    config: string;
}
/**
 * The exec-root holds containerd's sockets, whose paths must stay under the 108 bytes of sun_path:
 * a short directory in /tmp rather than one under a deep RUNNER_TEMP (a user without root has no
 * /run to write to). Everything else lives in the instance's work directory.
 */
export declare const ROOTLESS_EXEC_ROOT_PARENT = "/tmp";
export declare function rootlessPathsIn(workDir: string, id: string): RootlessPaths;
/** Each field exactly as launch.ts records it: paths derived from the work directory and the id. */
export declare const ROOTLESS_STATE_FIELDS: FieldChecks<RootlessState>;
