// The refusals and attacks of the interop suite, for any daemon the project starts: the action's
// own dockerd (interop-refusals.test.ts) and the dind daemon (dind-refusals.test.ts). What must
// fail, and fail as the TLS refusal it is (the alert or the client's verification error, and the
// daemon's own reason in its log), never as a timeout. See docs/compatibility.md.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type CertificatePaths } from '../src/core/pki/layout.js';
import { writeCertificateSet } from '../src/host/cert-dir.js';
import { type LeafCertificate, createAuthority, createCertificateSet } from '../src/core/pki/index.js';
import { type SubjectAltName } from '../src/core/san.js';
import { type ClientFiles, certPathWith, curl, filesOf, opensslRequest, tlsAttempt } from './tls-clients.js';
import type { DaemonLog } from './daemon-log.js';
import { dockerCli, ok, refused, run, withEnv } from './commands.js';
import { dockerPyRaw } from './docker-py.js';
import { stepEnv } from './docker.js';

const HOUR = 3_600_000;

const read = (files: ClientFiles) => ({
  ca: readFileSync(files.ca, 'utf8'),
  cert: files.cert ? readFileSync(files.cert, 'utf8') : undefined,
  key: files.key ? readFileSync(files.key, 'utf8') : undefined,
});

/** A client certificate the daemon must refuse, and how the refusal must read. */
export interface ClientCase {
  name: string;
  files: () => ClientFiles;
  /** The daemon's reason in its log ("http: TLS handshake error from ...: <reason>"). */
  reason: RegExp;
  /**
   * The daemon's reason for the docker CLI's attempt, when it differs: Go's client sends no
   * certificate at all when the server's list of acceptable CAs does not name its issuer.
   */
  cliReason?: RegExp;
  /** The alert the client receives (Go 1.19 sends bad_certificate for all; newer Go is more specific). */
  // The daemon's reason reads "failed to verify client certificate" up to Go 1.2x and "failed to
  // verify certificate" in Go 1.27 (dockerd 28.5 in Debian): the reasons below accept both.
  alert: RegExp;
}

/**
 * An expired or not-yet-valid client certificate: Go 1.19 sends bad_certificate, newer Go
 * certificate_expired, which curl reports as its own "(60) SSL certificate verification failed".
 */
export const EXPIRED_ALERT =
  /alert (bad certificate|certificate expired)|curl: \(60\) SSL certificate verification failed/;

/**
 * One refused client certificate, tried five ways: Node over TLS 1.2 (the alert arrives during the
 * handshake, so its text is certain), Node over TLS 1.3 (the refusal comes after the client's
 * Finished: an alert or a reset), curl both ways, and the docker CLI with DOCKER_CERT_PATH.
 */
export async function assertClientRefused(
  log: DaemonLog,
  target: { host: string; port: number; env: NodeJS.ProcessEnv },
  refusal: ClientCase,
): Promise<void> {
  const files = refusal.files();
  const pem = read(files);
  const lateRefusal = new RegExp(`${refusal.alert.source}|ECONNRESET|socket hang up|EPIPE`);

  for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
    const mark = await log.mark();
    const attempt = await tlsAttempt({
      host: target.host,
      port: target.port,
      ...pem,
      minVersion: version,
      maxVersion: version,
    });
    const context = `${refusal.name} over ${version}: ${JSON.stringify(attempt)}`;
    assert.equal(attempt.timedOut, false, context);
    assert.equal(attempt.status, undefined, `no HTTP answer: ${context}`);
    assert.match(attempt.error ?? '', version === 'TLSv1.2' ? refusal.alert : lateRefusal, context);
    assert.match(await log.reasonFor(attempt.localPort, mark), refusal.reason, context);
  }

  const url = `https://${target.host}:${target.port}/_ping`;
  let mark = await log.mark();
  refused(await curl(url, files, ['--tls-max', '1.2'], target.env), refusal.alert);
  await log.waitFor(refusal.reason, mark);
  mark = await log.mark();
  refused(await curl(url, files, [], target.env), new RegExp(`${refusal.alert.source}|getpeername|reset`));
  await log.waitFor(refusal.reason, mark);

  mark = await log.mark();
  const certPath = certPathWith(files);
  try {
    const env = withEnv(target.env, {
      DOCKER_HOST: `tcp://${target.host}:${target.port}`,
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: certPath,
    });
    refused(
      await dockerCli(['version'], env, 30_000),
      /remote error: tls: (bad certificate|certificate required|handshake failure|unknown certificate authority|expired certificate|unsupported certificate)|connection reset by peer/,
    );
  } finally {
    rmSync(certPath, { recursive: true, force: true });
  }
  await log.waitFor(refusal.cliReason ?? refusal.reason, mark);
}

