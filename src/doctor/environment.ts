import { readFileSync } from 'node:fs';
import type { X509Certificate } from 'node:crypto';
import { type Finding, fail } from './findings.js';
import { certificatesIn } from './pem.js';

/**
 * DOCKER_TLS_VERIFY is read differently by different clients. The docker CLI and docker-py turn
 * verification on for any non-empty value (the CLI documents that the variable can only enable
 * TLS, never disable it), so "0" or "false" still means "verify". dockerode (docker-modem) uses
 * https only when the value is exactly "1" (or the port is 2376), and testcontainers for Node
 * loads the certificates only for exactly "1": with "true" or "yes" they speak plain HTTP to the
 * TLS port. Only "1" means the same to all of them.
 */
export function tlsVerifyFindings(value: string | undefined): Finding[] {
  if (value === undefined || value === '' || value === '1') return [];
  const meaning = /^(0|false|no|off)$/i.test(value)
    ? `it looks like "off", but the docker CLI and docker-py treat any non-empty value as "verify on"`
    : `the docker CLI and docker-py read it as "verify on", but dockerode (docker-modem) and testcontainers for Node use TLS only for exactly "1" (docker-modem also on port 2376) and speak plain HTTP otherwise`;
  return [
    fail(
      'tls-verify-value',
      `DOCKER_TLS_VERIFY=${JSON.stringify(value)}: ${meaning}. Clients disagree on what this value means.`,
      'Set DOCKER_TLS_VERIFY=1 (exactly "1"): every client reads that as "TLS on, verify the daemon". Unset it only for a daemon without TLS.',
    ),
  ];
}

/**
 * requests, under docker-py, prefers REQUESTS_CA_BUNDLE (then CURL_CA_BUNDLE) over the ca.pem that
 * docker-py gives it: an environment bundle without our CA makes docker-py fail with "unable to get
 * local issuer certificate" while the docker CLI works.
 */
export function caBundleFindings(env: NodeJS.ProcessEnv, authorities: readonly X509Certificate[]): Finding[] {
  const name = env.REQUESTS_CA_BUNDLE ? 'REQUESTS_CA_BUNDLE' : env.CURL_CA_BUNDLE ? 'CURL_CA_BUNDLE' : undefined;
  if (!name) return [];
  const path = env[name]!;
  const fix = `Unset ${name} for steps that use docker-py (e.g. env: { REQUESTS_CA_BUNDLE: '', CURL_CA_BUNDLE: '' }), or append ca.pem to ${path}.`;
  let bundle: X509Certificate[];
  try {
    bundle = certificatesIn(readFileSync(path, 'utf8'));
  } catch (error) {
    return [
      fail(
        'ca-bundle-override',
        `${name}=${path} overrides ca.pem for docker-py (requests), and it cannot be read as a bundle: ${(error as Error).message}.`,
        fix,
      ),
    ];
  }
  const ours = new Set(authorities.map((ca) => ca.fingerprint256));
  if (bundle.some((cert) => ours.has(cert.fingerprint256))) return [];
  return [
    fail(
      'ca-bundle-override',
      `${name}=${path} overrides ca.pem for docker-py (requests verifies against that bundle instead), and its ${bundle.length} certificate(s) do not include ca.pem's CA: docker-py fails with "unable to get local issuer certificate".`,
      fix,
    ),
  ];
}
