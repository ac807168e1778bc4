import type { Endpoint } from '../../core/endpoint.js';
import type { ContainerCreateRequest } from '../../host/engine-api/types.js';
/** Where the dind container finds our server certificates and its daemon.json. */
export declare const CONTAINER_CERT_DIR = "/certs/server";
export declare const CONTAINER_DAEMON_JSON = "/etc/docker/daemon.json";
export declare const DIND_PORT = 2376;
export declare const DIND_DATA_DIR = "/var/lib/docker";
/** Written after the certificates: the waiting entrypoint starts the image's own only then. */
export declare const CERTIFICATES_READY_FILE = "ready";
/** Labels on everything made in dind mode: whose it is, so teardown and sweeps never touch others'. */
export declare const LABEL_INSTANCE = "io.github.docker-tls-action.instance";
export declare const LABEL_ROLE = "io.github.docker-tls-action.role";
export interface DindContainerOptions {
    image: string;
    /**
     * The image's own entrypoint (from its config), run once the certificates are in: the container
     * starts before they are made, because its addresses, which they name, exist only from then.
     */
    imageEntrypoint?: readonly string[];
    instanceId: string;
    /**
     * Host directory holding the server's ca.pem, cert.pem and key.pem, mounted read-only; absent
     * when they are copied into the container before it starts (from a job container, a path of
     * ours is not a path of the outer engine's host).
     */
    serverCertDir?: string;
    /** Host file with the daemon.json for inside (daemon-config), when there is one. */
    daemonJsonPath?: string;
    /** Extra dockerd arguments, already checked by parseDindArgs. */
    dindArgs: readonly string[];
    privileged: boolean;
    /**
     * The outer engine runs on cgroup v2 (its /info). Without --privileged the container then gets
     * a private cgroup namespace made writable, never a bind of the host's hierarchy: on v2 that
     * bind shows the host's root, where dockerd inside makes its cgroups and runc fails.
     */
    cgroupV2?: boolean;
    /** Where the daemon is published on the outer engine's host: the bind address and port. */
    listen: Pick<Endpoint, 'bindHost' | 'port'>;
    /** A user network of the outer engine to join, with the alias other containers use. */
    network?: string;
    alias: string;
    /** A named volume for /var/lib/docker; anonymous (removed with the container) when absent. */
    volume?: string;
}
export declare function dindContainerName(instanceId: string): string;
export declare function dindLabels(instanceId: string, role: string): Record<string, string>;
/**
 * The command for the image's entrypoint. It starts with `dockerd` so that the official image's
 * entrypoint adds no listeners of its own (with arguments starting with "-" it would add
 * tcp://0.0.0.0:2375), yet still runs its dind wrapper.
 */
export declare function dindCommand(dindArgs: readonly string[]): string[];
/**
 * What `--privileged` grants that dockerd inside needs, without the capability a runner's bounding
 * set may lack (CAP_SYS_RESOURCE): an engine of 20.10's age refuses --privileged there (an engine
 * that lacks it and cannot drop it gets the request without the drop: createDindContainer). The
 * same as `--cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined --security-opt
 * apparmor=unconfined --security-opt systempaths=unconfined --device-cgroup-rule 'a *:* rwm'
 * -v /sys/fs/cgroup:/sys/fs/cgroup:rw` (systempaths is the CLI's name for empty masked and
 * read-only path lists).
 */
export declare function unprivilegedHostConfig(): Partial<ContainerCreateRequest['HostConfig']>;
/**
 * An entrypoint that waits until the server certificates and the ready file are in
 * /certs/server (written or copied in after start), then runs the image's own entrypoint with the
 * command. It looks every 10 ms: the certificates arrive a few ms after the start, and this wait is
 * on the path to the daemon's first answer. Where `sleep` takes whole seconds only, it looks every
 * second. It gives up, with a message in the container's log, after `giveUpAfterSeconds`.
 */
export declare function waitingEntrypoint(imageEntrypoint: readonly string[], wait?: {
    readyFile: string;
    giveUpAfterSeconds: number;
}, remountCgroup?: boolean): string[];
/** The container-create body for the dind container; pure, so every option is unit-tested. */
export declare function buildDindCreateRequest(options: DindContainerOptions): ContainerCreateRequest;
