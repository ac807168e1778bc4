// The outer engine's endpoint, errors and stream formats, without a real engine.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type ContainerCreateRequest } from '../../src/host/engine-api/types.js';
import { EngineApiError, EngineClient, demuxLogs } from '../../src/host/engine-api/client.js';
import { EngineUnreachableError } from '../../src/host/engine-api/http.js';
import { PrivilegedRefusedError, explainStartFailure } from '../../src/engines/dind/privileged.js';
import { buildDindCreateRequest } from '../../src/engines/dind/container-request.js';
import { createDindContainer } from '../../src/engines/dind/outer.js';
import { earlierErrorLines, lastLines } from '../../src/core/text.js';
import { parseEngineEndpoint } from '../../src/core/options/engine-endpoint.js';
import { pullStreamError, splitImageReference } from '../../src/engines/dind/image.js';
import { InputError } from '../../src/core/errors.js';

test('endpoints: unix sockets and tcp addresses, IPv6 in brackets; anything else is an input error', () => {
  assert.deepEqual(parseEngineEndpoint('unix:///var/run/docker.sock'), {
    kind: 'unix',
    url: 'unix:///var/run/docker.sock',
    socketPath: '/var/run/docker.sock',
  });
  assert.deepEqual(parseEngineEndpoint('tcp://[::1]:2376'), {
    kind: 'tcp',
    url: 'tcp://[::1]:2376',
    host: '::1',
    port: 2376,
    tls: undefined,
  });
  for (const bad of [
    'unix://relative.sock',
    'tcp://host',
    'tcp://host:2376/path',
    'http://host:2375',
    '/var/run/docker.sock',
  ]) {
    assert.throws(
      () => parseEngineEndpoint(bad),
      (error: unknown) => error instanceof InputError && error.input === 'dind-engine',
      bad,
    );
  }
});

