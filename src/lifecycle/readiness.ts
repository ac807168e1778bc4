import type { SecureContext } from 'node:tls';
import type { Endpoint } from '../core/endpoint.js';
import { DockerTlsError } from '../core/errors.js';
import { PROBE_TIMEOUT_MS, pingOnce } from '../core/probes.js';
import { waitUntil } from '../core/wait.js';
import type { LaunchedDaemon } from '../engines/engine.js';

export interface Readiness {
  daemon: LaunchedDaemon;
  endpoint: Endpoint;
  tls: SecureContext;
  timeoutMs: number;
  /** How the user names the start-up timeout (action input or CLI flag), for the hint. */
  timeoutOption: string;
  /** How the user names the extra server names (tls-san), for the hint when a name is missing. */
  sansOption: string;
  signal?: AbortSignal;
}

/**
 * Polls mTLS `/_ping` until the daemon answers 200. Fails at once when the daemon stops, at the
 * deadline otherwise, with what its log says.
 */
export async function waitUntilReady(readiness: Readiness): Promise<void> {
  const { daemon, tls, timeoutMs } = readiness;
  const { clientHost, clientPort } = readiness.endpoint;
  let lastError = '';
  let nameMissing: NameMismatch | undefined;
  const outcome = await waitUntil(
    async (remainingMs) => {
      if (daemon.exitReason()) return 'stopped';
      try {
        const { status, body } = await pingOnce(
          clientHost,
          clientPort,
          tls,
          Math.max(1, Math.min(PROBE_TIMEOUT_MS, remainingMs)),
        );
        if (status === 200) return 'ready';
        lastError = `HTTP ${status} ${body.slice(0, 200)}`;
      } catch (error) {
        lastError = (error as Error).message;
        // No retry makes a certificate name what it does not name: say so now, not at the deadline.
        if ((nameMissing = nameMismatchOf(error))) return 'name missing';
      }
      return daemon.exitReason() ? 'stopped' : undefined;
    },
    // dockerd is usually ready within 100-300 ms: polling finely costs little and answers sooner.
    { timeoutMs, intervalMs: 5, backoff: 1.5, maxIntervalMs: 20, signal: readiness.signal },
  );
  if (outcome === 'ready') return;
  if (outcome === 'name missing') throw nameMissingError(nameMissing!, daemon.name, readiness.sansOption);
  const exited = daemon.exitReason();
  const what = exited
    ? `${daemon.name} ${exited} before it was ready`
    : `${daemon.name} did not answer an mTLS /_ping within ${timeoutMs} ms (last: ${lastError})`;
  throw new DockerTlsError(
    `${what}.${await daemon.explainFailure()}`,
    exited
      ? undefined
      : `A slow runner may need a longer ${readiness.timeoutOption}; the log above shows how far ${daemon.name} got.`,
  );
}

/** The client rejected the server's certificate because it does not name the address or host used. */
export interface NameMismatch {
  /** The name the client used: the host it connected to. */
  name: string;
  /** The certificate's subject alternative names, as Node prints them ("DNS:localhost, IP Address:127.0.0.1"). */
  certificateNames: string;
}

export function nameMismatchOf(error: unknown): NameMismatch | undefined {
  const tlsError = error as { code?: string; host?: string; cert?: { subjectaltname?: string } };
  if (tlsError?.code !== 'ERR_TLS_CERT_ALTNAME_INVALID') return undefined;
  return { name: tlsError.host ?? '?', certificateNames: tlsError.cert?.subjectaltname ?? '(none)' };
}

export function nameMissingError(mismatch: NameMismatch, daemonName: string, sansOption: string): DockerTlsError {
  const names = mismatch.certificateNames.replace(/IP Address:/g, 'IP:');
  return new DockerTlsError(
    `${daemonName} answers, but its server certificate does not name ${mismatch.name}, the address clients use; ` +
      `the certificate names ${names}.`,
    `Add ${mismatch.name} to ${sansOption}.`,
  );
}
