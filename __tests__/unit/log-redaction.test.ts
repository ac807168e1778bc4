import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inertLines } from '../../src/adapters/action/run-post.js';
import { TAIL_LINES, WHOLE_LINES, linesToShow, redactRequestData } from '../../src/core/redaction.js';

// Lines as dockerd 20.10 and 28 write them with "debug": true.
const CREATE = 'time="2026-11-24T06:00:00Z" level=debug msg="Calling POST /v1.41/containers/create?name=app"';
const FORM =
  'time="2026-11-24T06:00:00Z" level=debug msg="form data: {\\"Env\\":[\\"SECRET=hunter2\\"],\\"Image\\":\\"busybox\\"}"';
const BUILD =
  'time="2026-11-24T06:00:01Z" level=debug msg="Calling POST /v1.47/build?buildargs=%7B%22TOKEN%22%3A%22s3cret%22%7D&t=app"';

describe('redactRequestData', () => {
  test('drops request bodies, where docker run -e values are', () => {
    const out = redactRequestData(FORM);
    assert.doesNotMatch(out, /hunter2/);
    assert.match(out, /form data: \(not shown\)/);
  });

  test("drops dockerd 28's form-data field, in logfmt and in JSON log lines", () => {
    const logfmt =
      'time="2026-12-03T10:58:33Z" level=debug msg="handling POST request" form-data="{\\"Env\\":[\\"SECRET=hunter2\\"]}" method=POST';
    const json = '{"form-data":"{\\"Env\\":[\\"SECRET=hunter2\\"]}","level":"debug","msg":"handling POST request"}';
    assert.equal(
      redactRequestData(logfmt),
      'time="2026-12-03T10:58:33Z" level=debug msg="handling POST request" form-data=(not shown)',
    );
    assert.equal(redactRequestData(json), '{"form-data":"(not shown)"}');
  });

  test('drops query strings, where build args are, and keeps the path', () => {
    const out = redactRequestData(BUILD);
    assert.doesNotMatch(out, /s3cret|buildargs/);
    assert.match(out, /Calling POST \/v1\.47\/build\?\(query not shown\)/);
    assert.match(redactRequestData(CREATE), /Calling POST \/v1\.41\/containers\/create\?\(query not shown\)"$/);
  });

  // A client that does not percent-encode its query (curl with a raw URL) sends quotes as they are;
  // the log escapes them.
  test('drops query strings whose quotes and backslashes are escaped, as in logfmt and JSON log lines', () => {
    const escaped = [
      'time="x" level=debug msg="Calling POST /v1.47/build?buildargs={\\"TOKEN\\":\\"s3cret\\"}&t=app"',
      '{"level":"debug","msg":"Calling POST /v1.47/build?buildargs={\\"KEY\\":\\"\\\\nMIGHAgEAMBMGByqGSM49\\"}","time":"x"}',
      '{"level":"debug","msg":"Calling GET /v1.47/images/json?filters={\\"reference\\":[\\"ghp_t0ken\\"]}"}',
    ];
    for (const line of escaped) {
      const out = redactRequestData(line);
      assert.doesNotMatch(out, /s3cret|MIGH|ghp_t0ken|TOKEN|KEY/, out);
      assert.match(out, /\?\(query not shown\)"/, out);
    }
  });

  test('leaves lines without request data as they are', () => {
    const line = 'time="x" level=error msg="failed to start daemon: pid file found, ensure docker is not running"';
    assert.equal(redactRequestData(line), line);
  });
});

describe('linesToShow', () => {
  test('the whole log when it explains something, the tail otherwise', () => {
    const calm = { startFailed: false, daemonDied: false, verbose: false };
    assert.equal(linesToShow(calm), TAIL_LINES);
    assert.equal(linesToShow({ ...calm, startFailed: true }), WHOLE_LINES);
    assert.equal(linesToShow({ ...calm, daemonDied: true }), WHOLE_LINES);
    assert.equal(linesToShow({ ...calm, verbose: true }), WHOLE_LINES);
  });
});

describe('inertLines', () => {
  test('wraps foreign text between a stop-commands token and its end', () => {
    const lines = inertLines('::add-mask::x\n::error::forged', 'abc123');
    assert.deepEqual(lines, ['::stop-commands::abc123', '::add-mask::x\n::error::forged', '::abc123::']);
  });

  test('the default token is random, so the text cannot guess it', () => {
    const [first] = inertLines('a');
    const [second] = inertLines('a');
    assert.notEqual(first, second);
    assert.match(first, /^::stop-commands::[0-9a-f]{32}$/);
  });
});
