// The step's side of the runner protocol, read back with the harness's own parser of the runner's
// side (harness/runner-protocol.ts): what main and post write must come out as the runner reads it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeTeardownSummary } from '../../src/adapters/action/summary.js';
import * as workflow from '../../src/adapters/action/workflow-commands.js';
import { parseFileCommand } from '../../harness/runner-protocol.js';

const dir = mkdtempSync(join(tmpdir(), 'dtls-workflow-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `body` with the file-command variables pointing at fresh files; returns what each holds. */
function withStepFiles(body: () => void): Record<string, string> {
  const names = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  for (const name of names) {
    process.env[name] = join(dir, `${name}-${Math.random()}`);
    writeFileSync(process.env[name]!, '');
  }
  try {
    body();
    return Object.fromEntries(names.map((name) => [name, readFileSync(process.env[name]!, 'utf8')]));
  } finally {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

/** What `body` printed on stdout. */
async function stdoutOf(body: () => unknown): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  let printed = '';
  process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
  try {
    await body();
  } finally {
    process.stdout.write = write;
  }
  return printed;
}

test('outputs, exported variables and state of several lines come out as the runner reads them', () => {
  const multiLine = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
  const files = withStepFiles(() => {
    workflow.setOutput('ca-cert', multiLine);
    workflow.setOutput('host', 'tcp://127.0.0.1:2376');
    workflow.exportVariable('DTLS_TEST_EXPORTED', 'a=b');
    workflow.saveState('instance', '{"id":"x"}');
  });
  assert.deepEqual(parseFileCommand(files.GITHUB_OUTPUT), { 'ca-cert': multiLine, host: 'tcp://127.0.0.1:2376' });
  assert.deepEqual(parseFileCommand(files.GITHUB_ENV), { DTLS_TEST_EXPORTED: 'a=b' });
  assert.equal(process.env.DTLS_TEST_EXPORTED, 'a=b', 'exported to this process too');
  delete process.env.DTLS_TEST_EXPORTED;
  assert.deepEqual(parseFileCommand(files.GITHUB_STATE), { instance: '{"id":"x"}' });
});

test('a value holding its delimiter is refused; without the runner files the step says where it runs', () => {
  assert.throws(() => workflow.fileCommandEntry('x', 'a\nEOF\nb', 'EOF'), /contains its own delimiter/);
  assert.match(workflow.fileCommandEntry('x', 'v', 'D'), /^x<<D\r?\nv\r?\nD\r?\n$/);
  const saved = process.env.GITHUB_OUTPUT;
  delete process.env.GITHUB_OUTPUT;
  try {
    assert.throws(() => workflow.setOutput('x', 'y'), /GITHUB_OUTPUT is not set: .*docker-tls CLI/);
  } finally {
    if (saved !== undefined) process.env.GITHUB_OUTPUT = saved;
  }
});

test('inputs and state as the runner passes them: INPUT_ upper-cased with spaces as _, trimmed; STATE_', () => {
  process.env['INPUT_DIND-IMAGE'] = '  docker:28-dind \n';
  process.env.INPUT_A_B = 'spaced';
  process.env.STATE_instance = '{"id":"y"}';
  try {
    assert.equal(workflow.getInput('dind-image'), 'docker:28-dind');
    assert.equal(workflow.getInput('a b'), 'spaced');
    assert.equal(workflow.getInput('absent'), '');
    assert.equal(workflow.getState('instance'), '{"id":"y"}');
    assert.equal(workflow.getState('absent'), '');
  } finally {
    delete process.env['INPUT_DIND-IMAGE'];
    delete process.env.INPUT_A_B;
    delete process.env.STATE_instance;
  }
});

test('messages: one command a line, %, CR and LF escaped; a group folds what its body prints; a failure sets the exit code', async () => {
  const printed = await stdoutOf(async () => {
    workflow.info('plain');
    workflow.debug('100% done\r\nnext');
    workflow.warning('two\nlines');
    await workflow.group('the log', async () => workflow.info('inside'));
  });
  assert.deepEqual(printed.split(/\r?\n/), [
    'plain',
    '::debug::100%25 done%0D%0Anext',
    '::warning::two%0Alines',
    '::group::the log',
    'inside',
    '::endgroup::',
    '',
  ]);
  const exitCode = process.exitCode;
  try {
    assert.equal(await stdoutOf(() => workflow.setFailed('broken')), `::error::broken\n`);
    assert.equal(process.exitCode, 1);
  } finally {
    process.exitCode = exitCode;
  }
});

test('the summary is appended as HTML with what it quotes escaped, and skipped where the runner has none', () => {
  const files = withStepFiles(() => writeTeardownSummary('the container <x>', ['log said "a & <b>"']));
  assert.equal(
    files.GITHUB_STEP_SUMMARY,
    '<h4>Docker over mutual TLS: cleaned up</h4>\nRemoved: the container &lt;x&gt;\n<ul><li>warning: log said &quot;a &amp; &lt;b&gt;&quot;</li></ul>\n',
  );
  const saved = process.env.GITHUB_STEP_SUMMARY;
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'absent', 'summary');
  try {
    assert.doesNotThrow(() => workflow.appendSummary('<p>lost</p>'));
  } finally {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = saved;
  }
});