test('an engine that is not there: the error names the endpoint and how to fix it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dtls-unit-'));
  try {
    const missing = new EngineClient(parseEngineEndpoint(`unix://${dir}/docker.sock`), 2000);
    await assert.rejects(missing.ping(), (error: unknown) => {
      assert.ok(error instanceof EngineUnreachableError);
      assert.equal(error.message, `Cannot reach the outer Docker engine at unix://${dir}/docker.sock (ENOENT).`);
      assert.match(error.hint!, /set dind-engine/);
      return true;
    });
    // A port nobody listens on.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const refused = new EngineClient(parseEngineEndpoint(`tcp://127.0.0.1:${port}`), 2000);
    await assert.rejects(
      refused.version(),
      (error: unknown) => error instanceof EngineUnreachableError && /ECONNREFUSED/.test(error.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('log frames are joined in order; a TTY log passes through; lastLines keeps the tail', () => {
  const frame = (stream: number, text: string) => {
    const payload = Buffer.from(text);
    const header = Buffer.alloc(8);
    header[0] = stream;
    header.writeUInt32BE(payload.length, 4);
    return Buffer.concat([header, payload]);
  };
  assert.equal(
    demuxLogs(Buffer.concat([frame(1, 'one\n'), frame(2, 'two\n'), frame(1, 'three\n')])),
    'one\ntwo\nthree\n',
  );
  assert.equal(demuxLogs(Buffer.from('plain tty output\n')), 'plain tty output\n');
  assert.equal(lastLines('a\n\nb\nc\n', 2), 'b\nc');
});

test('image references split for the pull API; a pull stream error is found', () => {
  assert.deepEqual(splitImageReference('docker:28-dind'), { fromImage: 'docker', tag: '28-dind' });
  assert.deepEqual(splitImageReference('localhost:5000/team/dind'), {
    fromImage: 'localhost:5000/team/dind',
    tag: 'latest',
  });
  assert.deepEqual(splitImageReference('docker@sha256:abc'), { fromImage: 'docker@sha256:abc', tag: '' });
  const stream =
    '{"status":"Pulling from library/docker"}\n{"errorDetail":{"message":"dial tcp: lookup registry-1.docker.io: no such host"},"error":"dial tcp"}\n';
  assert.equal(pullStreamError(stream), 'dial tcp: lookup registry-1.docker.io: no such host');
  assert.equal(pullStreamError('{"status":"Downloaded newer image"}\n'), undefined);
});

// What Debian 12's engine answers when its runc cannot grant --privileged (captured on a machine
// whose capability bounding set lacks CAP_SYS_RESOURCE).
const RUNC_REFUSAL =
  'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: unable to apply caps: operation not permitted: unknown';

test('the engine refusing --privileged becomes advice to set dind-privileged: false; other failures pass through', () => {
  const refusal = new EngineApiError('start the container abc', 500, RUNC_REFUSAL);
  const explained = explainStartFailure(true, refusal);
  assert.ok(explained instanceof PrivilegedRefusedError);
  assert.match(explained.message, /with --privileged: failed to create shim task.*unable to apply caps/);
  assert.match(explained.hint!, /^Set dind-privileged: false/);
  assert.equal(explained.cause, refusal);
  // Without --privileged the same words mean something else: left as they are.
  assert.equal(explainStartFailure(false, refusal), refusal);
  const portInUse = new EngineApiError(
    'start',
    500,
    'driver failed programming external connectivity: Bind for 127.0.0.1:2376 failed: port is already allocated',
  );
  assert.equal(explainStartFailure(true, portInUse), portInUse);
  const deniedMount = new EngineApiError(
    'start',
    500,
    'error while creating mount source path: mkdir /x: permission denied',
  );
  assert.equal(explainStartFailure(true, deniedMount), deniedMount);
});

test('error lines before the tail: the cause dockerd prints above its usage; none when the tail holds them', () => {
  const usage = Array.from({ length: 30 }, (_, i) => `      --option-${i} string   what it does`);
  usage.push('      --log-level string   ("debug"|"info"|"warn"|"error"|"fatal")');
  const log = ['unknown flag: --no-such-flag', 'Usage:\tdockerd [OPTIONS]', ...usage].join('\n');
  assert.deepEqual(earlierErrorLines(log, 20), ['unknown flag: --no-such-flag']);
  assert.deepEqual(earlierErrorLines('level=error msg="boom"\nlast', 20), []);
  const many = Array.from({ length: 9 }, (_, i) => `failed ${i}`).join('\n') + '\n' + usage.join('\n');
  assert.deepEqual(earlierErrorLines(many, 20, 3), ['failed 6', 'failed 7', 'failed 8']);
});

// What Docker 28 answers to --cap-drop SYS_RESOURCE where its own bounding set lacks the capability
// (captured on such a machine).
const UNAVAILABLE_CAP_DROP =
  'invalid CapDrop: capability not supported by your kernel or not available in the current environment: "CAP_SYS_RESOURCE"';

/** An engine client whose create answers from `answers` in turn, recording each request. */
function fakeCreates(answers: Array<string | Error>) {
  const requests: ContainerCreateRequest[] = [];
  const client = {
    createContainer: (request: ContainerCreateRequest) => {
      requests.push(request);
      const answer = answers.shift();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer!);
    },
  } as unknown as EngineClient;
  return { client, requests };
}

const unprivileged = () =>
  buildDindCreateRequest({
    image: 'dind:test',
    instanceId: 'abcd1234',
    dindArgs: [],
    privileged: false,
    listen: { bindHost: '127.0.0.1', port: 2376 },
    alias: 'docker',
  });

test('an engine that cannot drop CAP_SYS_RESOURCE gets the create again without the drop; other refusals stand', async () => {
  const refused = new EngineApiError('create the container x', 400, UNAVAILABLE_CAP_DROP);
  const retried = fakeCreates([refused, 'id-2']);
  assert.equal(await createDindContainer(retried.client, unprivileged(), 'x'), 'id-2');
  assert.deepEqual(retried.requests[0].HostConfig.CapDrop, ['SYS_RESOURCE']);
  assert.equal('CapDrop' in retried.requests[1].HostConfig, false);
  assert.deepEqual(retried.requests[1].HostConfig.CapAdd, ['ALL']);

  const accepted = fakeCreates(['id-1']);
  assert.equal(await createDindContainer(accepted.client, unprivileged(), 'x'), 'id-1');
  assert.equal(accepted.requests.length, 1);

  const other = new EngineApiError('create the container x', 400, 'invalid CapAdd: unknown capability: "CAP_NOPE"');
  const failed = fakeCreates([other, 'never']);
  await assert.rejects(createDindContainer(failed.client, unprivileged(), 'x'), other);
  assert.equal(failed.requests.length, 1);
});
