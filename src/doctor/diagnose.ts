import { probePlainHttp } from '../core/probes.js';
import { type ClientMaterial, clientFileFindings, loadClientFiles } from './client-files.js';
import { caBundleFindings, tlsVerifyFindings } from './environment.js';
import { type Finding, fail } from './findings.js';
import { subjectLine } from './pem.js';
import { type ProbeOutcome, probeConnection } from './probe.js';
import { serverCertificateFindings } from './server-certificate.js';
import type { DoctorTarget } from './target.js';

export interface DiagnoseOptions {
  /** The local clock, shown next to validity windows; injectable for tests. */
  now?: Date;
  timeoutMs?: number;
}

/** Clients speak TLS when DOCKER_TLS_VERIFY is non-empty (read by each client its own way). */
const wantsTls = (tlsVerify: string | undefined) => tlsVerify !== undefined && tlsVerify !== '';

function endpointOf(target: DoctorTarget): string {
  return target.host.includes(':') ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
}

/**
 * Everything wrong between this client configuration and the daemon, each with its fix; or one
 * `reachable` finding when a client with these files reaches the Docker API over mutual TLS.
 */
export async function diagnoseConnection(target: DoctorTarget, options: DiagnoseOptions = {}): Promise<Finding[]> {
  const now = options.now ?? new Date();
  const { material, findings } = await loadClientFiles(target.certPath);
  findings.push(
    ...tlsVerifyFindings(target.tlsVerify),
    ...clientFileFindings(material, target.certPath, now),
    ...(material.authorities.length > 0 ? caBundleFindings(target.env, material.authorities) : []),
  );
  const outcome = await probeConnection(
    target.host,
    target.port,
    { ca: material.caPem, cert: material.certPem, key: material.keyPem },
    options.timeoutMs,
  );
  findings.push(...(await connectionFindings(target, material, outcome, findings, now, options.timeoutMs)));
  return findings;
}

async function connectionFindings(
  target: DoctorTarget,
  material: ClientMaterial,
  outcome: ProbeOutcome,
  earlier: Finding[],
  now: Date,
  timeoutMs = 5000,
): Promise<Finding[]> {
  const endpoint = endpointOf(target);
  if (outcome.kind === 'unreachable') {
    return [
      fail(
        'unreachable',
        `Nothing answers at ${endpoint} (${outcome.detail}).`,
        'Check that the daemon runs, that DOCKER_HOST names the host and port "docker-tls up" printed, and that no firewall is in the way.',
      ),
    ];
  }
  if (outcome.kind === 'not-tls') {
    const plain = await probePlainHttp(target.host, target.port, timeoutMs).catch((error: Error) => ({
      detail: error.message,
    }));
    return [
      fail(
        'tls-to-plain-port',
        `${endpoint} does not speak TLS: the TLS handshake got ${outcome.detail}, and a plain HTTP request there ${plain.detail}.`,
        "DOCKER_HOST names a port without TLS (2375 is Docker's plain port): use the TLS port that docker-tls up printed (2376 by default). A Docker API on plain TCP lets anyone in.",
      ),
    ];
  }
  const findings: Finding[] = [];
  if (!wantsTls(target.tlsVerify)) findings.push(await plainClientFinding(target, endpoint, timeoutMs));
  findings.push(...serverCertificateFindings(outcome.chain, material.authorities, target.host, endpoint, now));
  findings.push(...answerFindings(outcome, material, endpoint, [...earlier, ...findings]));
  return findings;
}

async function plainClientFinding(target: DoctorTarget, endpoint: string, timeoutMs: number): Promise<Finding> {
  const plain = await probePlainHttp(target.host, target.port, timeoutMs).catch((error: Error) => ({
    detail: error.message,
  }));
  const state = target.tlsVerify === undefined ? 'unset' : 'empty';
  return fail(
    'plain-http-to-tls-port',
    `DOCKER_TLS_VERIFY is ${state}, so clients speak plain HTTP to ${endpoint}, which speaks TLS; a plain HTTP request there ${plain.detail}.`,
    'Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the client directory (eval "$(docker-tls up)" sets both).',
  );
}

const SERVER_CAUSES = new Set([
  'certificate-expired',
  'certificate-not-yet-valid',
  'host-not-in-certificate',
  'wrong-eku',
  'ca-mismatch',
]);

/** What the daemon did with our request: the API version, a refusal of our certificate, or else. */
function answerFindings(
  outcome: Extract<ProbeOutcome, { kind: 'tls' }>,
  material: ClientMaterial,
  endpoint: string,
  known: Finding[],
): Finding[] {
  const sentCertificate = material.certificate !== undefined && !known.some((f) => f.cause === 'key-mismatch');
  if (outcome.status === undefined) {
    if (!sentCertificate) return [];
    const cert = material.certificate!;
    return [
      fail(
        'client-certificate-refused',
        `The daemon at ${endpoint} refused our client certificate ("${subjectLine(cert)}", issued by "${cert.issuer.replace(/\n/g, ', ')}"): ${outcome.failure} after cert.pem was sent.`,
        "The daemon trusts another CA for clients than the one that issued cert.pem: use the client files written together with this daemon's certificates (the same run of docker-tls up or the action). If a finding above names cert.pem, fix that first.",
      ),
    ];
  }
  const explained = known.some((f) => SERVER_CAUSES.has(f.cause));
  const unverified = outcome.authorizationError ?? outcome.identityError;
  if (unverified && !explained) {
    return [
      fail(
        'tls-failed',
        `A verifying client refuses the daemon at ${endpoint}: ${unverified}.`,
        'Make new certificates with docker-tls up or the action and use its DOCKER_* values.',
      ),
    ];
  }
  if (outcome.status !== 200) {
    return [
      fail(
        'tls-failed',
        `Mutual TLS with ${endpoint} works, but GET /version answered HTTP ${outcome.status}: this may not be a Docker API.`,
        'Check that DOCKER_HOST names the Docker daemon.',
      ),
    ];
  }
  if (unverified) return [];
  const version = /"ApiVersion"\s*:\s*"([^"]+)"/.exec(outcome.body ?? '')?.[1] ?? 'unknown';
  const how = `Docker API version ${version} at ${endpoint} over mutual TLS (daemon verified against ca.pem, client certificate accepted)`;
  // Findings about the variables leave the daemon and the files fine: say so, without hiding them.
  const detail = known.some((f) => f.severity === 'fail')
    ? `The daemon and these client files work together: with DOCKER_TLS_VERIFY=1 a client reaches ${how}.`
    : `Reaches ${how}.`;
  return [{ cause: 'reachable', severity: 'ok', detail, fix: '' }];
}
