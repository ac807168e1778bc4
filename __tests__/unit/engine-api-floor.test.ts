// Docker 29.0–29.2 refuse clients older than API 1.44 ("client version 1.43 is too old"). Our
// Engine API client (mode dind's outer engine) must keep working against such an engine: every
// call it makes goes to an engine that answers as 29.0 does, with its floor at 1.44.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { EngineApiError, EngineClient } from '../../src/host/engine-api/client.js';
import { engineMessage, engineRequest } from '../../src/host/engine-api/http.js';
import { parseEngineEndpoint } from '../../src/core/options/engine-endpoint.js';

const FLOOR = [1, 44];
const CURRENT = '1.52';

/** The API version a request asks for: its /v1.N prefix, or the engine's own when it has none. */
function versionOf(url: string): { version: string; path: string } {
  const match = /^\/v(\d+\.\d+)(\/.*)$/.exec(url);
  return match ? { version: match[1], path: match[2] } : { version: CURRENT, path: url };
}

function belowFloor(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major < FLOOR[0] || (major === FLOOR[0] && minor < FLOOR[1]);
}

/** The answers of an engine to the calls our client makes, by method and path (ids fixed). */
function answer(method: string, path: string): [number, unknown] {
  const route = `${method} ${decodeURIComponent(path.split('?')[0])}`;
  const answers: Record<string, [number, unknown]> = {
    'GET /_ping': [200, 'OK'],
    'GET /version': [200, { Version: '29.0.0', ApiVersion: CURRENT, MinAPIVersion: '1.44' }],
    'GET /images/dind:test/json': [200, { Id: 'sha256:1' }],
    'POST /containers/create': [201, { Id: 'c1' }],
    'POST /containers/c1/start': [204, ''],
    'GET /containers/c1/json': [200, { Id: 'c1', State: { Running: true }, NetworkSettings: { Networks: {} } }],
    'GET /containers/json': [200, [{ Id: 'c1' }]],
    'POST /networks/create': [201, { Id: 'n1' }],
    'GET /networks/net': [200, { Id: 'n1', Name: 'net', Containers: {} }],
    'POST /networks/net/connect': [200, ''],
    'POST /networks/net/disconnect': [200, ''],
    'DELETE /networks/net': [204, ''],
    'GET /volumes': [200, { Volumes: [{ Name: 'v1' }] }],
    'DELETE /volumes/v1': [204, ''],
    'PUT /containers/c1/archive': [200, ''],
    'POST /containers/c1/stop': [204, ''],
    'POST /containers/c1/kill': [204, ''],
    'DELETE /containers/c1': [204, ''],
  };
  return answers[route] ?? [404, { message: `no such route: ${route}` }];
}

const seen: string[] = [];
const refused: string[] = [];
let dir: string;
let client: EngineClient;
let close: () => Promise<void>;

function serve(request: IncomingMessage, response: ServerResponse): void {
  request.resume();
  request.on('end', () => {
    const { version, path } = versionOf(request.url ?? '/');
    seen.push(`${request.method} ${request.url}`);
    const [status, body] = belowFloor(version)
      ? [
          400,
          {
            message: `client version ${version} is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version`,
          },
        ]
      : answer(request.method ?? 'GET', path);
    if (status === 400) refused.push(`${request.method} ${request.url}`);
    response.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dtls-api-floor-'));
  const socket = join(dir, 'docker.sock');
  const server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  client = new EngineClient(parseEngineEndpoint(`unix://${socket}`), 5000);
});

after(async () => {
  await close?.();
  rmSync(dir, { recursive: true, force: true });
});

test('every call of our Engine API client is accepted by an engine whose API floor is 1.44', async () => {
  await client.ping();
  assert.equal((await client.version()).MinAPIVersion, '1.44');
  assert.ok(await client.imageInspect('dind:test'));
  assert.equal(await client.createNetwork('net', { a: 'b' }), 'n1');
  assert.equal(await client.createContainer({ Image: 'dind:test' } as never, 'dind'), 'c1');
  await client.putArchive('c1', '/certs', Buffer.alloc(1024));
  await client.startContainer('c1');
  assert.ok(await client.inspectContainer('c1'));
  await client.connectNetwork('net', 'c1', ['docker']);
  assert.deepEqual(await client.runningContainers(), ['c1']);
  assert.ok(await client.inspectNetwork('net'));
  await client.stopContainer('c1', 1);
  await client.killContainer('c1');
  await client.disconnectNetwork('net', 'c1');
  await client.removeContainer('c1');
  assert.deepEqual(await client.volumesLabelled('x=y'), ['v1']);
  await client.removeVolume('v1');
  await client.removeNetwork('net');
  assert.deepEqual(refused, [], 'no request below the floor');
  assert.equal(seen.length, 18, seen.join('\n'));
});

test("the stand-in refuses an old client as 29.0 does, and our error carries the engine's reason", async () => {
  const endpoint = parseEngineEndpoint(`unix://${join(dir, 'docker.sock')}`);
  const old = await engineRequest(endpoint, { method: 'GET', path: '/v1.43/version', timeoutMs: 5000 });
  assert.equal(old.status, 400);
  const error = new EngineApiError('report its version', old.status, engineMessage(old.body));
  assert.match(error.message, /client version 1\.43 is too old\. Minimum supported API version is 1\.44/);
});
