// How a context name is chosen, against a scripted docker CLI that keeps a store of names and
// records each call: a free name costs one docker process (create, no listing); a taken one is
// listed, passed over when it is someone else's, replaced when it is this instance's.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { contextMarker } from '../../src/core/naming.js';
import { createDockerContext } from '../../src/host/docker-context.js';
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
const options = { docker, env: { PATH: process.env.PATH } };
const callsMade = () => readFileSync(calls, 'utf8').trim().split('\n');

function storeHolds(...lines: string[]): void {
  writeFileSync(store, lines.map((line) => `${line}\n`).join(''));
}

after(() => bin.dispose());

describe('choosing a docker context name', () => {
  beforeEach(() => {
    storeHolds();
    writeFileSync(calls, '');
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
});
