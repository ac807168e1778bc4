// What must fail, and fail as the TLS refusal it is (the alert or the client's verification error,
// and the daemon's own reason in its log), never as a timeout. See docs/compatibility.md.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CertificatePaths } from '../src/cert-dir.js';
import { writeCertificateSet } from '../src/files.js';
import { type LeafCertificate, createAuthority, createCertificateSet } from '../src/pki/index.js';
import { FakeRunner, type StepResult } from '../harness/runner.js';
import { stepEnv } from '../harness/docker.js';
import { type ClientFiles, certPathWith, curl, filesOf, opensslRequest, tlsAttempt } from '../harness/tls-clients.js';
import { DaemonLog } from '../harness/daemon-log.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { dockerCli, ok, refused, run, withEnv } from '../harness/commands.js';
import { dockerPyRaw } from '../harness/docker-py.js';
import { instanceOf } from '../harness/instance.js';
import { portOf } from '../harness/ports.js';
import { type OwnDockerd, startOwnDockerd } from '../harness/own-dockerd.js';

const HOUR = 3_600_000;
let scratch: string;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'dtls-test-refusals-'));
});

after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const read = (files: ClientFiles) => ({
  ca: readFileSync(files.ca, 'utf8'),
  cert: files.cert ? readFileSync(files.cert, 'utf8') : undefined,
  key: files.key ? readFileSync(files.key, 'utf8') : undefined,
});

