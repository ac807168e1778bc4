import { hostname } from 'node:os';
import { type SubjectAltName, isDnsName, uniqueSans } from '../san.js';
import { type KeyAlgorithm, DEFAULT_KEY_ALGORITHM } from './algorithms.js';
import { type Authority, type LeafCertificate, createAuthority, generateLeafKeys } from './authority.js';
import type { LeafKind } from './profile.js';

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

/** The server's side of a set: what a daemon reads (the CA certificate, its certificate and key). */
export type ServerCertificates = Omit<CertificateSet, 'client'>;

/** Why a set refuses a second server certificate: the CA key went with the first pair of leaves. */
export const CA_KEY_GONE = 'this certificate set is finished: its CA key is gone';

/** The whole set from a prepared one's two leaves, the server's asked for first. */
export async function bothLeaves(
  set: Pick<PreparedCertificateSet, 'server' | 'client'>,
  extraSans?: readonly SubjectAltName[],
): Promise<CertificateSet> {
  const server = set.server(extraSans);
  return { ...(await server), client: await set.client() };
}

/** A set whose leaf certificates are still to be issued: the CA and every key pair are made. */
export interface PreparedCertificateSet {
  /**
   * Issues the server certificate naming the default SANs, the options' and `extraSans`: once. The
   * client's follows it, so that a daemon waiting for its files does not wait for the client's too.
   */
  server(extraSans?: readonly SubjectAltName[]): Promise<ServerCertificates>;
  /** The client certificate, issued once the server's is (or at once, if nothing asked for that). */
  client(): Promise<LeafCertificate>;
  /** Both, as one set. Once only: a second call throws, as the CA key is gone. */
  finish(extraSans?: readonly SubjectAltName[]): Promise<CertificateSet>;
}

/**
 * The CA and the server's and client's key pairs, made before the server's names are known (dind:
 * its addresses come with the container's start), so that only the two leaves' signatures are left
 * for then. The CA key is generated non-extractable and lives only until both leaves are issued.
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
  let issuer: Authority | undefined = authority;
  let server: Promise<ServerCertificates> | undefined;
  let client: Promise<LeafCertificate> | undefined;
  // Each leaf is issued once; the CA key goes with the last reference to the authority after both.
  let leavesLeft = 2;
  const issue = async (kind: LeafKind, more: Parameters<Authority['issue']>[1]) => {
    if (!issuer) throw new Error(CA_KEY_GONE);
    try {
      return await issuer.issue(kind, more);
    } finally {
      leavesLeft -= 1;
      if (leavesLeft === 0) issuer = undefined;
    }
  };
  const { caCertPem, caFingerprint } = authority;
  const serverSide = (extraSans: readonly SubjectAltName[] = []): Promise<ServerCertificates> => {
    if (server) return Promise.reject(new Error(CA_KEY_GONE));
    const serverSans = uniqueSans([
      ...(options.onlyGivenSans ? [] : defaultServerSans()),
      ...(options.serverSans ?? []),
      ...extraSans,
    ]);
    server = issue('server', { sans: serverSans, keys: serverKeys }).then((leaf) => ({
      keyAlgorithm,
      caCertPem,
      caFingerprint,
      server: leaf,
      serverSans,
      ...window,
    }));
    return server;
  };
  const clientSide = (): Promise<LeafCertificate> => {
    const issueClient = () => issue('client', { keys: clientKeys });
    client ??= (server ?? Promise.resolve()).then(issueClient, issueClient);
    return client;
  };
  const leaves = { server: serverSide, client: clientSide };
  return { ...leaves, finish: (extraSans) => bothLeaves(leaves, extraSans) };
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
