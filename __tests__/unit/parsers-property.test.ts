// Property-based tests of every parser of user input: whatever a user types, the parser either
// returns a value or throws an InputError naming that input; every value it accepts round-trips.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OPTION_NAMES, parseDaemonConfig, parseHost, parsePort } from '../../src/config.js';
import { formatDuration, parseDuration } from '../../src/duration.js';
import { InputError } from '../../src/errors.js';
import { formatSan, parseSanList } from '../../src/san.js';

const RUNS = { numRuns: 500 };
const NAMES = { ...OPTION_NAMES, style: 'input' as const };

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
