// Every parser of what a user or a saved file gives us: durations, SANs, hosts, ports, booleans,
// daemon-config, key algorithms, saved states, instance names and the runner's file commands.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFileCommand } from '../../harness/runner-protocol.js';
import { INPUT_NAMES, FLAG_NAMES, setting, spelled } from '../../src/core/options/names.js';
import { parseMode } from '../../src/core/options/options.js';
import { parseBoolean, parseHost, parsePort } from '../../src/core/options/values.js';
import { parseDaemonConfig } from '../../src/core/options/daemon-config.js';
import { formatDuration, parseDuration } from '../../src/core/options/duration.js';
import { InputError } from '../../src/core/errors.js';
import { idOfMarker, isInstanceId, markerOf, newInstanceId } from '../../src/core/naming.js';
import { StateError, parseState } from '../../src/core/state.js';
import { KEY_ALGORITHMS, parseKeyAlgorithm } from '../../src/core/pki/index.js';
import { formatSan, parseSan, parseSanList, uniqueSans } from '../../src/core/san.js';
import { lastLines } from '../../src/core/text.js';

const BOUNDS = { minMs: 1000, maxMs: 86_400_000, example: '60s' };

describe('durations', () => {
  test('units and sums', () => {
    assert.equal(parseDuration('t', '500ms', { ...BOUNDS, minMs: 1 }), 500);
    assert.equal(parseDuration('t', '90m', BOUNDS), 5_400_000);
    assert.equal(parseDuration('t', '1h30m', BOUNDS), 5_400_000);
    assert.equal(parseDuration('t', ' 1.5s ', BOUNDS), 1500);
    assert.equal(parseDuration('t', '1d', BOUNDS), 86_400_000);
  });

  test('refused: no unit, unknown units, signs, out of bounds; each names the input', () => {
    for (const raw of ['60', '', 'h', '6x', '-1h', '1h 30m', '0.5ms', '2d']) {
      assert.throws(
        () => parseDuration('startup-timeout', raw, BOUNDS),
        (error: unknown) => {
          assert.ok(error instanceof InputError);
          assert.equal(error.input, 'startup-timeout');
          assert.equal(error.value, raw);
          return true;
        },
      );
    }
  });

  test('formatDuration writes the largest whole unit', () => {
    assert.deepEqual([1, 1000, 60_000, 5_400_000, 86_400_000].map(formatDuration), ['1ms', '1s', '1m', '90m', '1d']);
  });
});

describe('subject alternative names', () => {
  test('names, addresses, prefixes, brackets; DNS names lower-cased', () => {
    assert.deepEqual(parseSan('Docker.Example.COM', 'tls-san'), { type: 'dns', value: 'docker.example.com' });
    assert.deepEqual(parseSan('IP:10.0.0.5', 'tls-san'), { type: 'ip', value: '10.0.0.5' });
    assert.deepEqual(parseSan('[::1]', 'tls-san'), { type: 'ip', value: '::1' });
    assert.deepEqual(parseSan('DNS:*.ci.internal', 'tls-san'), { type: 'dns', value: '*.ci.internal' });
    assert.deepEqual(parseSan('dns:10.0.0.5.example', 'tls-san'), { type: 'dns', value: '10.0.0.5.example' });
  });

  test('lists split on commas and newlines; duplicates by canonical form', () => {
    const sans = parseSanList(['a.example, b.example\n::1', 'IP:0:0:0:0:0:0:0:1'], 'tls-san');
    assert.deepEqual(uniqueSans(sans).map(formatSan), ['DNS:a.example', 'DNS:b.example', 'IP:::1']);
    assert.deepEqual(parseSanList(' , \n', 'tls-san'), []);
  });

  test('refused with the input named', () => {
    for (const raw of ['', 'IP:', 'exa mple', '*.com', 'a.*.b', '300.1.1.1', 'IP:host', '-a.example', '1.2.3']) {
      assert.throws(
        () => parseSan(raw, '--san'),
        (error: unknown) => error instanceof InputError && error.input === '--san',
      );
    }
  });
});