/** A client certificate the daemon must refuse, and how the refusal must read. */
interface ClientCase {
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
const EXPIRED_ALERT = /alert (bad certificate|certificate expired)|curl: \(60\) SSL certificate verification failed/;

/**
 * One refused client certificate, tried five ways: Node over TLS 1.2 (the alert arrives during the
 * handshake, so its text is certain), Node over TLS 1.3 (the refusal comes after the client's
 * Finished: an alert or a reset), curl both ways, and the docker CLI with DOCKER_CERT_PATH.
 */
async function assertClientRefused(
  log: DaemonLog,
  target: { host: string; port: number; env: NodeJS.ProcessEnv },
  refusal: ClientCase,
): Promise<void> {
  const files = refusal.files();
  const pem = read(files);
  const lateRefusal = new RegExp(`${refusal.alert.source}|ECONNRESET|socket hang up|EPIPE`);

  for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
    const mark = log.mark();
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
  let mark = log.mark();
  refused(await curl(url, files, ['--tls-max', '1.2'], target.env), refusal.alert);
  await log.waitFor(refusal.reason, mark);
  mark = log.mark();
  refused(await curl(url, files, [], target.env), new RegExp(`${refusal.alert.source}|getpeername|reset`));
  await log.waitFor(refusal.reason, mark);

  mark = log.mark();
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

describe("refusals by the action's daemon", () => {
  let runner: FakeRunner;
  let main: StepResult;
  let posted: StepResult | undefined;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let log: DaemonLog;
  let ours: ReturnType<typeof filesOf>;
  let server: { cert: string; key: string };
  let other: CertificatePaths;
  let expired: CertificatePaths;
  let notYetValid: CertificatePaths;

  before(async () => {
    runner = new FakeRunner();
    // Bound to every address, so the same daemon can be reached through 127.0.0.2, which its
    // certificate does not name.
    main = await runner.main({ port: '0', host: '0.0.0.0' });
    assert.equal(main.code, 0, main.stdout + main.stderr);
    env = stepEnv(main.env);
    port = portOf(main.env.DOCKER_HOST);
    log = new DaemonLog(instanceOf(main.state).logFile);
    ours = filesOf(main.env.DOCKER_CERT_PATH);
    const serverDir = join(main.env.DOCKER_CERT_PATH, '..', 'server');
    server = { cert: join(serverDir, 'cert.pem'), key: join(serverDir, 'key.pem') };
    const now = Date.now();
    // The daemon's CA key is gone, so a wrongly dated certificate can only come from another CA
    // here; the daemon checks a leaf's dates before its issuer, so its log names the dates. The
    // same refusals from the daemon's own CA are in the next suite.
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
    posted ??= await runner.post(main.state);
    runner.dispose();
  });

  test('the valid client certificate works through 127.0.0.1 (the control)', async () => {
    assert.match(ok(await dockerCli(['version', '--format', '{{.Server.Version}}'], env)), /^\d+\.\d+/);
    const attempt = await tlsAttempt({ host: '127.0.0.1', port, ...read(ours) });
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
      await assertClientRefused(log, { host: '127.0.0.1', port, env }, refusal);
    });
  }

  test('refuses plain HTTP on the TLS port', async () => {
    const answer = ok(await run('curl', ['-sS', '-i', '--max-time', '10', `http://127.0.0.1:${port}/version`]));
    assert.match(answer, /^HTTP\/1\.0 400 Bad Request/);
    assert.match(answer, /Client sent an HTTP request to an HTTPS server\./);
    assert.doesNotMatch(answer, /Api-Version/i, 'the Docker API never saw the request');
    // The docker CLI told to speak plain HTTP (no DOCKER_TLS_VERIFY, no DOCKER_CERT_PATH).
    const plainEnv = withEnv(env, { DOCKER_TLS_VERIFY: undefined, DOCKER_CERT_PATH: undefined });
    refused(await dockerCli(['version'], plainEnv, 30_000), /Client sent an HTTP request to an HTTPS server/);
  });

  for (const [flag, name] of [
    ['-tls1', 'TLS 1.0'],
    ['-tls1_1', 'TLS 1.1'],
  ]) {
    test(`refuses a ${name} handshake (with a valid client certificate)`, async () => {
      const mark = log.mark();
      // SECLEVEL=0 lets OpenSSL 3 offer the old protocol at all, so the refusal is the server's.
      const output = refused(
        await opensslRequest('127.0.0.1', port, ours, [flag, '-cipher', 'DEFAULT:@SECLEVEL=0']),
        /alert protocol version/,
      );
      assert.match(output, /SSL alert number 70/, 'protocol_version (70), sent by the server');
      assert.doesNotMatch(output, /no protocols available|unsupported protocol/, 'not refused by OpenSSL itself');
      assert.doesNotMatch(output, /^HTTP\//m);
      await log.waitFor(/tls: client offered only unsupported versions/, mark);
    });
  }

  test('clients refuse the server reached through an address its certificate does not name', async () => {
    const elsewhere = withEnv(env, { DOCKER_HOST: `tcp://127.0.0.2:${port}` });
    refused(await dockerCli(['version'], elsewhere, 30_000), /x509: certificate is valid for .*, not 127\.0\.0\.2/);
    refused(
      await curl(`https://127.0.0.2:${port}/_ping`, ours, [], env),
      /no alternative certificate subject name matches target host name '127\.0\.0\.2'/,
    );
    refused(
      await curl(
        `https://not-in-the-cert.test:${port}/_ping`,
        ours,
        ['--resolve', `not-in-the-cert.test:${port}:127.0.0.1`],
        env,
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
      const foreign = withEnv(env, { DOCKER_CERT_PATH: certPath });
      refused(await dockerCli(['version'], foreign, 30_000), /x509: certificate signed by unknown authority/);
      refused(
        await dockerPyRaw(foreign, 'plain'),
        /CERTIFICATE_VERIFY_FAILED\] certificate verify failed: unable to get local issuer certificate/,
      );
    } finally {
      rmSync(certPath, { recursive: true, force: true });
    }
    refused(await curl(`https://127.0.0.1:${port}/_ping`, files, [], env), /unable to get local issuer certificate/);
    refused(
      await opensslRequest('127.0.0.1', port, files),
      /verify error:num=20:unable to get local issuer certificate/,
    );
    const attempt = await tlsAttempt({ host: '127.0.0.1', port, ...read(files) });
    assert.match(
      attempt.error ?? '',
      /UNABLE_TO_VERIFY_LEAF_SIGNATURE|unable to verify the first certificate/,
      JSON.stringify(attempt),
    );
  });

  test('post: the daemon is gone, nothing of it is left', async () => {
    posted = await runner.post(main.state);
    assert.equal(posted.code, 0, posted.stdout + posted.stderr);
    assert.match(posted.stdout, /client didn't provide a certificate/, 'post printed the daemon log with the refusals');
    await assertNoLeaks({ ids: [instanceOf(main.state).id], ports: [port] });
  });
});

describe("expired and not-yet-valid client certificates from the daemon's own CA", () => {
  // The action's CA key never leaves createCertificateSet, so these certificates come from an
  // Authority of the PKI module that the test keeps, with test-only validity windows, served by a
  // real dockerd started the way the action starts its own.
  let own: OwnDockerd;
  let log: DaemonLog;
  let ca: string;
  let valid: LeafCertificate;
  let expired: LeafCertificate;
  let notYetValid: LeafCertificate;
  let dir: string;

  before(async () => {
    const now = Date.now();
    const pki = await createAuthority('ecdsa-p256', {
      notBefore: new Date(now - 3 * HOUR),
      notAfter: new Date(now + 3 * HOUR),
    });
    let server: LeafCertificate;
    [server, valid, expired, notYetValid] = await Promise.all([
      pki.issue('server', {
        sans: [
          { type: 'ip', value: '127.0.0.1' },
          { type: 'dns', value: 'localhost' },
        ],
      }),
      pki.issue('client'),
      pki.issue('client', { window: { notBefore: new Date(now - 2 * HOUR), notAfter: new Date(now - HOUR) } }),
      pki.issue('client', { window: { notBefore: new Date(now + HOUR), notAfter: new Date(now + 2 * HOUR) } }),
    ]);
    ca = pki.caCertPem;
    own = await startOwnDockerd(
      { ca, cert: server.certPem, key: server.keyPem },
      { ca, cert: valid.certPem, key: valid.keyPem },
    );
    log = new DaemonLog(own.logFile);
    dir = mkdtempSync(join(tmpdir(), 'dtls-test-own-ca-'));
  });

  after(async () => {
    await own?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (own) await assertNoLeaks({ ids: [own.id], ports: [own.port] });
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
    const files = write('valid', valid);
    const certPath = certPathWith(files);
    try {
      const env = withEnv(stepEnv({}), {
        DOCKER_HOST: `tcp://127.0.0.1:${own.port}`,
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: certPath,
      });
      assert.match(ok(await dockerCli(['version', '--format', '{{.Server.Version}}'], env)), /^\d+\.\d+/);
    } finally {
      rmSync(certPath, { recursive: true, force: true });
    }
  });

  test('refuses an expired client certificate from the same CA', async () => {
    const files = write('expired', expired);
    await assertClientRefused(
      log,
      { host: '127.0.0.1', port: own.port, env: stepEnv({}) },
      {
        name: 'an expired client certificate (same CA)',
        files: () => files,
        reason:
          /failed to verify (client )?certificate: x509: certificate has expired or is not yet valid: current time \S+ is after/,
        alert: EXPIRED_ALERT,
      },
    );
  });

  test('refuses a not-yet-valid client certificate from the same CA', async () => {
    const files = write('not-yet-valid', notYetValid);
    await assertClientRefused(
      log,
      { host: '127.0.0.1', port: own.port, env: stepEnv({}) },
      {
        name: 'a not-yet-valid client certificate (same CA)',
        files: () => files,
        reason:
          /failed to verify (client )?certificate: x509: certificate has expired or is not yet valid: current time \S+ is before/,
        alert: EXPIRED_ALERT,
      },
    );
  });
});
