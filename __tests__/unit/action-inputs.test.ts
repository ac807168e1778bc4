// Every action input a user can get wrong, read as the runner passes inputs (INPUT_* variables) and
// parsed as main does before it makes anything: one InputError naming the input, the value and a
// fix. Two of these cases also run end to end (action-dockerd, reliability), with nothing made.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { ACTION_INPUT_DEFAULTS, readInputs } from '../../src/adapters/action/inputs.js';
import { DockerTlsError } from '../../src/core/errors.js';

function withInputs<T>(inputs: Record<string, string>, body: () => T): T {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return body();
}

afterEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
});

describe('bad input: one clear error before anything is started', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ port: 'abc' }, /Invalid port "abc"/],
    [{ host: 'not an address' }, /Invalid host "not an address"/],
    [{ 'tls-san': 'exa mple' }, /Invalid tls-san "exa mple": not a valid DNS name/],
    [{ 'tls-san': 'a.*.example.com' }, /Invalid tls-san "a\.\*\.example\.com"/],
    [{ 'cert-validity': '6x' }, /Invalid cert-validity "6x"/],
    [{ 'cert-validity': '0' }, /Invalid cert-validity "0"/],
    [{ 'key-algorithm': 'dsa' }, /Invalid key-algorithm "dsa": unknown key algorithm/],
    [{ 'daemon-config': '[1]' }, /Invalid daemon-config "\[1\]": must be a JSON object/],
    [{ 'daemon-config': '{"tlsverify": false}' }, /tlsverify cannot be set here/],
    [{ 'daemon-config': '{bad' }, /Invalid daemon-config "\{bad": not valid JSON/],
    [{ 'startup-timeout': 'soon' }, /Invalid startup-timeout "soon"/],
    [{ 'export-env': 'maybe' }, /Invalid export-env "maybe": must be true or false/],
    [{ mode: 'kubernetes' }, /Invalid mode "kubernetes"/],

    [{ port: '-1' }, /Invalid port "-1": must be a whole number from 0 to 65535/],
    [{ port: '65536' }, /Invalid port "65536"/],
    [{ port: '123456' }, /Invalid port "123456"/],
    [{ port: '2376.5' }, /Invalid port "2376\.5"/],
    [{ port: '1e3' }, /Invalid port "1e3"/],
    [{ port: '0x10' }, /Invalid port "0x10"/],
    [{ port: '23 76' }, /Invalid port "23 76"/],
    [{ 'tls-san': 'foo bar' }, /Invalid tls-san "foo bar": not a valid DNS name/],
    [{ 'tls-san': 'ok.example.com, bad name' }, /Invalid tls-san "bad name"/],
    [{ 'tls-san': '*.com' }, /Invalid tls-san "\*\.com": not a valid DNS name/],
    [{ 'tls-san': 'foo.*.bar' }, /Invalid tls-san "foo\.\*\.bar"/],
    [{ 'tls-san': '**.x.y' }, /Invalid tls-san "\*\*\.x\.y"/],
    [{ 'tls-san': '*' }, /Invalid tls-san "\*"/],
    [{ 'tls-san': 'IP:not-an-ip' }, /Invalid tls-san "IP:not-an-ip": not an IPv4 or IPv6 address/],
    [{ 'tls-san': '300.1.1.1' }, /Invalid tls-san "300\.1\.1\.1": not a valid IPv4 address/],
    [{ 'cert-validity': '30s' }, /Invalid cert-validity "30s": must be at least 1m/],
    [{ 'cert-validity': '31d' }, /Invalid cert-validity "31d": must be at most 30d/],
    [{ 'cert-validity': '-1h' }, /Invalid cert-validity "-1h"/],
    [{ 'cert-validity': '6' }, /Invalid cert-validity "6": expected a number with a unit/],
    [{ 'cert-validity': 'h' }, /Invalid cert-validity "h"/],
    [{ 'startup-timeout': '500ms' }, /Invalid startup-timeout "500ms": must be at least 1s/],
    [{ 'startup-timeout': '2h' }, /Invalid startup-timeout "2h": must be at most 30m/],
    [{ 'daemon-config': '"debug"' }, /Invalid daemon-config "\\"debug\\"": must be a JSON object/],
    [{ 'daemon-config': '42' }, /Invalid daemon-config "42": must be a JSON object/],
    [{ 'daemon-config': 'null' }, /Invalid daemon-config "null": must be a JSON object/],
    [{ 'daemon-config': 'true' }, /Invalid daemon-config "true": must be a JSON object/],
    ...['hosts', 'tls', 'tlsverify', 'tlscacert', 'tlscert', 'tlskey'].map((key): [Record<string, string>, RegExp] => [
      { 'daemon-config': JSON.stringify({ debug: true, [key]: key === 'hosts' ? ['tcp://0.0.0.0:2375'] : false }) },
      new RegExp(`Invalid daemon-config .*: ${key} cannot be set here`),
    ]),
    [{ host: '256.0.0.1' }, /Invalid host "256\.0\.0\.1"/],
    [{ host: 'example.com' }, /Invalid host "example\.com"/],
  ];
  for (const [inputs, message] of cases) {
    test(JSON.stringify(inputs), () => {
      assert.throws(
        () => withInputs({ port: '0', ...inputs }, readInputs),
        (error: unknown) => {
          assert.ok(error instanceof DockerTlsError, String(error));
          assert.equal(error.badInput, true);
          assert.match(error.message, message);
          assert.match(`${error.message}\n${error.hint}`, /Example of a valid|use the host, port and tls-san inputs/);
          return true;
        },
      );
    });
  }
});

describe('defaults', () => {
  test('no input given: the documented defaults', () => {
    const inputs = readInputs();
    assert.equal(inputs.options.mode, 'dockerd');
    assert.equal(inputs.exportEnv, true);
    assert.equal(inputs.options.host, ACTION_INPUT_DEFAULTS.host);
    assert.equal(String(inputs.options.port), ACTION_INPUT_DEFAULTS.port);
    assert.equal(inputs.options.keyAlgorithm, ACTION_INPUT_DEFAULTS['key-algorithm']);
    assert.equal(inputs.options.validityMs, 6 * 3_600_000);
    assert.equal(inputs.options.startupTimeoutMs, 60_000);
    assert.deepEqual(inputs.options.serverSans, []);
    assert.deepEqual(inputs.options.daemonConfig, {});
    assert.equal(inputs.options.certDir, undefined);
  });

  test('values as a user writes them', () => {
    const inputs = withInputs(
      {
        host: '[::1]',
        'tls-san': 'a.example, IP:10.0.0.5',
        'export-env': 'no',
        'cert-dir': 'rel/dir',
        mode: 'DockerD',
      },
      readInputs,
    );
    assert.equal(inputs.options.host, '::1');
    assert.deepEqual(inputs.options.serverSans, [
      { type: 'dns', value: 'a.example' },
      { type: 'ip', value: '10.0.0.5' },
    ]);
    assert.equal(inputs.exportEnv, false);
    assert.equal(inputs.options.mode, 'dockerd');
    assert.ok(inputs.options.certDir?.startsWith('/') && inputs.options.certDir.endsWith('/rel/dir'));
  });
});
