import type { Endpoint } from '../core/endpoint.js';
import { DockerTlsError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { type CertificateSet, type LeafCertificate, strangerClientCertificate } from '../core/pki/index.js';
import {
  PROBE_TIMEOUT_MS,
  type RefusalResult,
  probePlainHttp,
  probeWithForeignClientCert,
  probeWithoutClientCert,
  problemWithOurClient,
} from '../core/probes.js';

/** A probe's promise as [what it tried, what it saw]; a probe that fails outright proves nothing. */
async function named(what: string, probe: Promise<RefusalResult>): Promise<[string, RefusalResult]> {
  return [what, await probe.catch((error: Error) => ({ refused: false, detail: error.message }))];
}

/**
 * The point of the exercise: the port must refuse anyone without a certificate from our CA. Each
 * probe must see the daemon refuse (an alert, a close after the handshake began, a 400 to plain
 * HTTP); anything else, a refused connection included, fails the start. A client certificate of a
 * throw-away foreign CA must be refused too, and the server must present the certificate we made:
 * the daemon trusts the CA in memory, not merely some CA.
 */
export async function proveRefusals(
  endpoint: Pick<Endpoint, 'clientHost' | 'clientPort'>,
  set: CertificateSet,
  logger: Logger,
  stranger: Promise<LeafCertificate> = strangerClientCertificate(),
): Promise<void> {
  const { clientHost: host, clientPort: port } = endpoint;
  const timeout = PROBE_TIMEOUT_MS * 2;
  const foreign = stranger.then((leaf) => ({ cert: leaf.certPem, key: leaf.keyPem }));
  // All at once: each is a connection of its own, and the start waits for the last.
  const [probes, ourClient] = await Promise.all([
    Promise.all([
      named('TLS without a client certificate', probeWithoutClientCert(host, port, set.caCertPem, timeout)),
      named(
        'TLS with a client certificate of another CA',
        foreign.then((material) => probeWithForeignClientCert(host, port, set.caCertPem, material, timeout)),
      ),
      named('plain HTTP', probePlainHttp(host, port, timeout)),
    ]),
    problemWithOurClient(host, port, set, timeout),
  ]);
  const unproven = probes.filter(([, result]) => !result.refused);
  if (ourClient)
    unproven.push(['a client certificate of our CA, which must be let in', { refused: false, detail: ourClient }]);
  if (unproven.length > 0) {
    throw new DockerTlsError(
      `Could not prove that the daemon on port ${port} refuses clients it must refuse: ${unproven.map(([what, result]) => `${what}: ${result.detail}`).join('; ')}.`,
      'Something else may be listening on this port, or the daemon configuration disables tlsverify. The job was stopped so nothing runs against an open Docker API.',
    );
  }
  logger.info(`Refused as it must: ${probes.map(([what, result]) => `${what} (${result.detail})`).join('; ')}.`);
}