describe('subject alternative names: what ipaddr.js reads more loosely', () => {
  test('inet_aton forms of IPv4 and leading zeros in a dotted quad are refused, not read as other addresses', () => {
    for (const raw of ['010.0.0.1', '0x0a.0.0.1', '167772161', '10.1', '::ffff:010.0.0.1', '::ffff:0x0a.0.0.1']) {
      assert.throws(
        () => parseSan(raw, '--san'),
        (error: unknown) => error instanceof InputError && error.input === '--san' && error.value === raw,
        raw,
      );
    }
  });

  test('a zone id is refused in one line naming the input, the value and the zone', () => {
    for (const raw of ['fe80::1%eth0', '[fe80::1%25eth0]', 'IP:fe80::1%eth0.5']) {
      assert.throws(
        () => parseSan(raw, '--san'),
        (error: unknown) => {
          assert.ok(error instanceof InputError, String(error));
          assert.equal(error.input, '--san');
          assert.equal(error.value, raw);
          assert.match(error.message, /^Invalid --san ".*": an IPv6 zone .* leave out "%[^"]+"\.$/);
          assert.doesNotMatch(error.message, /\n/);
          return true;
        },
        raw,
      );
    }
  });

  test('IPv4 inside IPv6 keeps its address; spellings of one address are one name, mapped and plain IPv4 two', () => {
    assert.deepEqual(parseSan('::1.2.3.4', 'tls-san'), { type: 'ip', value: '::1.2.3.4' });
    assert.deepEqual(parseSan('::FFFF:10.0.0.1', 'tls-san'), { type: 'ip', value: '::FFFF:10.0.0.1' });
    const sans = parseSanList(
      'fd00::5, FD00:0:0:0:0:0:0:5, [fd00::0005], ::ffff:10.0.0.1, ::ffff:a00:1, 10.0.0.1',
      'x',
    );
    assert.deepEqual(uniqueSans(sans).map(formatSan), ['IP:fd00::5', 'IP:::ffff:10.0.0.1', 'IP:10.0.0.1']);
    // ::a.b.c.d is IPv4-compatible (RFC 4291 2.5.5.1), not the mapped ::ffff:a.b.c.d that ipaddr.js makes of it.
    assert.equal(uniqueSans(parseSanList('::1.2.3.4, ::ffff:1.2.3.4, ::102:304', 'x')).length, 2);
  });
});

describe('host, port, boolean, key algorithm, mode', () => {
  test('host: addresses, brackets, localhost; never a name', () => {
    assert.equal(parseHost(' 0.0.0.0 ', 'host'), '0.0.0.0');
    assert.equal(parseHost('[::]', 'host'), '::');
    assert.equal(parseHost('LOCALHOST', 'host'), '127.0.0.1');
    assert.throws(() => parseHost('example.com', 'host'), /Invalid host "example.com"/);
  });

  test('port: 0 to 65535 in plain digits', () => {
    assert.deepEqual(
      ['0', '2376', ' 65535 '].map((raw) => parsePort(raw, 'port')),
      [0, 2376, 65535],
    );
    for (const raw of ['-1', '65536', '1e3', '0x10', '23 76', '']) {
      assert.throws(() => parsePort(raw, '--port'), /Invalid --port/);
    }
  });

  test('boolean: the YAML-ish spellings', () => {
    assert.deepEqual(
      ['true', 'Yes', '1', 'on'].map((raw) => parseBoolean('export-env', raw)),
      [true, true, true, true],
    );
    assert.deepEqual(
      ['false', 'NO', '0', 'off'].map((raw) => parseBoolean('export-env', raw)),
      [false, false, false, false],
    );
    assert.throws(() => parseBoolean('export-env', 'maybe'), /Invalid export-env "maybe": must be true or false/);
  });

  test('key algorithm and mode', () => {
    for (const algorithm of KEY_ALGORITHMS) assert.equal(parseKeyAlgorithm(algorithm.toUpperCase(), 'k'), algorithm);
    assert.throws(() => parseKeyAlgorithm('dsa', '--key-algorithm'), /Invalid --key-algorithm "dsa"/);
    assert.equal(parseMode(' DockerD ', 'mode'), 'dockerd');
    assert.equal(parseMode('dind', 'mode'), 'dind');
    assert.equal(parseMode('certs', 'mode'), 'certs');
    assert.throws(() => parseMode('kubernetes', 'mode'), /unknown mode/);
  });
});

