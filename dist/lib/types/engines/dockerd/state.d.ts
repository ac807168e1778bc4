import { type FieldChecks, type InstanceState } from '../../core/state.js';
import type { IptablesBackend } from '../../host/network/iptables.js';
/** What the dockerd engine records beyond every engine's fields. */
export interface DockerdState extends InstanceState {
    /** Root came through sudo: teardown uses it too. */
    viaSudo?: boolean;
    execRoot?: string;
    dataRoot?: string;
    pidFile?: string;
    logFile?: string;
    /** dockerd's own unix socket, used to stop containers quickly at teardown. */
    socket?: string;
    bridge?: string;
    /** The /20 our bridge and every network of our dockerd take their subnets from. */
    addressBlock?: string;
    /** Set before our firewall chains are installed, so that a start stopped half-way still removes them. */
    firewall?: boolean;
    /** The iptables our chains went into, once they are in. */
    firewallBackend?: IptablesBackend;
    /** Set before net.ipv4.ip_forward is held for us: teardown releases the hold. */
    ipForwardHeld?: boolean;
    /** pid of the process we spawned (dockerd, or sudo in front of it). */
    spawnedPid?: number;
    /** dockerd's own pid, from its pidfile. */
    pid?: number;
    /** pid of our own containerd (or of sudo in front of it). */
    containerdPid?: number;
    containerdLogFile?: string;
    /** /etc/docker/key.json as our dockerd (20.10) wrote it, when there was none before. */
    trustKey?: {
        dev: number;
        ino: number;
    };
    /** /etc/docker was made by our dockerd too. */
    trustKeyDirMade?: boolean;
}
/**
 * The dockerd engine's fields of a saved state, each as launch.ts records it: files in the work
 * directory, the exec-root `/run/dtls-<id>` or `/tmp/dtls-<id>`, the bridge named after the
 * instance, a block of our ranges, a firewall backend we drive, pids that are positive integers.
 */
export declare const DOCKERD_STATE_FIELDS: FieldChecks<DockerdState>;
