/**
 * What main made, recorded step by step so that post (or a signal handler) can undo exactly that.
 * Every field past the first few is optional: main may have stopped anywhere.
 */
export interface InstanceState {
  version: 1;
  /** Short random id; part of every name and path we create, so leftovers are recognisable. */
  id: string;
  /** Our own directory: daemon.json, log, pidfile, data-root (and the certificates by default). */
  workDir: string;
  viaSudo: boolean;
  certDir?: string;
  /** True when cert-dir was given: then only our server/ and client/ are removed from it, ... */
  certDirWasGiven?: boolean;
  /** ... and the directory itself only when it did not exist before (and is left empty). */
  certDirExisted?: boolean;
  execRoot?: string;
  dataRoot?: string;
  pidFile?: string;
  logFile?: string;
  /** dockerd's own unix socket, used to stop containers quickly at teardown. */
  socket?: string;
  bridge?: string;
  /** pid of the process we spawned (dockerd, or sudo in front of it). */
  spawnedPid?: number;
  /** dockerd's own pid, from its pidfile. */
  pid?: number;
  /** pid of our own containerd (or of sudo in front of it). */
  containerdPid?: number;
  containerdLogFile?: string;
  dockerHost?: string;
  expiresAt?: string;
}

export function markerOf(id: string): string {
  return `dtls-${id}`;
}
