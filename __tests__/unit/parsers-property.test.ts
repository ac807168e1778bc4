// Property-based tests of every parser of user input: whatever a user types, the parser either
// returns a value or throws an InputError naming that input; every value it accepts round-trips.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseBoolean, parseHost, parsePath, parsePort } from '../../src/core/options/values.js';
import { parseOptions, parseMode } from '../../src/core/options/options.js';
import { hasControlCharacter } from '../../src/core/text.js';
import { parseDaemonConfig } from '../../src/core/options/daemon-config.js';
import { INPUT_NAMES } from '../../src/core/options/names.js';
import { formatDuration, parseDuration } from '../../src/core/options/duration.js';
import { InputError } from '../../src/core/errors.js';
import { KEY_ALGORITHMS, parseKeyAlgorithm } from '../../src/core/pki/algorithms.js';
import { formatSan, parseSanList } from '../../src/core/san.js';

const RUNS = { numRuns: 500 };
const NAMES = { ...INPUT_NAMES, style: 'input' as const };

/** Input as a user or a workflow may give it: any text, including control and non-ASCII characters. */
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }));

/** Runs `parse`; a refusal must be an InputError that names `input`. */
function parsesOrNamesInput<T>(input: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    assert.ok(error instanceof InputError, `a ${(error as Error).name} escaped: ${(error as Error).message}`);
    assert.equal(error.input, input);
    assert.ok(error.message.includes(input), error.message);
    // The message is logged: a raw newline or carriage return in it could start a workflow command.
    assert.doesNotMatch(error.message, /[\r\n]/, 'the refused value is echoed escaped');
    return undefined;
  }
}

describe('port', () => {
  test('any text: a port from 0 to 65535, or a refusal naming the input', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const port = parsesOrNamesInput('port', () => parsePort(raw, 'port'));
        if (port !== undefined) assert.ok(Number.isInteger(port) && port >= 0 && port <= 65535);
      }),
      RUNS,
    );
  });

  test('every port round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 65535 }), (port) => assert.equal(parsePort(String(port), 'port'), port)),
    );
  });
});

describe('durations', () => {
  const bounds = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };

  test('any text: a duration within bounds, or a refusal naming the input', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const ms = parsesOrNamesInput('cert-validity', () => parseDuration('cert-validity', raw, bounds));
        if (ms !== undefined) assert.ok(ms >= bounds.minMs && ms <= bounds.maxMs);
      }),
      RUNS,
    );
  });

  test('text shaped like a duration: still a value or a named refusal', () => {
    const shaped = fc
      .array(fc.tuple(fc.nat({ max: 10_000 }), fc.constantFrom('ms', 's', 'm', 'h', 'd', 'x', '')), { maxLength: 4 })
      .map((parts) => parts.map(([n, unit]) => `${n}${unit}`).join(''));
    fc.assert(
      fc.property(shaped, (raw) => {
        parsesOrNamesInput('cert-validity', () => parseDuration('cert-validity', raw, bounds));
      }),
      RUNS,
    );
  });

  test('every duration within bounds round-trips through its formatted form', () => {
    fc.assert(
      fc.property(fc.integer({ min: bounds.minMs, max: bounds.maxMs }), (ms) => {
        assert.equal(parseDuration('cert-validity', formatDuration(ms), bounds), ms);
      }),
      RUNS,
    );
  });
});

describe('subject alternative names', () => {
  test('any text: names, or a refusal naming the input', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        parsesOrNamesInput('tls-san', () => parseSanList(raw, 'tls-san'));
      }),
      RUNS,
    );
  });

  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
  const dnsName = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
    .map(([labels, top]) => [...labels, top].join('.'));
  const address = fc.oneof(fc.ipV4(), fc.ipV6());

  test('every name and address round-trips, with or without its prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(dnsName, address), { minLength: 1, maxLength: 5 }), (items) => {
        const parsed = parseSanList(items.join(', '), 'tls-san');
        assert.equal(parsed.length, items.length);
        assert.deepEqual(parseSanList(parsed.map(formatSan), 'tls-san'), parsed);
      }),
      RUNS,
    );
  });
});

describe('host', () => {
  test('any text: an IP address, or a refusal naming the input', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        parsesOrNamesInput('host', () => parseHost(raw, 'host'));
      }),
      RUNS,
    );
  });

  test('every IPv4 and IPv6 address round-trips', () => {
    fc.assert(fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), (ip) => assert.equal(parseHost(ip, 'host'), ip)));
  });
});

