// Bad values for the certificate options, as the CLI's certs command and the action name them: each
// refusal is an InputError naming the option, the value, the problem and a valid example, raised
// before anything is generated or written.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { INPUT_NAMES as CERT_INPUT_NAMES } from '../../src/core/options/names.js';
import { certsCommand } from '../../src/adapters/cli/certs.js';
import { CERT_VALIDITY_BOUNDS, parseCertificateOptions } from '../../src/core/options/options.js';
import { parseDuration } from '../../src/core/options/duration.js';
import { InputError } from '../../src/core/errors.js';
import { parseKeyAlgorithm } from '../../src/core/pki/index.js';
import { parseSan } from '../../src/core/san.js';

const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-unit-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

let counter = 0;
/** A fresh path under the temp root that does not exist yet. */
const freshPath = (label: string) => join(tempRoot, `${label}-${++counter}`);

describe('bad inputs are refused before anything is generated or written', () => {
  const cases: { args: string[]; input: string; value: string; problem: RegExp }[] = [
    { args: ['--san', 'exa mple'], input: '--san', value: 'exa mple', problem: /not a valid DNS name/ },
    { args: ['--san', '999.1.1.1'], input: '--san', value: '999.1.1.1', problem: /not a valid IPv4 address/ },
    { args: ['--san', ''], input: '--san', value: '', problem: /cannot be empty/ },
    { args: ['--san', 'IP:'], input: '--san', value: 'IP:', problem: /cannot be empty/ },
    { args: ['--san', 'fe80::1%eth0'], input: '--san', value: 'fe80::1%eth0', problem: /zone .*"%eth0"/ },
    { args: ['--validity', '0'], input: '--validity', value: '0', problem: /number with a unit/ },
    { args: ['--validity=-1h'], input: '--validity', value: '-1h', problem: /number with a unit/ },
    { args: ['--validity', '6x'], input: '--validity', value: '6x', problem: /number with a unit/ },
    { args: ['--validity', '400d'], input: '--validity', value: '400d', problem: /at most 30d/ },
    { args: ['--key-algorithm', 'dsa'], input: '--key-algorithm', value: 'dsa', problem: /unknown key algorithm/ },
  ];

  function assertInputError(error: unknown, input: string, value: string, problem: RegExp): true {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    assert.equal(error.badInput, true);
    assert.equal(error.input, input);
    assert.equal(error.value, value);
    assert.ok(error.message.includes(input), `message names the input: ${error.message}`);
    assert.ok(error.message.includes(JSON.stringify(value)), `message names the value: ${error.message}`);
    assert.match(error.message, problem);
    assert.match(error.hint ?? '', new RegExp(`^Example of a valid ${input}: \\S`));
    return true;
  }

  for (const { args, input, value, problem } of cases) {
    test(`CLI certs ${args.join(' ')}`, async () => {
      const dir = freshPath('bad');
      const output: string[] = [];
      await assert.rejects(
        certsCommand(['--out', dir, ...args], (line) => output.push(line)),
        (error: unknown) => assertInputError(error, input, value, problem),
      );
      assert.deepEqual(output, []);
      assert.equal(existsSync(dir), false, 'nothing was written');
    });
  }

  test('the examples in the hints are themselves valid', () => {
    const exampleOf = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        if (error instanceof InputError) return error.hint!.replace(/^Example of a valid .*?: /, '');
      }
      assert.fail('expected an InputError');
    };
    const sans = exampleOf(() => parseSan('exa mple', '--san')).split(', ');
    assert.ok(sans.length > 1);
    for (const san of sans) assert.doesNotThrow(() => parseSan(san, '--san'), san);
    const validity = exampleOf(() => parseDuration('--validity', '6x', CERT_VALIDITY_BOUNDS));
    assert.equal(parseDuration('--validity', validity, CERT_VALIDITY_BOUNDS), 6 * 3_600_000);
    assert.equal(
      parseKeyAlgorithm(
        exampleOf(() => parseKeyAlgorithm('dsa', '--key-algorithm')),
        '--key-algorithm',
      ),
      'ecdsa-p256',
    );
  });

  const actionCases: { raw: Parameters<typeof parseCertificateOptions>[0]; input: string; value: string }[] = [
    { raw: { sans: 'docker.local, exa mple' }, input: CERT_INPUT_NAMES.sans, value: 'exa mple' },
    { raw: { sans: ['999.1.1.1'] }, input: CERT_INPUT_NAMES.sans, value: '999.1.1.1' },
    { raw: { validity: '0' }, input: CERT_INPUT_NAMES.validity, value: '0' },
    { raw: { validity: '-1h' }, input: CERT_INPUT_NAMES.validity, value: '-1h' },
    { raw: { validity: '6x' }, input: CERT_INPUT_NAMES.validity, value: '6x' },
    { raw: { validity: '400d' }, input: CERT_INPUT_NAMES.validity, value: '400d' },
    { raw: { keyAlgorithm: 'dsa' }, input: CERT_INPUT_NAMES.keyAlgorithm, value: 'dsa' },
  ];

  for (const { raw, input, value } of actionCases) {
    test(`action inputs: ${input} = ${JSON.stringify(value)}`, () => {
      assert.throws(
        () => parseCertificateOptions(raw, CERT_INPUT_NAMES),
        (error: unknown) => assertInputError(error, input, value, /./),
      );
    });
  }
});
