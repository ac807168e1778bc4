import type { ProcessInfo } from '../../host/processes.js';
/**
 * Which processes belong to an instance, by exact arguments rather than by a substring of the
 * command line: `tail -f /tmp/dtls-…/docker.log`, an editor or a shell script naming the instance
 * must never be killed. Ours are:
 *  - dockerd (or sudo in front of it) with `--config-file <work dir>/daemon.json`,
 *  - containerd (or sudo in front of it) with `--config <work dir>/containerd.toml`,
 *  - the network watch with `--watch-config <work dir>/network-watch.json`,
 *  - containerd's shims with `-namespace dtls-<id>` (or its plugins namespace) and `-address` our
 *    containerd's socket under the exec-root,
 *  - and what descends from those (containers).
 */
export interface InstanceIdentity {
    /** `dtls-<id>`. */
    marker: string;
    /** The work directory, when known (teardown); the crash sweep knows only its name's form. */
    workDir?: string;
    /** Exec-roots the instance may have: its socket lies under one of them. */
    execRoots: readonly string[];
}
/** The value after `flag` (`flag value` or `flag=value`), undefined when absent. */
export declare function argumentOf(argv: readonly string[], flag: string): string | undefined;
/** dockerd (or sudo in front of it) on the instance's daemon.json. */
export declare function isInstanceDaemon(argv: readonly string[], identity: InstanceIdentity): boolean;
/** The instance's network watch (network-watch-process.ts), a node process of the job's user. */
export declare function isNetworkWatch(argv: readonly string[], identity: InstanceIdentity): boolean;
export declare function isInstanceProcess(argv: readonly string[], identity: InstanceIdentity): boolean;
/** The instance's processes and all of their descendants; never `self` or an ancestor of it. */
export declare function processesOfInstance(all: ProcessInfo[], identity: InstanceIdentity, self?: number): ProcessInfo[];
/** `self` and its ancestors: a CLI invoked with our paths in its arguments must not kill itself. */
export declare function ancestorsOf(all: ProcessInfo[], self?: number): Set<number>;
