import type { EngineClient } from '../../host/engine-api/client.js';
/**
 * Container ids this process's cgroups name: cgroup v1 (`…:/docker/<id>`), systemd's scopes
 * (`docker-<id>.scope`), and cgroup v2 (`0::/…<id>…`). With a private cgroup namespace (the default
 * on cgroup v2) the file shows only `0::/` and names nothing.
 */
export declare function idsFromCgroup(text: string): string[];
/**
 * Container ids in this process's mount table: the engine bind-mounts /etc/hostname, /etc/hosts
 * and /etc/resolv.conf from `<data-root>/containers/<id>/`, whatever the cgroup namespace.
 */
export declare function idsFromMountinfo(text: string): string[];
/** Candidates, most telling first: mounts, then cgroups, then a short-id host name. */
export declare function jobContainerCandidates(cgroup: string, mountinfo: string, host: string): string[];
export interface ProcSource {
    cgroup: () => Promise<string>;
    mountinfo: () => Promise<string>;
    hostname: () => string;
}
/**
 * The id of the outer engine's container this process runs in (a workflow `container:` job), or
 * undefined on the runner itself. A candidate counts only when the outer engine knows it as a
 * running container: another engine's container (or a stale id) is not ours to join.
 */
export declare function detectJobContainer(client: Pick<EngineClient, 'inspectContainer'>, source?: ProcSource): Promise<string | undefined>;
