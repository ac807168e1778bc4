// daemon-config may not undo what isolates our daemon or what teardown relies on (issue 12, item 3).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDaemonConfig } from '../../src/core/options/daemon-config.js';
import { INPUT_NAMES } from '../../src/core/options/names.js';
import { InputError } from '../../src/core/errors.js';

const NAMES = { ...INPUT_NAMES, style: 'input' as const };

const REFUSED: [key: string, reason: RegExp][] = [
  ['hosts', /mutual TLS/],
  ['TLSVerify', /mutual TLS/],
  ['HOSTS', /mutual TLS/],
  ['tls-verify', /mutual TLS/],
  ['tls_cert', /mutual TLS/],
  ['data-root', /data-root it made/],
  ['Data_Root', /data-root it made/],
  ['exec-root', /exec-root it made/],
  ['pidfile', /pidfile/],
  ['containerd', /containerd of its own/],
  ['containerd-namespace', /namespace of their own/],
  ['containerd-plugins-namespace', /namespace of their own/],
  ['bridge', /bridge of its own/],
  ['bip', /subnet chosen free/],
  ['default-address-pools', /address pools/],
];

describe('daemon-config', () => {
  for (const [key, reason] of REFUSED) {
    test(`refuses ${key}, with the reason`, () => {
      assert.throws(
        () => parseDaemonConfig(JSON.stringify({ debug: true, [key]: 'x' }), NAMES),
        (error: unknown) => {
          assert.ok(error instanceof InputError);
          assert.equal(error.input, 'daemon-config');
          assert.ok(error.message.includes(`${key} cannot be set here`), error.message);
          assert.match(error.message, reason);
          return true;
        },
      );
    });
  }

  test('root-level settings that change nothing of the above pass unchanged', () => {
    const settings = { debug: true, 'log-level': 'warn', iptables: true, features: { 'containerd-snapshotter': true } };
    assert.deepEqual(parseDaemonConfig(JSON.stringify(settings), NAMES), settings);
  });
});