describe('daemon-config', () => {
  test('any text: a JSON object, or a refusal naming the input', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.json()), (raw) => {
        const value = parsesOrNamesInput('daemon-config', () => parseDaemonConfig(raw, NAMES));
        if (value !== undefined) assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value));
      }),
      RUNS,
    );
  });

  test('objects of settings it allows round-trip', () => {
    const key = fc.constantFrom('debug', 'log-level', 'storage-driver', 'max-concurrent-downloads', 'features');
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue()), (settings) => {
        assert.deepEqual(parseDaemonConfig(JSON.stringify(settings), NAMES), JSON.parse(JSON.stringify(settings)));
      }),
      RUNS,
    );
  });
});

describe('paths (cert-dir, --state-dir, --out)', () => {
  test('any text: an absolute path without control characters, or a refusal naming the input', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const path = parsesOrNamesInput('cert-dir', () => parsePath(raw, 'cert-dir'));
        if (path !== undefined) {
          assert.ok(path.startsWith('/'), path);
          assert.ok(!hasControlCharacter(path), JSON.stringify(path));
        }
      }),
      RUNS,
    );
  });

  const segment = fc
    .stringMatching(/^[A-Za-z0-9._ -]{1,12}$/)
    .filter((name) => name.trim() === name && !/^\.+$/.test(name));
  test('every absolute path of plain names round-trips', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (names) => {
        const path = `/${names.join('/')}`;
        assert.equal(parsePath(path, 'cert-dir'), path);
      }),
      RUNS,
    );
  });

  test('a control character anywhere in a path is refused, naming the input', () => {
    const control = fc
      .integer({ min: 0, max: 0x9f })
      .filter((code) => code < 0x20 || code >= 0x7f)
      .map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(segment, control, segment, (before, bad, after) => {
        const raw = `/tmp/${before}${bad}${after}`;
        // Leading and trailing whitespace is trimmed; a control character inside never is.
        assert.throws(
          () => parsePath(raw, 'cert-dir'),
          (error: unknown) => error instanceof InputError && error.input === 'cert-dir',
        );
        assert.throws(
          () => parseOptions({ certDir: raw }, NAMES),
          (error: unknown) => error instanceof InputError && error.input === 'cert-dir',
        );
      }),
      RUNS,
    );
  });
});

describe('daemon-config refused keys', () => {
  const refused = fc.constantFrom(
    'hosts',
    'tls',
    'tlsverify',
    'tlscacert',
    'tlscert',
    'tlskey',
    'data-root',
    'exec-root',
    'pidfile',
    'containerd',
    'containerd-namespace',
    'containerd-plugins-namespace',
    'bridge',
    'bip',
    'default-address-pools',
  );
  /** The key as dockerd would still read it: any case, `-` and `_` swapped or dropped. */
  const variant = fc
    .tuple(refused, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.constantFrom('-', '_', ''))
    .map(([key, upper, dash]) =>
      [...key.replace(/-/g, dash)].map((char, index) => (upper[index] ? char.toUpperCase() : char)).join(''),
    );
  test('every spelling of a refused key is refused, naming the input and the key', () => {
    fc.assert(
      fc.property(variant, fc.jsonValue(), (key, value) => {
        assert.throws(
          () => parseDaemonConfig(JSON.stringify({ debug: true, [key]: value }), NAMES),
          (error: unknown) =>
            error instanceof InputError &&
            error.input === 'daemon-config' &&
            error.message.includes(`${key} cannot be set here`),
        );
      }),
      RUNS,
    );
  });
});

describe('key-algorithm, export-env and mode', () => {
  test('any text: a known value, or a refusal naming the input', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const algorithm = parsesOrNamesInput('key-algorithm', () => parseKeyAlgorithm(raw, 'key-algorithm'));
        if (algorithm !== undefined) assert.ok((KEY_ALGORITHMS as readonly string[]).includes(algorithm));
        const flag = parsesOrNamesInput('export-env', () => parseBoolean('export-env', raw));
        if (flag !== undefined) assert.equal(typeof flag, 'boolean');
        const mode = parsesOrNamesInput('mode', () => parseMode(raw, 'mode'));
        if (mode !== undefined) assert.equal(mode, 'dockerd');
      }),
      RUNS,
    );
  });

  test('every accepted value round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEY_ALGORITHMS), fc.boolean(), (algorithm, flag) => {
        assert.equal(parseKeyAlgorithm(algorithm, 'key-algorithm'), algorithm);
        assert.equal(parseBoolean('export-env', String(flag)), flag);
      }),
    );
  });
});
