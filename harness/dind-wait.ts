// A dind container's first mTLS answer, for the tests and the bench that run a dind container by
// hand (the action waits through the lifecycle's readiness poll instead).
import { DockerTlsError } from '../src/core/errors.js';
import { waitUntil } from '../src/core/wait.js';
import { type EngineClient } from '../src/host/engine-api/client.js';
import { lastLines } from '../src/core/text.js';

/** The dind container stopped before its daemon answered. */
export class DindExitedError extends DockerTlsError {
  constructor(exitCode: number, log: string) {
    super(
      `The dind container exited (code ${exitCode}) before its Docker daemon answered. Its last log lines:\n${log || '(no output)'}`,
      'Check dind-image (it must run dockerd as docker:dind does), dind-args and daemon-config; with dind-privileged: false the image must not need capabilities beyond those.',
    );
    this.name = 'DindExitedError';
  }
}

export class DindTimeoutError extends DockerTlsError {
  constructor(timeoutMs: number, log: string) {
    super(
      `The dind daemon did not answer an mTLS ping within ${timeoutMs} ms. Its last log lines:\n${log || '(no output)'}`,
      'A slow outer engine may need a longer start-up timeout; the log above shows how far it got.',
    );
    this.name = 'DindTimeoutError';
  }
}

export interface WaitOptions {
  timeoutMs: number;
  /** How often to try the ping; the container's state is checked every tenth try. */
  intervalMs?: number;
  logLines?: number;
}

/**
 * Polls `ping` (true once the daemon answers over mTLS) until it succeeds, the container exits,
 * or the deadline passes; resolves with the milliseconds waited.
 */
export async function waitForDind(
  client: EngineClient,
  containerId: string,
  ping: () => Promise<boolean>,
  options: WaitOptions,
): Promise<number> {
  const started = Date.now();
  const lines = options.logLines ?? 20;
  let attempt = 0;
  const answered = await waitUntil(
    async () => {
      if (await ping().catch(() => false)) return true;
      if (attempt++ % 10 === 9) await throwIfExited(client, containerId, lines);
      return undefined;
    },
    { timeoutMs: options.timeoutMs, intervalMs: options.intervalMs ?? 25 },
  );
  if (answered) return Date.now() - started;
  const log = await client.containerLogs(containerId, lines).catch(() => '');
  throw new DindTimeoutError(options.timeoutMs, lastLines(log, lines));
}

async function throwIfExited(client: EngineClient, containerId: string, lines: number): Promise<void> {
  const info = await client.inspectContainer(containerId);
  if (info && info.State.Running) return;
  const log = info ? await client.containerLogs(containerId, lines).catch(() => '') : '';
  throw new DindExitedError(info?.State.ExitCode ?? -1, lastLines(log, lines));
}
