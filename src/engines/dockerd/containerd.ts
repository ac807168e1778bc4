import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { DockerTlsError } from '../../core/errors.js';
import { waitUntil } from '../../core/wait.js';

// A containerd of our own, next to our dockerd. Left to itself, dockerd uses the machine's
// containerd whenever /run/containerd/containerd.sock exists (as on GitHub-hosted runners): its
// containers, tasks and namespaces then live in the runner's containerd, beyond our teardown.

/** Where our containerd keeps its configuration, socket and log. */
export interface ContainerdPaths {
  config: string;
  socket: string;
  logFile: string;
}

export function containerdPaths(workDir: string, execRoot: string): ContainerdPaths {
  return {
    config: join(workDir, 'containerd.toml'),
    // Under exec-root: socket paths must stay within the 108 bytes of sun_path.
    socket: join(execRoot, 'containerd', 'containerd.sock'),
    logFile: join(workDir, 'containerd.log'),
  };
}

/** TOML string literal: JSON's escaping is valid TOML for basic strings. */
const toml = (value: string) => JSON.stringify(value);

const DISABLED_PLUGINS = [
  'io.containerd.grpc.v1.cri',
  'io.containerd.cri.v1.images',
  'io.containerd.cri.v1.runtime',
  'io.containerd.podsandbox.controller.v1.podsandbox',
  'io.containerd.nri.v1.nri',
];

export function containerdConfig(dataRoot: string, execRoot: string, socket: string): string {
  const root = join(dataRoot, 'containerd');
  return [
    'version = 2',
    `root = ${toml(root)}`,
    `state = ${toml(join(execRoot, 'containerd', 'state'))}`,
    // Kubernetes' CRI plugin is of no use to dockerd and slow to load; containerd 2 split it in
    // three, and its runtime part creates /etc/cni/net.d. NRI (on by default in 2) opens
    // /var/run/nri/nri.sock. Both would be left on the machine. Unknown ids are ignored by 1.x.
    `disabled_plugins = ${JSON.stringify(DISABLED_PLUGINS)}`,
    '',
    '[grpc]',
    `  address = ${toml(socket)}`,
    '',
    '[ttrpc]',
    `  address = ${toml(`${socket}.ttrpc`)}`,
    '',
    // Its default, /opt/containerd, would be a directory left on the machine.
    '[plugins."io.containerd.internal.v1.opt"]',
    `  path = ${toml(join(root, 'opt'))}`,
    '',
  ].join('\n');
}

/**
 * The socket exists once containerd listens on it. Only its existence is checked: a runner user
 * that starts containerd through sudo may not connect to a root-owned socket, and dockerd retries
 * its connection by itself.
 */
async function isListening(socket: string): Promise<boolean> {
  return (await fs.stat(socket).catch(() => undefined))?.isSocket() ?? false;
}

export interface ContainerdWait {
  socket: string;
  timeoutMs: number;
  /** How the user names the start-up timeout, for the hint. */
  timeoutOption: string;
  exitReason: () => string | undefined;
  logTail: () => Promise<string>;
  signal?: AbortSignal;
}

/** Polls until containerd listens on its socket, or fails with what its log says. */
export async function waitForContainerd(wait: ContainerdWait): Promise<void> {
  const outcome = await waitUntil(
    async () => ((await isListening(wait.socket)) ? 'listening' : wait.exitReason() ? 'stopped' : undefined),
    { timeoutMs: wait.timeoutMs, intervalMs: 2, backoff: 1.5, maxIntervalMs: 20, signal: wait.signal },
  );
  if (outcome === 'listening') return;
  const log = `\nLast lines of its log:\n${(await wait.logTail()) || '(empty)'}`;
  if (outcome === 'stopped') throw new DockerTlsError(`containerd ${wait.exitReason()} before it was ready.${log}`);
  throw new DockerTlsError(
    `containerd did not open its socket within ${wait.timeoutMs} ms.${log}`,
    `A slow runner may need a longer ${wait.timeoutOption}.`,
  );
}
