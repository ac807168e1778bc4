// What the action's main and post hand the runner through @actions/core, read back with the
// harness's own parser of the runner's side (harness/runner-protocol.ts): outputs and exported
// variables as the runner reads them, the private keys masked, the summary escaped.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { endpointOf } from '../../src/core/endpoint.js';
import { createCertificateSet } from '../../src/core/pki/index.js';
import { certificatePaths } from '../../src/core/pki/layout.js';
import type { StartedInstance } from '../../src/lifecycle/start.js';
import { publish } from '../../src/adapters/action/publish.js';
import { writeTeardownSummary } from '../../src/adapters/action/summary.js';
import { parseFileCommand } from '../../harness/runner-protocol.js';

const dir = mkdtempSync(join(tmpdir(), 'dtls-action-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE'];
// @actions/core keeps the summary's path once it found one: one file for this process, as a step has.
const SUMMARY = join(dir, 'summary');

/** What `body` appended to the job summary. */
async function summaryOf(body: () => Promise<unknown>): Promise<string> {
  const before = readFileSync(SUMMARY, 'utf8');
  await body();
  return readFileSync(SUMMARY, 'utf8').slice(before.length);
}

/** Runs `body` with the runner's files at fresh paths; returns what each holds and what was printed. */
async function asAStep(body: () => Promise<unknown>): Promise<Record<string, string>> {
  const saved = Object.fromEntries(FILES.map((name) => [name, process.env[name]]));
  for (const name of FILES) {
    process.env[name] = join(dir, `${name}-${Math.random()}`);
    writeFileSync(process.env[name]!, '');
  }
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  try {
    await body();
    return { stdout, ...Object.fromEntries(FILES.map((name) => [name, readFileSync(process.env[name]!, 'utf8')])) };
  } finally {
    process.stdout.write = write;
    for (const name of FILES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

async function started(): Promise<StartedInstance> {
  const certificateSet = await createCertificateSet({ keyAlgorithm: 'rsa-2048' });
  const certs = certificatePaths('/runner/temp/dtls-0a1b2c3d/certs');
  const endpoint = endpointOf('127.0.0.1', 2376);
  const environment = { DOCKER_HOST: endpoint.dockerHost, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs.clientDir };
  const state = {
    version: 1 as const,
    mode: 'dockerd' as const,
    id: '0a1b2c3d',
    workDir: '/runner/temp/dtls-0a1b2c3d',
  };
  return { state, certs, certificateSet, daemon: { endpoint, environment, readyAfterMs: 250, pid: 42 } };
}

test('outputs and exported variables come out as the runner reads them', async () => {
  const instance = await started();
  const step = await asAStep(() => publish(instance, true, 'dockerd'));
  const outputs = parseFileCommand(step.GITHUB_OUTPUT);
  assert.equal(outputs.host, 'tcp://127.0.0.1:2376');
  assert.equal(outputs['cert-path'], instance.certs.clientDir);
  assert.equal(outputs['expires-at'], instance.certificateSet.notAfter.toISOString());
  assert.equal(outputs.pid, '42');
  assert.deepEqual(parseFileCommand(step.GITHUB_ENV), instance.daemon!.environment);
  for (const name of Object.keys(instance.daemon!.environment)) delete process.env[name];
  const notExported = await asAStep(() => publish(instance, false, 'dockerd'));
  assert.equal(notExported.GITHUB_ENV, '');
  assert.match(notExported.stdout, /not exported: export-env is false/);
});

test('every line of both private keys is masked, and no key is printed', async () => {
  const instance = await started();
  const { stdout } = await asAStep(() => publish(instance, false, 'dockerd'));
  const masked = [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((match) => match[1]);
  const keyLines = (pem: string) => pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
  const { client, server } = instance.certificateSet;
  assert.deepEqual(masked, [...keyLines(client.keyPem), ...keyLines(server.keyPem)]);
  assert.ok(masked.length > 20, 'an RSA key has many lines');
  assert.doesNotMatch(stdout, /PRIVATE KEY/);
});

test('a runner without a job summary is no failure', async () => {
  delete process.env.GITHUB_STEP_SUMMARY;
  await assert.doesNotReject(writeTeardownSummary('nothing', []));
  writeFileSync(SUMMARY, '');
  process.env.GITHUB_STEP_SUMMARY = SUMMARY;
});

test('the summaries are HTML with what they quote escaped', async () => {
  const instance = await started();
  const main = await summaryOf(() => asAStep(() => publish(instance, false, 'dockerd')));
  assert.match(main, /^<h3>Docker over mutual TLS<\/h3>/);
  assert.match(main, /<td>mode<\/td><td>dockerd<\/td>/);
  assert.match(main, /<td>CA private key<\/td><td>discarded after signing/);
  const post = await summaryOf(() => writeTeardownSummary('the container <x>', ['log said "a & <b>"']));
  assert.match(post, /Removed: the container &lt;x&gt;/);
  assert.match(post, /<li>warning: log said &quot;a &amp; &lt;b&gt;&quot;<\/li>/);
});
