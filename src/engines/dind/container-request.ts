import { dirname } from 'node:path';
import type { Endpoint } from '../../core/endpoint.js';
import { markerOf } from '../../core/naming.js';
import type { ContainerCreateRequest, Mount } from '../../host/engine-api/types.js';

/** Where the dind container finds our server certificates and its daemon.json. */
export const CONTAINER_CERT_DIR = '/certs/server';
export const CONTAINER_DAEMON_JSON = '/etc/docker/daemon.json';
export const DIND_PORT = 2376;
export const DIND_DATA_DIR = '/var/lib/docker';
/** Written after the certificates: the waiting entrypoint starts the image's own only then. */
export const CERTIFICATES_READY_FILE = 'ready';
/** How long the waiting entrypoint waits for the certificates before it gives up. */
const WAIT_GIVE_UP_SECONDS = 120;

/** Labels on everything made in dind mode: whose it is, so teardown and sweeps never touch others'. */
export const LABEL_INSTANCE = 'io.github.docker-tls-action.instance';
export const LABEL_ROLE = 'io.github.docker-tls-action.role';

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

export function dindContainerName(instanceId: string): string {
  return `${markerOf(instanceId)}-dind`;
}

export function dindLabels(instanceId: string, role: string): Record<string, string> {
  return { [LABEL_INSTANCE]: instanceId, [LABEL_ROLE]: role };
}

/**
 * The command for the image's entrypoint. It starts with `dockerd` so that the official image's
 * entrypoint adds no listeners of its own (with arguments starting with "-" it would add
 * tcp://0.0.0.0:2375), yet still runs its dind wrapper.
 */
export function dindCommand(dindArgs: readonly string[]): string[] {
  return [
    'dockerd',
    '--host=unix:///var/run/docker.sock',
    `--host=tcp://0.0.0.0:${DIND_PORT}`,
    '--tlsverify',
    `--tlscacert=${CONTAINER_CERT_DIR}/ca.pem`,
    `--tlscert=${CONTAINER_CERT_DIR}/cert.pem`,
    `--tlskey=${CONTAINER_CERT_DIR}/key.pem`,
    ...dindArgs,
  ];
}

/**
 * What `--privileged` grants that dockerd inside needs, without the capability a runner's bounding
 * set may lack (CAP_SYS_RESOURCE): an engine of 20.10's age refuses --privileged there (an engine
 * that lacks it and cannot drop it gets the request without the drop: createDindContainer). The
 * same as `--cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined --security-opt
 * apparmor=unconfined --security-opt systempaths=unconfined --device-cgroup-rule 'a *:* rwm'
 * -v /sys/fs/cgroup:/sys/fs/cgroup:rw` (systempaths is the CLI's name for empty masked and
 * read-only path lists).
 */
export function unprivilegedHostConfig(): Partial<ContainerCreateRequest['HostConfig']> {
  return {
    Privileged: false,
    CapAdd: ['ALL'],
    CapDrop: ['SYS_RESOURCE'],
    SecurityOpt: ['seccomp=unconfined', 'apparmor=unconfined'],
    MaskedPaths: [],
    ReadonlyPaths: [],
    DeviceCgroupRules: ['a *:* rwm'],
  };
}

/**
 * Without --privileged, the engine mounts a private cgroup2 namespace read-only; dockerd inside
 * needs it writable (the image's entrypoint then moves itself to a child group and enables the
 * controllers, the nesting step). CAP_SYS_ADMIN, unconfined AppArmor and seccomp allow the remount.
 */
const REMOUNT_CGROUP = [
  'if [ -f /sys/fs/cgroup/cgroup.controllers ] && [ ! -w /sys/fs/cgroup/cgroup.procs ]; then',
  '  mount -o remount,rw /sys/fs/cgroup || echo "docker-tls: cannot make /sys/fs/cgroup writable" >&2',
  'fi',
].join('\n');

