// How a context name is chosen, against a scripted docker CLI that keeps a store of names and
// records each call: a free name costs one docker process (create, no listing); a taken one is
// listed, passed over when it is someone else's, replaced when it is this instance's or the
// leftover of an instance of ours that is gone.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { contextMarker } from '../../src/core/naming.js';
import { contextMetaFile, createDockerContext, instanceOfDescription } from '../../src/host/docker-context.js';
import { FakeBin } from '../../harness/fake-bin.js';

const bin = new FakeBin();
const calls = join(bin.dir, 'calls');
const store = join(bin.dir, 'store');
// Each context a line "name<TAB>description" in the store; `context ls` prints them as docker does.
const docker = bin.script(
  'docker',
  `tab=$(printf '\\t')
echo "$1 $2" >> ${calls}
case "$2" in
  ls) while IFS="$tab" read -r name description; do
        printf '{"Name":"%s","Description":"%s"}\\n' "$name" "$description"
      done < ${store} ;;
  create) if cut -f1 ${store} | grep -qx "$3"; then echo "context \\"$3\\" already exists" >&2; exit 1; fi
      printf '%s\\t%s\\n' "$3" "$5" >> ${store} ;;
  rm) grep -v "^$4$tab" ${store} > ${store}.new; mv ${store}.new ${store} ;;
esac`,
);
const endpoint = {
  dockerHost: 'tcp://127.0.0.1:2376',
  caPath: '/c/ca.pem',
  certPath: '/c/cert.pem',
  keyPath: '/c/key.pem',
};
// Which instances the stand-in for instance-presence.ts calls gone, and what it was asked.
const gone = new Set<string>();
const asked: string[] = [];
// The docker CLI's store as far as the age of a context goes: contexts/meta/<SHA-256 of the name>/meta.json.
const dockerConfig = join(bin.dir, 'docker-config');
function madeAgo(name: string, minutes: number): void {
  const meta = contextMetaFile(name, options.env);
  mkdirSync(dirname(meta), { recursive: true });
  writeFileSync(meta, '{}');
  const then = new Date(Date.now() - minutes * 60_000);
  utimesSync(meta, then, then);
}
const options = {
  docker,
  env: { PATH: process.env.PATH, DOCKER_CONFIG: dockerConfig },
  instanceIsGone: async (id: string, dockerHost: string) => {
    asked.push(`${id} ${dockerHost}`);
    return gone.has(id);
  },
};
/** The description an instance of ours gives its context (read back from the store a create wrote). */
async function descriptionOf(id: string, dockerHost: string): Promise<string> {
  storeHolds();
  await createDockerContext('probe', id, { ...endpoint, dockerHost }, options);
  return readFileSync(store, 'utf8').split('\t')[1].trim();
}
const callsMade = () => readFileSync(calls, 'utf8').trim().split('\n');

function storeHolds(...lines: string[]): void {
  writeFileSync(store, lines.map((line) => `${line}\n`).join(''));
}

after(() => bin.dispose());