describe('daemon-config', () => {
  test('an object, or nothing', () => {
    assert.deepEqual(parseDaemonConfig('  ', INPUT_NAMES), {});
    assert.deepEqual(parseDaemonConfig('{"debug": true}', INPUT_NAMES), { debug: true });
  });

  test('the keys that keep mutual TLS are refused, in the words of each adapter', () => {
    assert.throws(
      () => parseDaemonConfig('{"hosts": []}', INPUT_NAMES),
      /Invalid daemon-config .*hosts cannot be set here.*use the host, port and tls-san inputs/,
    );
    assert.throws(
      () => parseDaemonConfig('{"tlskey": "/k"}', FLAG_NAMES),
      /tlskey cannot be set here.*use the --host, --port and --tls-san options/,
    );
  });

  test('how each adapter spells an option and a setting', () => {
    assert.equal(spelled(INPUT_NAMES, 'startupTimeout'), 'startup-timeout');
    assert.equal(spelled(FLAG_NAMES, 'startupTimeout'), '--startup-timeout');
    assert.equal(setting(INPUT_NAMES, 'port', '0'), 'port: 0');
    assert.equal(setting(FLAG_NAMES, 'port', '0'), '--port 0');
  });
});

describe('saved state', () => {
  test('a record, one that names nothing, and text that is no record', () => {
    const state = { version: 1, mode: 'dockerd', id: '0123abcd', workDir: '/t/dtls-0123abcd', pid: 7 };
    assert.deepEqual(parseState(JSON.stringify(state)), state);
    const { mode: _mode, ...modeless } = state;
    assert.throws(() => parseState(JSON.stringify(modeless)), /unknown mode undefined/);
    assert.equal(parseState('{}'), undefined);
    assert.equal(parseState('null'), undefined);
    assert.equal(parseState('{"id": 5, "workDir": "/t"}'), undefined);
    assert.throws(() => parseState('{not json'), StateError);
    assert.throws(() => parseState(JSON.stringify({ ...state, mode: 'podman' })), /unknown mode "podman"/);
  });
});

describe('instance names', () => {
  test('the one naming rule, and its inverse', () => {
    const id = newInstanceId();
    assert.ok(isInstanceId(id), id);
    assert.equal(markerOf(id), `dtls-${id}`);
    assert.equal(idOfMarker(markerOf(id)), id);
    assert.ok(markerOf(id).length <= 15, 'fits an interface name');
    for (const name of ['docker0', 'dtls-', 'dtls-0123abc', 'dtls-0123abcdx', 'xdtls-0123abcd', 'dtlsb-0123abcd']) {
      assert.equal(idOfMarker(name), undefined, name);
    }
  });
});

describe("the runner's file commands and log tails", () => {
  test('name=value lines and heredocs; a later value replaces an earlier one', () => {
    const text = 'a=1\nmulti<<EOF_1\nline one\nline=two\nEOF_1\na=2\nbroken line\n';
    assert.deepEqual(parseFileCommand(text), { a: '2', multi: 'line one\nline=two' });
  });

  test('lastLines', () => {
    assert.equal(lastLines('1\n2\n3\n\n', 2), '2\n3');
    assert.equal(lastLines('', 5), '');
  });
});