/**
 * An entrypoint that waits until the server certificates and the ready file are in
 * /certs/server (written or copied in after start), then runs the image's own entrypoint with the
 * command. It looks every 10 ms: the certificates arrive a few ms after the start, and this wait is
 * on the path to the daemon's first answer. Where `sleep` takes whole seconds only, it looks every
 * second. It gives up, with a message in the container's log, after `giveUpAfterSeconds`.
 */
export function waitingEntrypoint(
  imageEntrypoint: readonly string[],
  wait = { readyFile: `${CONTAINER_CERT_DIR}/${CERTIFICATES_READY_FILE}`, giveUpAfterSeconds: WAIT_GIVE_UP_SECONDS },
  remountCgroup = false,
): string[] {
  const { readyFile, giveUpAfterSeconds } = wait;
  const script = [
    ...(remountCgroup ? [REMOUNT_CGROUP] : []),
    'i=0',
    `while [ ! -e '${readyFile}' ]; do`,
    '  if sleep 0.01 2>/dev/null; then i=$((i + 1)); else sleep 1; i=$((i + 100)); fi',
    `  if [ "$i" -ge ${giveUpAfterSeconds * 100} ]; then echo "docker-tls: no certificates in ${dirname(readyFile)} after ${giveUpAfterSeconds} s; giving up" >&2; exit 1; fi`,
    'done',
    'exec "$@"',
  ].join('\n');
  return ['/bin/sh', '-c', script, 'docker-tls-wait', ...imageEntrypoint];
}

function mountsOf(options: DindContainerOptions): Mount[] {
  const mounts: Mount[] = [];
  if (options.serverCertDir) {
    mounts.push({ Type: 'bind', Source: options.serverCertDir, Target: CONTAINER_CERT_DIR, ReadOnly: true });
  }
  if (options.daemonJsonPath) {
    mounts.push({ Type: 'bind', Source: options.daemonJsonPath, Target: CONTAINER_DAEMON_JSON, ReadOnly: true });
  }
  mounts.push(
    options.volume
      ? { Type: 'volume', Source: options.volume, Target: DIND_DATA_DIR }
      : { Type: 'volume', Target: DIND_DATA_DIR, VolumeOptions: { Labels: dindLabels(options.instanceId, 'data') } },
  );
  if (!options.privileged && !options.cgroupV2)
    mounts.push({ Type: 'bind', Source: '/sys/fs/cgroup', Target: '/sys/fs/cgroup', ReadOnly: false });
  return mounts;
}

/** Without --privileged on cgroup v2: a private cgroup namespace, remounted writable inside. */
function privateCgroup(options: DindContainerOptions): boolean {
  return !options.privileged && options.cgroupV2 === true;
}

/** The container-create body for the dind container; pure, so every option is unit-tested. */
export function buildDindCreateRequest(options: DindContainerOptions): ContainerCreateRequest {
  const portKey = `${DIND_PORT}/tcp`;
  const request: ContainerCreateRequest = {
    Image: options.image,
    ...(options.imageEntrypoint
      ? { Entrypoint: waitingEntrypoint(options.imageEntrypoint, undefined, privateCgroup(options)) }
      : {}),
    Cmd: dindCommand(options.dindArgs),
    // Empty: the image's own certificate generation stays off; ours are mounted.
    Env: ['DOCKER_TLS_CERTDIR='],
    Labels: dindLabels(options.instanceId, 'dind'),
    ExposedPorts: { [portKey]: {} },
    HostConfig: {
      ...(options.privileged ? { Privileged: true } : unprivilegedHostConfig()),
      ...(privateCgroup(options) ? { CgroupnsMode: 'private' as const } : {}),
      Privileged: options.privileged,
      Mounts: mountsOf(options),
      PortBindings: { [portKey]: [{ HostIp: options.listen.bindHost, HostPort: String(options.listen.port) }] },
    },
  };
  if (options.network) {
    request.HostConfig.NetworkMode = options.network;
    request.NetworkingConfig = { EndpointsConfig: { [options.network]: { Aliases: [options.alias] } } };
  }
  return request;
}