describe('choosing a docker context name', () => {
  beforeEach(() => {
    storeHolds();
    writeFileSync(calls, '');
    gone.clear();
    asked.length = 0;
    rmSync(dockerConfig, { recursive: true, force: true });
  });

  test('a free name: one docker process, a create and no listing', async () => {
    assert.deepEqual(await createDockerContext('docker-tls', 'aa11', endpoint, options), {
      name: 'docker-tls',
      marker: contextMarker('aa11'),
    });
    assert.deepEqual(callsMade(), ['context create']);
  });

  test("a name that is the user's: listed once, then the next free name", async () => {
    storeHolds('docker-tls\tthe user');
    const made = await createDockerContext('docker-tls', 'bb22', endpoint, options);
    assert.equal(made.name, 'docker-tls-2');
    assert.deepEqual(callsMade(), ['context create', 'context ls', 'context create']);
  });

  test("a name that is this instance's own (a re-run): replaced, the name kept", async () => {
    storeHolds(`docker-tls\t${contextMarker('cc33')}: an earlier attempt`);
    const made = await createDockerContext('docker-tls', 'cc33', endpoint, options);
    assert.equal(made.name, 'docker-tls');
    assert.deepEqual(callsMade(), ['context create', 'context ls', 'context rm', 'context create']);
  });

  test('a name left by an instance of ours that is gone: removed, the name kept, the instance named', async () => {
    const left = await descriptionOf('dd44ee55', 'tcp://127.0.0.1:40001');
    storeHolds(`docker-tls\t${left}`);
    madeAgo('docker-tls', 45);
    writeFileSync(calls, '');
    gone.add('dd44ee55');
    const made = await createDockerContext('docker-tls', 'ff66', endpoint, options);
    assert.deepEqual(made, { name: 'docker-tls', marker: contextMarker('ff66'), replacedLeftoverOf: 'dd44ee55' });
    assert.deepEqual(callsMade(), ['context create', 'context ls', 'context rm', 'context create']);
    assert.deepEqual(asked, ['dd44ee55 tcp://127.0.0.1:40001']);
  });

  test('a name of an instance of ours that may still run: passed over, its context left alone', async () => {
    const live = await descriptionOf('0a0b0c0d', 'tcp://127.0.0.1:40002');
    storeHolds(`docker-tls\t${live}`);
    madeAgo('docker-tls', 45);
    writeFileSync(calls, '');
    const made = await createDockerContext('docker-tls', 'ff66', endpoint, options);
    assert.deepEqual(made, { name: 'docker-tls-2', marker: contextMarker('ff66') });
    assert.deepEqual(callsMade(), ['context create', 'context ls', 'context create']);
    assert.deepEqual(asked, ['0a0b0c0d tcp://127.0.0.1:40002']);
  });

  test('a context of ours made less than the longest start ago: kept, its instance not even asked about', async () => {
    // It may belong to an instance still starting, whose daemon does not listen yet.
    const recent = await descriptionOf('1f2e3d4c', 'tcp://127.0.0.1:40003');
    storeHolds(`docker-tls\t${recent}`);
    madeAgo('docker-tls', 29);
    writeFileSync(calls, '');
    gone.add('1f2e3d4c');
    const made = await createDockerContext('docker-tls', 'ff66', endpoint, options);
    assert.equal(made.name, 'docker-tls-2');
    assert.deepEqual(asked, []);
    // Without its metadata (a store laid out otherwise) its age is unknown: kept as well.
    rmSync(dockerConfig, { recursive: true, force: true });
    storeHolds(`docker-tls\t${recent}`);
    assert.equal((await createDockerContext('docker-tls', 'ff66', endpoint, options)).name, 'docker-tls-2');
    assert.deepEqual(asked, []);
  });

  test("a user's context is never asked about, whatever its description says", async () => {
    storeHolds(`docker-tls\t${contextMarker('12345678')}: my own notes`, `docker-tls-2\t${contextMarker('1234')}: x`);
    madeAgo('docker-tls', 45);
    madeAgo('docker-tls-2', 45);
    gone.add('12345678');
    const made = await createDockerContext('docker-tls', 'ff66', endpoint, options);
    assert.equal(made.name, 'docker-tls-3');
    assert.deepEqual(asked, []);
  });
});

describe('reading back the instance a context description names', () => {
  test('ours: the id and the endpoint', async () => {
    const description = await descriptionOf('89abcdef', 'tcp://[::1]:2376');
    assert.deepEqual(instanceOfDescription(description), { id: '89abcdef', dockerHost: 'tcp://[::1]:2376' });
  });

  test('anything else: nothing', () => {
    for (const description of [
      '',
      'the user',
      `${contextMarker('89abcdef')}: something else`,
      `${contextMarker('89ABCDEF')}: mutual TLS to tcp://127.0.0.1:1, removed when the job ends`,
      `${contextMarker('89abcde')}: mutual TLS to tcp://127.0.0.1:1, removed when the job ends`,
      `x${contextMarker('89abcdef')}: mutual TLS to tcp://127.0.0.1:1, removed when the job ends`,
    ]) {
      assert.equal(instanceOfDescription(description), undefined, description);
    }
  });
});
