import type { InstanceState } from '../lifecycle/state.js';

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
