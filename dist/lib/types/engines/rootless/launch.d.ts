import { type Endpoint } from '../../core/endpoint.js';
import type { EngineRun, LaunchedDaemon } from '../engine.js';
import { type RootlessPaths, type RootlessState } from './state.js';
type Run = EngineRun<RootlessState>;
/** The programs the checks found, by absolute path. */
export interface RootlessTools {
    rootlesskit: string;
    dockerd: string;
    /** The user-mode network: slirp4netns where installed (Docker's default), else pasta. */
    network: {
        driver: 'slirp4netns' | 'pasta';
        program: string;
    };
}
/**
 * A rootless dockerd: rootlesskit makes a user, mount, network and pid namespace as this user,
 * with the user-mode network driver, and publishes the TLS port on this machine through its port
 * driver; dockerd runs in there on the server certificates, with a containerd of its own.
 */
export declare function launchRootless(run: Run, tools: RootlessTools): Promise<LaunchedDaemon>;
/** rootlesskit's flags as Docker's dockerd-rootless.sh sets them, plus a pid namespace and our port. */
export declare function rootlesskitCommand(tools: RootlessTools, paths: RootlessPaths, listen: Endpoint): string[];
/**
 * In the daemon's own network namespace its TLS port listens on loopback, where the port driver
 * connects; containers' published ports bind on this machine to the daemon's own address, as in
 * mode dockerd. iptables stays on: in there it changes only the namespace's own tables.
 */
export declare function rootlessDaemonJson(paths: RootlessPaths, listen: Pick<Endpoint, 'bindHost' | 'port'>, tls: {
    ca: string;
    cert: string;
    key: string;
}, userConfig: Record<string, unknown>): Record<string, unknown>;
/**
 * On a cgroup v2 machine run by systemd, a rootless dockerd takes systemd's cgroup driver, which
 * works through the user's own systemd: reached by the session bus of a login (or lingering) user.
 * A job's user has none when the runner is a service or the job came through sudo, and every
 * container then fails to start ("open /sys/fs/cgroup/user.slice/user-UID.slice/cgroup.controllers:
 * no such file or directory"). Without that bus the daemon runs its containers without cgroups of
 * their own (dockerd's "none" driver, as on cgroup v1); a daemon-config with exec-opts wins.
 */
export declare function cgroupSettings(uid: number, userConfig: Record<string, unknown>, busExists?: (path: string) => Promise<boolean>): Promise<{
    config: Record<string, unknown>;
    env: Record<string, string>;
}>;
export {};