/** A daemon main started, as the refusal suite meets it. */
export interface RefusalTarget {
  /** The environment a later step has: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH. */
  env: NodeJS.ProcessEnv;
  /**
   * Where the attacks connect, reaching the daemon itself: its log then names each connection by
   * the client's own port (a published port's proxy would hide it).
   */
  host: string;
  port: number;
  /** DOCKER_HOST's port, bound to every address: reached through 127.0.0.2, which no certificate names. */
  exportedPort: number;
  log: DaemonLog;
  /** Post, and its checks that nothing is left. */
  post(): Promise<void>;
  /** Removes what is left when a test failed before post. */
  dispose(): Promise<void>;
}

/** Every refusal of the interop suite against the daemon `start` brings up with the action. */
export function describeRefusals(title: string, start: () => Promise<RefusalTarget>): void {
  describe(title, () => {
    let target: RefusalTarget;
    let posted = false;
    let ours: ReturnType<typeof filesOf>;
    let server: { cert: string; key: string };
    let other: CertificatePaths;
    let expired: CertificatePaths;
    let notYetValid: CertificatePaths;
    let scratch: string;

    before(async () => {
      scratch = mkdtempSync(join(tmpdir(), 'dtls-test-refusals-'));
      target = await start();
      ours = filesOf(target.env.DOCKER_CERT_PATH!);
      const serverDir = join(target.env.DOCKER_CERT_PATH!, '..', 'server');
      server = { cert: join(serverDir, 'cert.pem'), key: join(serverDir, 'key.pem') };
      const now = Date.now();
      // The daemon's CA key is gone, so a wrongly dated certificate can only come from another CA
      // here; the daemon checks a leaf's dates before its issuer, so its log names the dates. The
      // same refusals from the daemon's own CA are in describeSameCaDateRefusals.
      const [otherSet, expiredSet, futureSet] = await Promise.all([
        createCertificateSet(),
        createCertificateSet({ notBefore: new Date(now - 2 * HOUR), notAfter: new Date(now - HOUR) }),
        createCertificateSet({ notBefore: new Date(now + HOUR), notAfter: new Date(now + 2 * HOUR) }),
      ]);
      [other, expired, notYetValid] = await Promise.all([
        writeCertificateSet(join(scratch, 'other'), otherSet),
        writeCertificateSet(join(scratch, 'expired'), expiredSet),
        writeCertificateSet(join(scratch, 'not-yet-valid'), futureSet),
      ]);
    });

    after(async () => {
      if (target && !posted) await target.dispose();
      rmSync(scratch, { recursive: true, force: true });
    });

    test('the valid client certificate works (the control)', async () => {
      assert.match(ok(await dockerCli(['version', '--format', '{{.Server.Version}}'], target.env)), /^\d+\.\d+/);
      const attempt = await tlsAttempt({ host: target.host, port: target.port, ...read(ours) });
      assert.match(attempt.status ?? '', /^HTTP\/1\.1 200 OK/, JSON.stringify(attempt));
    });

    const clientCases: ClientCase[] = [
      {
        name: 'no client certificate',
        files: () => ({ ca: ours.ca }),
        reason: /^tls: client didn't provide a certificate$/,
        // Go 1.27 (dockerd 28.5 in Debian) answers TLS 1.2 without a certificate with handshake_failure.
        alert: /alert (bad certificate|certificate required|handshake failure)/,
      },
      {
        name: 'a client certificate from another CA',
        files: () => ({ ca: ours.ca, cert: other.clientCert, key: other.clientKey }),
        reason: /failed to verify (client )?certificate: x509: certificate signed by unknown authority/,
        cliReason: /^tls: client didn't provide a certificate$/,
        alert: /alert (bad certificate|unknown ca)/,
      },
      {
        name: 'an expired client certificate (another CA)',
        files: () => ({ ca: ours.ca, cert: expired.clientCert, key: expired.clientKey }),
        reason:
          /failed to verify (client )?certificate: x509: certificate has expired or is not yet valid: current time \S+ is after/,
        cliReason: /^tls: client didn't provide a certificate$/,
        alert: EXPIRED_ALERT,
      },
      {
        name: 'a not-yet-valid client certificate (another CA)',
        files: () => ({ ca: ours.ca, cert: notYetValid.clientCert, key: notYetValid.clientKey }),
        reason:
          /failed to verify (client )?certificate: x509: certificate has expired or is not yet valid: current time \S+ is before/,
        cliReason: /^tls: client didn't provide a certificate$/,
        alert: EXPIRED_ALERT,
      },
      {
        name: 'the server certificate used as a client certificate (serverAuth only)',
        files: () => ({ ca: ours.ca, cert: server.cert, key: server.key }),
        reason: /failed to verify (client )?certificate: x509: certificate specifies an incompatible key usage/,
        alert: /alert (bad certificate|unsupported certificate)/,
      },
    ];
    for (const refusal of clientCases) {
      test(`refuses ${refusal.name}`, async () => {
        await assertClientRefused(target.log, target, refusal);
      });
    }

    test('refuses plain HTTP on the TLS port', async () => {
      const url = `http://${target.host}:${target.port}/version`;
      const answer = ok(await run('curl', ['-sS', '-i', '--max-time', '10', url]));
      assert.match(answer, /^HTTP\/1\.0 400 Bad Request/);
      assert.match(answer, /Client sent an HTTP request to an HTTPS server\./);
      assert.doesNotMatch(answer, /Api-Version/i, 'the Docker API never saw the request');
      // The docker CLI told to speak plain HTTP (no DOCKER_TLS_VERIFY, no DOCKER_CERT_PATH).
      const plainEnv = withEnv(target.env, { DOCKER_TLS_VERIFY: undefined, DOCKER_CERT_PATH: undefined });
      refused(await dockerCli(['version'], plainEnv, 30_000), /Client sent an HTTP request to an HTTPS server/);
    });

    for (const [flag, name] of [
      ['-tls1', 'TLS 1.0'],
      ['-tls1_1', 'TLS 1.1'],
    ]) {
      test(`refuses a ${name} handshake (with a valid client certificate)`, async () => {
        const mark = await target.log.mark();
        // SECLEVEL=0 lets OpenSSL 3 offer the old protocol at all, so the refusal is the server's.
        const output = refused(
          await opensslRequest(target.host, target.port, ours, [flag, '-cipher', 'DEFAULT:@SECLEVEL=0']),
          /alert protocol version/,
        );
        assert.match(output, /SSL alert number 70/, 'protocol_version (70), sent by the server');
        assert.doesNotMatch(output, /no protocols available|unsupported protocol/, 'not refused by OpenSSL itself');
        assert.doesNotMatch(output, /^HTTP\//m);
        await target.log.waitFor(/tls: client offered only unsupported versions/, mark);
      });
    }

    test('clients refuse the server reached through an address its certificate does not name', async () => {
      const port = target.exportedPort;
      const elsewhere = withEnv(target.env, { DOCKER_HOST: `tcp://127.0.0.2:${port}` });
      refused(await dockerCli(['version'], elsewhere, 30_000), /x509: certificate is valid for .*, not 127\.0\.0\.2/);
      refused(
        await curl(`https://127.0.0.2:${port}/_ping`, ours, [], target.env),
        /no alternative certificate subject name matches target host name '127\.0\.0\.2'/,
      );
      refused(
        await curl(
          `https://not-in-the-cert.test:${port}/_ping`,
          ours,
          ['--resolve', `not-in-the-cert.test:${port}:127.0.0.1`],
          target.env,
        ),
        /no alternative certificate subject name matches target host name 'not-in-the-cert\.test'/,
      );
      refused(await dockerPyRaw(elsewhere, 'plain'), /hostname '127\.0\.0\.2' doesn't match/);
      refused(
        await opensslRequest('127.0.0.2', port, ours, ['-verify_ip', '127.0.0.2']),
        /verify error:num=64:IP address mismatch/,
      );
      const attempt = await tlsAttempt({ host: '127.0.0.2', port, ...read(ours) });
      assert.match(attempt.error ?? '', /ERR_TLS_CERT_ALTNAME_INVALID/, JSON.stringify(attempt));
    });

    test('clients refuse a server certificate from another CA', async () => {
      const files = { ca: other.clientCa, cert: ours.cert, key: ours.key };
      const certPath = certPathWith(files);
      try {
        const foreign = withEnv(target.env, { DOCKER_CERT_PATH: certPath });
        refused(await dockerCli(['version'], foreign, 30_000), /x509: certificate signed by unknown authority/);
        refused(
          await dockerPyRaw(foreign, 'plain'),
          /CERTIFICATE_VERIFY_FAILED\] certificate verify failed: unable to get local issuer certificate/,
        );
      } finally {
        rmSync(certPath, { recursive: true, force: true });
      }
      const url = `https://${target.host}:${target.port}/_ping`;
      refused(await curl(url, files, [], target.env), /unable to get local issuer certificate/);
      refused(
        await opensslRequest(target.host, target.port, files),
        /verify error:num=20:unable to get local issuer certificate/,
      );
      const attempt = await tlsAttempt({ host: target.host, port: target.port, ...read(files) });
      assert.match(
        attempt.error ?? '',
        /UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate/,
        JSON.stringify(attempt),
      );
    });

    test('post: the daemon is gone, nothing of it is left', async () => {
      posted = true;
      await target.post();
    });
  });
}

/** A daemon on server certificates from an authority the test keeps, as the project starts it. */
export interface OwnCaDaemon {
  /** Where clients reach the daemon itself, named by its certificate. */
  host: string;
  port: number;
  log: DaemonLog;
  stop(): Promise<void>;
}

type Pem = { ca: string; cert: string; key: string };

/** The test's authority, for `start`: a server certificate naming what it is asked to, and a valid client's. */
export interface OwnCa {
  issueServer(sans: SubjectAltName[]): Promise<Pem>;
  client: Pem;
}

/**
 * Expired and not-yet-valid client certificates from the daemon's own CA. The action's CA key never
 * leaves createCertificateSet, so these come from an Authority of the PKI module that the test
 * keeps, with test-only validity windows, served by a daemon `start` brings up on them.
 */
export function describeSameCaDateRefusals(title: string, start: (ca: OwnCa) => Promise<OwnCaDaemon>): void {
  describe(title, () => {
    let daemon: OwnCaDaemon;
    let ca: string;
    let expired: LeafCertificate;
    let notYetValid: LeafCertificate;
    let valid: LeafCertificate;
    let dir: string;

    before(async () => {
      const now = Date.now();
      const pki = await createAuthority('ecdsa-p256', {
        notBefore: new Date(now - 3 * HOUR),
        notAfter: new Date(now + 3 * HOUR),
      });
      [valid, expired, notYetValid] = await Promise.all([
        pki.issue('client'),
        pki.issue('client', { window: { notBefore: new Date(now - 2 * HOUR), notAfter: new Date(now - HOUR) } }),
        pki.issue('client', { window: { notBefore: new Date(now + HOUR), notAfter: new Date(now + 2 * HOUR) } }),
      ]);
      ca = pki.caCertPem;
      dir = mkdtempSync(join(tmpdir(), 'dtls-test-own-ca-'));
      const issueServer = async (sans: SubjectAltName[]) => {
        const server = await pki.issue('server', { sans });
        return { ca, cert: server.certPem, key: server.keyPem };
      };
      daemon = await start({ issueServer, client: { ca, cert: valid.certPem, key: valid.keyPem } });
    });

    after(async () => {
      await daemon?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const write = (name: string, leaf: LeafCertificate): ClientFiles => {
      const files = {
        ca: join(dir, `${name}-ca.pem`),
        cert: join(dir, `${name}-cert.pem`),
        key: join(dir, `${name}-key.pem`),
      };
      writeFileSync(files.ca, ca);
      writeFileSync(files.cert, leaf.certPem);
      writeFileSync(files.key, leaf.keyPem, { mode: 0o600 });
      return files;
    };

    test('a valid client certificate from this CA works (the control)', async () => {
      const certPath = certPathWith(write('valid', valid));
      try {
        const env = withEnv(stepEnv({}), {
          DOCKER_HOST: `tcp://${daemon.host}:${daemon.port}`,
          DOCKER_TLS_VERIFY: '1',
          DOCKER_CERT_PATH: certPath,
        });
        assert.match(ok(await dockerCli(['version', '--format', '{{.Server.Version}}'], env)), /^\d+\.\d+/);
      } finally {
        rmSync(certPath, { recursive: true, force: true });
      }
    });

    for (const [name, leaf, when] of [
      ['expired', () => expired, 'after'],
      ['not-yet-valid', () => notYetValid, 'before'],
    ] as const) {
      test(`refuses a ${name} client certificate from the same CA`, async () => {
        const files = write(name, leaf());
        await assertClientRefused(
          daemon.log,
          { host: daemon.host, port: daemon.port, env: stepEnv({}) },
          {
            name: `a ${name} client certificate (same CA)`,
            files: () => files,
            reason: new RegExp(
              `failed to verify (client )?certificate: x509: certificate has expired or is not yet valid: current time \\S+ is ${when}`,
            ),
            alert: EXPIRED_ALERT,
          },
        );
      });
    }
  });
}
