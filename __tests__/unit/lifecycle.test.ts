// The one lifecycle over the engine seam, with an engine of the test's own: an in-process HTTPS
// server on the server certificates. No root, no Docker: what is checked is the lifecycle itself —
// saved state, readiness, the refusal proof, the result, and the roll-back on every kind of failure.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { type Server as HttpsServer, createServer } from 'node:https';
import { Duplex } from 'node:stream';
import { type SecureContextOptions, TLSSocket, createSecureContext } from 'node:tls';
import { type Server, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { INPUT_NAMES } from '../../src/core/options/names.js';
import { type Options, parseOptions } from '../../src/core/options/options.js';
import { DockerTlsError } from '../../src/core/errors.js';
import { callbackStore } from '../../src/lifecycle/state-store.js';
import { teardownInstance } from '../../src/lifecycle/teardown.js';
import { type DockerContextOptions } from '../../src/host/docker-context.js';
import { type Engine, type LaunchedDaemon } from '../../src/engines/engine.js';
import { judgeTlsRefusal, tlsErrorSummary } from '../../src/core/probes.js';
import { startOrRollBack } from '../../src/lifecycle/roll-back.js';
import { type InstanceState } from '../../src/core/state.js';
import { type Logger } from '../../src/core/logger.js';

const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-unit-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

/**
 * `late`: as `mtls`, listening only after 300 ms. `fails`: the launch fails as soon as the daemon's
 * files are there, while the client's certificate and cert-dir are still on their way.
 */
type Behaviour = 'mtls' | 'late' | 'open' | 'dies' | 'silent' | 'fails';

interface FakeRun {
  saved: InstanceState[];
  tornDown: InstanceState[];
  lines: string[];
  /** Called when the daemon starts listening. */
  onListening?: () => void;
}

/**
 * As dockerd does on its TLS port: a connection that does not start with a TLS handshake record
 * (0x16) gets "400 Bad Request"; the others are TLS, handed to the HTTPS server once secure.
 */
function answeringPlainHttpWith400(https: HttpsServer, tls: SecureContextOptions, mtls: boolean): Server {
  const secureContext = createSecureContext(tls);
  const ca = new X509Certificate(tls.ca as Buffer);
  return createNetServer((socket) =>
    socket.once('data', (first) => {
      if (first[0] !== 0x16) {
        socket.end('HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n');
        return;
      }
      // The first bytes are read already: the TLS socket runs over a stream that replays them.
      const replay = new Duplex({
        read() {},
        write: (chunk, _encoding, done) => socket.write(chunk, done),
        final: (done) => socket.end(done),
      });
      replay.push(first);
      socket.on('data', (chunk) => replay.push(chunk));
      socket.on('end', () => replay.push(null));
      socket.on('error', () => replay.destroy());
      const secure = new TLSSocket(replay, {
        isServer: true,
        secureContext,
        requestCert: mtls,
        rejectUnauthorized: mtls,
      });
      // As tls.Server does with rejectUnauthorized: a client certificate that is missing or not
      // issued by our CA ends the connection.
      secure.on('secure', () => {
        const peer = secure.getPeerX509Certificate();
        const trusted = peer !== undefined && peer.checkIssued(ca) && peer.verify(ca.publicKey);
        if (mtls && !trusted) secure.destroy();
        else https.emit('secureConnection', secure);
      });
      secure.on('error', () => socket.destroy());
      secure.on('close', () => socket.destroy());
    }),
  );
}

/** An engine whose daemon is an HTTPS server behaving as asked; it records what the lifecycle did. */
function fakeEngine(behaviour: Behaviour, record: FakeRun, checkError?: Error): Engine {
  let server: Server | undefined;
  return {
    mode: 'dockerd',
    listens: true,
    stateFields: {},
    async check() {
      if (checkError) throw checkError;
      return {
        async launch(run): Promise<LaunchedDaemon> {
          if (behaviour === 'fails') {
            await run.daemonCertificates();
            throw new DockerTlsError('the fake daemon could not start');
          }
          const { certs } = await run.certificates();
          const tls = {
            ca: readFileSync(certs.serverCa),
            cert: readFileSync(certs.serverCert),
            key: readFileSync(certs.serverKey),
          };
          const mtls = behaviour !== 'open';
          const https = createServer({ ...tls, requestCert: mtls, rejectUnauthorized: mtls }, (_req, res) =>
            res.end('OK'),
          );
          server = answeringPlainHttpWith400(https, tls, mtls);
          const listen = () => server!.listen(run.listen.port, run.listen.bindHost, () => record.onListening?.());
          if (behaviour === 'mtls' || behaviour === 'open') listen();
          if (behaviour === 'late') setTimeout(listen, 300);
          run.saveProgress({ dockerHost: 'launched' });
          return {
            name: 'fake daemon',
            launchedAt: performance.now(),
            exitReason: () => (behaviour === 'dies' ? 'exited with code 3' : undefined),
            explainFailure: async () => ' Likely cause: it is a fake.',
            ready: async () => ({ pid: 4242, logFile: '/nowhere.log' }),
          };
        },
      };
    },
    async stop(state) {
      record.tornDown.push(state);
      await new Promise((resolve) => (server?.listening ? server.close(resolve) : resolve(undefined)));
      return { summary: 'fake torn down', warnings: [], daemonDied: false, nothingFound: false };
    },
    logsOf: () => [],
  };
}

function options(startupTimeout = '5s', context = 'none'): Options {
  return parseOptions({ port: '0', startupTimeout, context }, INPUT_NAMES);
}

async function start(
  behaviour: Behaviour,
  daemonOptions = options(),
  checkError?: Error,
  more: { contextOptions?: DockerContextOptions; onListening?: () => void } = {},
) {
  const record: FakeRun = { saved: [], tornDown: [], lines: [], onListening: more.onListening };
  const engine = fakeEngine(behaviour, record, checkError);
  const logger: Logger = {
    info: (line) => record.lines.push(line),
    debug: () => undefined,
    warning: (line) => record.lines.push(`warning: ${line}`),
    group: (_title, body) => body(),
  };
  const outcome = await startOrRollBack(daemonOptions, {
    tempDir: tempRoot,
    logger,
    store: callbackStore((state) => record.saved.push(state)),
    contextOptions: more.contextOptions,
    engine,
  });
  return { outcome, engine, ...record };
}

describe('startOrRollBack', () => {
  test('ready over mTLS and refusing strangers: the result, the state saved as it went', async () => {
    const { outcome, engine, saved, tornDown, lines } = await start('mtls');
    assert.equal(outcome.exitCode, 0, String(outcome.started ? '' : outcome.error));
    const started = outcome.started!;
    try {
      const daemon = started.daemon!;
      assert.match(daemon.endpoint.dockerHost, /^tcp:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(daemon.endpoint.dockerHost, `tcp://127.0.0.1:${daemon.endpoint.port}`);
      assert.equal(daemon.pid, 4242);
      assert.ok(existsSync(started.certs.clientKey));
      const last = saved.at(-1)!;
      assert.equal(last.mode, 'dockerd');
      assert.equal(last.dockerHost, daemon.endpoint.dockerHost);
      assert.deepEqual(last.environment, daemon.environment);
      assert.equal(last.context, undefined, 'context none: no context recorded, none made');
      assert.equal(daemon.dockerContext, undefined);
      assert.equal(last.expiresAt, started.certificateSet.notAfter.toISOString());
      assert.equal(last.certDir, join(last.workDir, 'certs'));
      assert.equal(saved[0].workDir, last.workDir, 'the first record names the work directory');
      assert.ok(lines.some((line) => /^fake daemon answers mTLS \/_ping on tcp:/.test(line)));
      assert.ok(lines.some((line) => /^Refused as it must: TLS without a client certificate/.test(line)));
      assert.deepEqual(tornDown, []);
    } finally {
      await teardownInstance(saved.at(-1)!, silent(), { engine });
    }
  });

  test('the daemon dies before it is ready: its reason and explanation; rolled back', async () => {
    const { outcome, saved, tornDown } = await start('dies');
    assert.equal(outcome.exitCode, 1);
    assert.match(
      String(outcome.started ? '' : (outcome.error as Error).message),
      /^fake daemon exited with code 3 before it was ready\. Likely cause: it is a fake\./,
    );
    assert.deepEqual(tornDown, [saved.at(-1)]);
    assert.equal(existsSync(saved.at(-1)!.workDir), false);
  });

  test('the launch fails while cert-dir is still being written: nothing is written after the roll-back', async () => {
    const { outcome, saved, tornDown } = await start('fails');
    assert.equal(outcome.exitCode, 1);
    assert.match(String((outcome as { error: Error }).error.message), /the fake daemon could not start/);
    // Long enough for a write that outlived the roll-back to land.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { workDir } = saved.at(-1)!;
    assert.equal(existsSync(workDir), false, `${workDir} is gone and stays gone`);
    assert.deepEqual(tornDown, [saved.at(-1)], 'nothing was recorded after the roll-back');
  });

  test("no answer within the start-up timeout: the hint names the adapter's option", async () => {
    const { outcome, tornDown } = await start('silent', options('1s'));
    assert.equal(outcome.exitCode, 1);
    const error = (outcome.started ? undefined : outcome.error) as DockerTlsError;
    assert.match(error.message, /^fake daemon did not answer an mTLS \/_ping within 1000 ms/);
    assert.match(error.hint ?? '', /A slow runner may need a longer startup-timeout/);
    assert.equal(tornDown.length, 1);
  });

  test('a daemon that answers without a client certificate fails the proof and is rolled back', async () => {
    const { outcome, tornDown } = await start('open');
    assert.equal(outcome.exitCode, 1);
    assert.match(
      String(outcome.started ? '' : (outcome.error as Error).message),
      /refuses clients it must refuse: TLS without a client certificate: answered HTTP\/1\.1 200 OK; TLS with a client certificate of another CA: answered HTTP\/1\.1 200 OK/,
    );
    assert.equal(tornDown.length, 1);
  });

  test('bad input found by the checks: exit code 2, nothing saved, nothing to roll back', async () => {
    const refusal = new DockerTlsError('no such thing', 'fix it', { badInput: true });
    const { outcome, saved, tornDown } = await start('mtls', options(), refusal);
    assert.equal(outcome.exitCode, 2);
    assert.deepEqual([saved, tornDown], [[], []]);
  });

  test('SIGINT while waiting: exit code 130, rolled back, and the process is not exited', async () => {
    const pending = start('silent', options('30s'));
    setTimeout(() => process.emit('SIGINT', 'SIGINT'), 300);
    const { outcome, tornDown, lines } = await pending;
    assert.equal(outcome.exitCode, 130);
    assert.equal(outcome.started ? undefined : outcome.signal, 'SIGINT');
    assert.equal(tornDown.length, 1);
    assert.ok(lines.includes('warning: Received SIGINT while starting; removing what was made so far.'));
    assert.equal(process.listenerCount('SIGINT'), 0, 'the handlers are gone again');
  });
});

/**
 * A docker CLI of the test's own for the context verbs the lifecycle runs: one file per context in
 * $DOCKER_CONFIG, holding its description.
 */
function fakeDockerCli(): { contextOptions: DockerContextOptions; contexts: () => string[] } {
  const store = mkdtempSync(join(tempRoot, 'docker-config-'));
  const bin = join(tempRoot, `docker-${readdirSync(tempRoot).length}`);
  writeFileSync(
    bin,
    `#!/bin/sh
case "$1 $2" in
"context ls") for f in "$DOCKER_CONFIG"/*.ctx; do [ -e "$f" ] || continue
  printf '{"Name":"%s","Description":"%s"}\\n' "$(basename "$f" .ctx)" "$(cat "$f")"; done ;;
"context create") [ -e "$DOCKER_CONFIG/$3.ctx" ] && { echo "context $3 already exists" >&2; exit 1; }
  printf '%s' "$5" > "$DOCKER_CONFIG/$3.ctx" ;;
"context rm") rm -f "$DOCKER_CONFIG/$4.ctx" ;;
*) exit 1 ;;
esac
`,
  );
  chmodSync(bin, 0o755);
  mkdirSync(store, { recursive: true });
  return {
    contextOptions: { docker: bin, env: { DOCKER_CONFIG: store } },
    contexts: () => readdirSync(store),
  };
}

describe('the docker context, made while the daemon comes up', () => {
  test('it exists before the daemon answers; the result and the state name it', async () => {
    const cli = fakeDockerCli();
    let madeBeforeListening: string[] | undefined;
    const { outcome, engine, saved, lines } = await start('late', options('5s', 'ci'), undefined, {
      contextOptions: cli.contextOptions,
      onListening: () => (madeBeforeListening = cli.contexts()),
    });
    assert.equal(outcome.exitCode, 0, String(outcome.started ? '' : outcome.error));
    try {
      assert.deepEqual(madeBeforeListening, ['ci.ctx'], 'made while the daemon was not yet listening');
      assert.equal(outcome.started!.daemon!.dockerContext, 'ci');
      const last = saved.at(-1)!;
      assert.deepEqual(last.context, { marker: `docker-tls-action instance ${last.id}`, name: 'ci' });
      assert.equal(
        last.dockerHost,
        outcome.started!.daemon!.endpoint.dockerHost,
        'both records kept: the context and the endpoint',
      );
      assert.ok(lines.includes('docker context ci (not made current): docker --context ci …'));
    } finally {
      await teardownInstance(saved.at(-1)!, silent(), { engine });
    }
  });

  test('the daemon dies: the context made meanwhile is removed with the rest', async () => {
    const cli = fakeDockerCli();
    const { outcome, tornDown } = await start('dies', options('5s', 'ci'), undefined, {
      contextOptions: cli.contextOptions,
    });
    assert.equal(outcome.exitCode, 1);
    assert.equal(tornDown.length, 1);
    assert.equal(tornDown[0].context?.name, 'ci', 'the roll-back saw the context in the state');
    assert.deepEqual(cli.contexts(), []);
  });
});

describe('the refusal judge', () => {
  test('over TLS, any HTTP answer means the daemon let the stranger in; an alert or a close is a refusal', () => {
    const judge = (response: string, error?: Error) => judgeTlsRefusal({ response, error, connected: true });
    assert.deepEqual(judge('HTTP/1.1 200 OK\r\n\r\nOK'), { refused: false, detail: 'answered HTTP/1.1 200 OK' });
    assert.deepEqual(judge('HTTP/1.0 400 Bad Request\r\n'), {
      refused: false,
      detail: 'answered HTTP/1.0 400 Bad Request',
    });
    const alert = Object.assign(
      new Error(
        'C0:error:0A00045C:SSL routines:ssl3_read_bytes:tlsv13 alert certificate required:../deps/openssl/openssl/ssl/record/rec_layer_s3.c:1605:SSL alert number 116',
      ),
      { code: 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' },
    );
    assert.deepEqual(judge('', alert), { refused: true, detail: 'TLS alert "certificate required"' });
    assert.deepEqual(judge(''), { refused: true, detail: 'closed the connection without an answer' });
  });

  test('error summaries: the alert name, or the code and the first line', () => {
    const reset = Object.assign(new Error('read ECONNRESET\nmore'), { code: 'ECONNRESET' });
    assert.equal(tlsErrorSummary(reset), 'ECONNRESET: read ECONNRESET');
    assert.equal(tlsErrorSummary(new Error('socket hang up')), 'socket hang up');
  });
});

function silent(): Logger {
  return { info: () => undefined, debug: () => undefined, warning: () => undefined, group: (_t, body) => body() };
}
