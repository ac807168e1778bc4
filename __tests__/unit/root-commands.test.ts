// What runs as root is found only in trusted directories, with a trusted PATH (issue 12, item 8).
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findDockerd, daemonEnvironment } from '../../src/engines/dockerd/binaries.js';
import {
  AS_ROOT,
  VIA_SUDO,
  readAsRoot,
  rootIsThisProcess,
  runAsRoot,
  trustedCommand,
  trustedSearchPath,
} from '../../src/host/privilege.js';
import { detachedCommand } from '../../src/host/processes.js';

let planted: string;
let savedPath: string | undefined;

before(() => {
  // Like ~/.local/bin early in a runner's PATH: a directory other users (here: everyone) may write.
  planted = mkdtempSync(join(tmpdir(), 'planted-bin-'));
  chmodSync(planted, 0o777);
  for (const name of ['true', 'ip', 'dockerd']) {
    writeFileSync(join(planted, name), `#!/bin/sh\ntouch "${planted}/ran-${name}"\n`, { mode: 0o755 });
  }
  savedPath = process.env.PATH;
  process.env.PATH = `${planted}:${savedPath}`;
});

after(() => {
  process.env.PATH = savedPath;
  rmSync(planted, { recursive: true, force: true });
});

describe('programs run as root', () => {
  test('a program in a directory others may write is passed over for the system one', async () => {
    const ip = await trustedCommand('ip');
    assert.ok(ip.startsWith('/') && !ip.startsWith(planted), ip);
  });

  test('runAsRoot runs the trusted program, never the planted one', async () => {
    await runAsRoot(AS_ROOT, 'true', []);
    assert.ok(!existsSync(join(planted, 'ran-true')), 'the planted "true" did not run');
  });

  test('the PATH given to root commands and daemons leaves the writable directory out', async () => {
    const path = await trustedSearchPath();
    assert.ok(!path.split(':').includes(planted), path);
    assert.ok(path.split(':').includes('/usr/sbin'), 'the system directories are there');
    const env = daemonEnvironment(['/usr/sbin/dockerd', '/usr/bin/containerd'], {
      PATH: process.env.PATH,
      HTTPS_PROXY: 'http://proxy:3128',
      SECRET: 'x',
    });
    assert.deepEqual(Object.keys(env).sort(), ['HTTPS_PROXY', 'PATH']);
    assert.ok(!env.PATH.split(':').includes(planted), `the daemons' PATH ${env.PATH} leaves the planted directory out`);
  });

  test('dockerd: the planted one is passed over; with only that one, the error says why', async () => {
    const found = await findDockerd().catch((error: Error) => error.message);
    assert.ok(!found.startsWith(planted), found);
    const path = process.env.PATH;
    process.env.PATH = planted;
    try {
      await assert.rejects(findDockerd(), /dockerd was found only where another user than root could have put it/);
    } finally {
      process.env.PATH = path;
    }
  });

  test('only planted copies: a clear error naming what was passed over', async () => {
    await assert.rejects(trustedCommand('dockerd-planted-only'), /not found in a directory only root can write/);
    writeFileSync(join(planted, 'only-here'), '#!/bin/sh\n', { mode: 0o755 });
    await assert.rejects(
      trustedCommand('only-here'),
      // As root the directory is root's but open to everyone; as another user it is that user's.
      new RegExp(
        `Passed over: ${planted}/only-here \\((other users may write|${planted} is owned by uid \\d+, not root)`,
      ),
    );
  });
});

describe('a detached daemon through sudo (L4)', () => {
  const viaSudo = { prefix: ['/usr/bin/sudo', '-n'], viaSudo: true };

  test('its environment comes from env by an absolute path, never from a name sudo would look up', () => {
    const argv = detachedCommand({ ...viaSudo, env: '/usr/bin/env' }, ['/usr/sbin/dockerd', '--debug'], {
      PATH: '/usr/sbin:/usr/bin',
    });
    assert.deepEqual(argv, [
      '/usr/bin/sudo',
      '-n',
      '/usr/bin/env',
      '-i',
      'PATH=/usr/sbin:/usr/bin',
      '/usr/sbin/dockerd',
      '--debug',
    ]);
  });

  test('without env found in a trusted directory, nothing is started', () => {
    assert.throws(() => detachedCommand({ ...viaSudo, env: 'env' }, ['/usr/sbin/dockerd'], {}), /env was not found/);
    assert.throws(() => detachedCommand(viaSudo, ['/usr/sbin/dockerd'], {}), /env was not found/);
  });

  test('as root: the command as it is', () => {
    assert.deepEqual(detachedCommand(AS_ROOT, ['/usr/sbin/dockerd'], { PATH: '/usr/bin' }), ['/usr/sbin/dockerd']);
  });
});

describe('files only root may read', () => {
  test('are read by this process only when root is this process, else by cat as root', async () => {
    assert.equal(rootIsThisProcess(AS_ROOT), true);
    assert.equal(rootIsThisProcess(VIA_SUDO), false);
    assert.equal(rootIsThisProcess({ prefix: ['ip', 'netns', 'exec', 'ns1'], viaSudo: false }), false);
    const dir = mkdtempSync(join(tmpdir(), 'read-as-root-'));
    try {
      const file = join(dir, 'names');
      writeFileSync(file, 'filter\nnat\n');
      // A stand-in cat that says something else: which of the two answered shows in the text.
      writeFileSync(join(dir, 'cat'), "#!/bin/sh\necho 'from cat'\n", { mode: 0o755 });
      const standIns = { ...AS_ROOT, locate: async (name: string) => join(dir, name) };
      assert.equal(rootIsThisProcess(standIns), false);
      assert.equal(await readAsRoot(AS_ROOT, file), 'filter\nnat\n');
      assert.equal(await readAsRoot(standIns, file), 'from cat\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
