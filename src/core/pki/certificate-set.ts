import { hostname } from 'node:os';
import { type SubjectAltName, isDnsName, uniqueSans } from '../san.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM } from './algorithms.js';
import { type Authority, type LeafCertificate, createAuthority, generateLeafKeys } from './authority.js';

/** Clients whose clock runs a little behind the runner's still accept a certificate made just now. */
export const CLOCK_SKEW_MS = 5 * 60_000;
export const DEFAULT_VALIDITY_MS = 6 * 3_600_000;

export interface CertificateSetOptions {
  keyAlgorithm?: KeyAlgorithm;
  validityMs?: number;
  /** SANs beyond the ones every server certificate gets (see `defaultServerSans`). */
  serverSans?: readonly SubjectAltName[];
  /** Leave out the default SANs; for tests that need a certificate naming only what they pass. */
  onlyGivenSans?: boolean;
  /** Overrides the validity window; for tests that need expired or not-yet-valid certificates. */
  notBefore?: Date;
  notAfter?: Date;
}

export interface CertificateSet {
  keyAlgorithm: KeyAlgorithm;
  caCertPem: string;
  caFingerprint: string;
  server: LeafCertificate;
  client: LeafCertificate;
  serverSans: SubjectAltName[];
  notBefore: Date;
  notAfter: Date;
}

export function defaultServerSans(): SubjectAltName[] {
  return [
    { type: 'dns', value: 'localhost' },
    { type: 'ip', value: '127.0.0.1' },
    { type: 'ip', value: '::1' },
    ...hostnameSan(),
  ];
}

function hostnameSan(): SubjectAltName[] {
  const name = hostname().toLowerCase();
  return isDnsName(name) && !name.startsWith('*') && name !== 'localhost' ? [{ type: 'dns', value: name }] : [];
}

export type { LeafKind } from './profile.js';

/** A set whose server certificate is still to be issued: everything that does not depend on its names. */
export interface PreparedCertificateSet {
  /**
   * Issues the server certificate naming the default SANs, the options' and `extraSans`, and drops
   * the CA key. Once only: a second call throws.
   */
  finish(extraSans?: readonly SubjectAltName[]): Promise<CertificateSet>;
}

/**
 * The CA, the client certificate and the server's key pair, made before the server's names are
 * known (dind: its addresses come with the container's start), so that only one signature is left
 * for then. The CA key is generated non-extractable and lives only until `finish`.
 */
export async function prepareCertificateSet(options: CertificateSetOptions = {}): Promise<PreparedCertificateSet> {
  const keyAlgorithm = options.keyAlgorithm ?? DEFAULT_KEY_ALGORITHM;
  const now = Date.now();
  const window = {
    notBefore: options.notBefore ?? new Date(now - CLOCK_SKEW_MS),
    notAfter: options.notAfter ?? new Date(now + (options.validityMs ?? DEFAULT_VALIDITY_MS)),
  };
  // Leaf key generation runs alongside the CA's: for RSA it is most of the time.
  const [authority, serverKeys, clientKeys] = await Promise.all([
    createAuthority(keyAlgorithm, window),
    generateLeafKeys(keyAlgorithm),
    generateLeafKeys(keyAlgorithm),
  ]);
  const client = await authority.issue('client', { keys: clientKeys });
  let issuer: Authority | undefined = authority;
  return {
    finish: async (extraSans = []) => {
      if (!issuer) throw new Error('this certificate set is finished: its CA key is gone');
      const { issue, caCertPem, caFingerprint } = issuer;
      issuer = undefined;
      const serverSans = uniqueSans([
        ...(options.onlyGivenSans ? [] : defaultServerSans()),
        ...(options.serverSans ?? []),
        ...extraSans,
      ]);
      const server = await issue('server', { sans: serverSans, keys: serverKeys });
      return { keyAlgorithm, caCertPem, caFingerprint, server, client, serverSans, ...window };
    },
  };
}

/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
export async function createCertificateSet(options: CertificateSetOptions = {}): Promise<CertificateSet> {
  return (await prepareCertificateSet(options)).finish();
}

/**
 * A client certificate of a throw-away CA of its own, for the probe a daemon must refuse: the CA
 * and the client certificate only (no server certificate, which nothing would use). Short-lived.
 */
export async function strangerClientCertificate(validityMs = 10 * 60_000): Promise<LeafCertificate> {
  const now = Date.now();
  const window = { notBefore: new Date(now - CLOCK_SKEW_MS), notAfter: new Date(now + validityMs) };
  return (await createAuthority(DEFAULT_KEY_ALGORITHM, window)).issue('client');
}
