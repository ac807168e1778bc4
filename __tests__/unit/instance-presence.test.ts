// When a docker context's instance counts as gone (instance-presence.ts): only when its endpoint,
// a loopback address, refuses connections and nothing on this machine names it. Real sockets and
// processes, no root: a port that was closed, one that listens, a process whose arguments name it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { describe, test } from 'node:test';
import { markerOf, newInstanceId } from '../../src/core/naming.js';
import { instanceIsGone, loopbackRefuses } from '../../src/host/instance-presence.js';

/** A loopback port that was listening a moment ago and is closed now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('an endpoint that refuses', () => {
  test('a closed loopback port refuses; the same port listening does not', async () => {
    const port = await closedPort();
    assert.equal(await loopbackRefuses(`tcp://127.0.0.1:${port}`), true);
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      assert.equal(await loopbackRefuses(`tcp://127.0.0.1:${port}`), false);
    } finally {
      server.close();
    }
  });

  test('an address that is not loopback, or no address at all, is never called refused', async () => {
    // Not even tried: nothing is sent off this machine to decide about a context.
    for (const host of [
      'tcp://10.0.0.1:2376',
      'tcp://[fe80::1]:2376',
      'tcp://localhost:2376',
      'unix:///x',
      'tcp://127.0.0.1',
    ]) {
      assert.equal(await loopbackRefuses(host), false, host);
    }
  });

  test('IPv6 loopback in brackets is read', async () => {
    const server = createServer();
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(0, '::1', () => resolve(true));
    });
    if (!listening) return; // no IPv6 loopback here: nothing to connect to
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    assert.equal(await loopbackRefuses(`tcp://[::1]:${port}`), true);
  });
});

describe('an instance that is gone', () => {
  test('nothing listens and nothing names it: gone', async () => {
    assert.equal(await instanceIsGone(newInstanceId(), `tcp://127.0.0.1:${await closedPort()}`), true);
  });

  test('a process whose arguments name it: not gone', async () => {
    const id = newInstanceId();
    const child = spawn('sh', ['-c', 'sleep 30', markerOf(id)], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      assert.equal(await instanceIsGone(id, `tcp://127.0.0.1:${await closedPort()}`), false);
    } finally {
      child.kill();
    }
  });

  test('its endpoint answers: not gone', async () => {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      assert.equal(await instanceIsGone(newInstanceId(), `tcp://127.0.0.1:${port}`), false);
    } finally {
      server.close();
    }
  });
});
