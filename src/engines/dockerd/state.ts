import { join } from 'node:path';
import { markerOf } from '../../core/naming.js';
import {
  type FieldCheck,
  type FieldChecks,
  type InstanceState,
  equalTo,
  isBoolean,
  isFileIdentity,
  isPid,
} from '../../core/state.js';
import { contains, formatCidr, parseCidr } from '../../host/network/ipv4.js';
import type { IptablesBackend } from '../../host/network/iptables.js';
import { BLOCK_BITS, OUR_RANGES } from '../../host/network/pools.js';
import { containerdPaths } from './containerd.js';
import { EXEC_ROOT_PARENTS, dockerdPathsIn } from './paths.js';

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
  trustKey?: { dev: number; ino: number };
  /** /etc/docker was made by our dockerd too. */
  trustKeyDirMade?: boolean;
}

/** Where an exec-root of the instance may be: `/run/dtls-<id>`, or `/tmp/dtls-<id>` without /run. */
function execRootsOf(state: InstanceState): string[] {
  return EXEC_ROOT_PARENTS.map((parent) => join(parent, markerOf(state.id)));
}

/** A file main puts in the work directory or the exec-root (dockerdPathsIn, containerdPaths). */
function fileOf(pick: (paths: ReturnType<typeof dockerdPathsIn>, containerdLog: string) => string) {
  return equalTo<DockerdState>((state) => {
    const execRoot = state.execRoot ?? execRootsOf(state)[0];
    return pick(dockerdPathsIn(state.workDir, execRoot), containerdPaths(state.workDir, execRoot).logFile);
  });
}

/** A /20 of our ranges, as planAddresses cuts it (so a forged 0.0.0.0/0 names no one else's bridges). */
const isOurBlock: FieldCheck<unknown> = (value) => {
  const net = typeof value === 'string' ? parseCidr(value) : undefined;
  const ours =
    net !== undefined &&
    net.bits === BLOCK_BITS &&
    formatCidr(net) === value &&
    OUR_RANGES.some((range) => contains(parseCidr(range)!, net));
  return ours ? undefined : `is not a /${BLOCK_BITS} of ${OUR_RANGES.join(' or ')}`;
};

/**
 * The dockerd engine's fields of a saved state, each as launch.ts records it: files in the work
 * directory, the exec-root `/run/dtls-<id>` or `/tmp/dtls-<id>`, the bridge named after the
 * instance, a block of our ranges, a firewall backend we drive, pids that are positive integers.
 */
export const DOCKERD_STATE_FIELDS: FieldChecks<DockerdState> = {
  viaSudo: isBoolean,
  execRoot: (value, state) =>
    execRootsOf(state).includes(value as string) ? undefined : `is not one of ${execRootsOf(state).join(', ')}`,
  dataRoot: fileOf((paths) => paths.dataRoot),
  pidFile: fileOf((paths) => paths.pidFile),
  logFile: fileOf((paths) => paths.logFile),
  socket: fileOf((paths) => paths.socket),
  containerdLogFile: fileOf((_paths, containerdLog) => containerdLog),
  bridge: equalTo((state) => markerOf(state.id)),
  addressBlock: isOurBlock,
  firewall: isBoolean,
  firewallBackend: (value) =>
    (['iptables-nft', 'iptables-legacy', 'iptables'] as unknown[]).includes(value) ? undefined : 'is not an iptables',
  ipForwardHeld: isBoolean,
  spawnedPid: isPid,
  pid: isPid,
  containerdPid: isPid,
  trustKey: isFileIdentity,
  trustKeyDirMade: isBoolean,
};
