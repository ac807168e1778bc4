// What the action's own dockerd must refuse, and how (harness/refusal-suite.ts; the dind daemon
// meets the same suite in dind-refusals.test.ts). See docs/compatibility.md.
import assert from 'node:assert/strict';
import { FakeRunner } from '../harness/runner.js';
import { stepEnv } from '../harness/docker.js';
import { DaemonLog } from '../harness/daemon-log.js';
import { assertNoLeaks } from '../harness/leaks.js';
import { instanceOf } from '../harness/instance.js';
import { portOf } from '../harness/ports.js';
import { startOwnDockerd } from '../harness/own-dockerd.js';
import { describeRefusals, describeSameCaDateRefusals } from '../harness/refusal-suite.js';

describeRefusals("refusals by the action's daemon", async () => {
  const runner = new FakeRunner();
  // Bound to every address, so the same daemon can be reached through 127.0.0.2, which its
  // certificate does not name.
  const main = await runner.main({ port: '0', host: '0.0.0.0' });
  assert.equal(main.code, 0, main.stdout + main.stderr);
  const port = portOf(main.env.DOCKER_HOST);
  return {
    env: stepEnv(main.env),
    host: '127.0.0.1',
    port,
    exportedPort: port,
    log: DaemonLog.ofFile(instanceOf(main.state).logFile),
    post: async () => {
      const posted = await runner.post(main.state);
      runner.dispose();
      assert.equal(posted.code, 0, posted.stdout + posted.stderr);
      assert.match(
        posted.stdout,
        /client didn't provide a certificate/,
        'post printed the daemon log with the refusals',
      );
      await assertNoLeaks({ ids: [instanceOf(main.state).id], ports: [port] });
    },
    dispose: async () => {
      await runner.post(main.state);
      runner.dispose();
    },
  };
});

describeSameCaDateRefusals("expired and not-yet-valid client certificates from the daemon's own CA", async (ca) => {
  // A real dockerd started the way the action starts its own.
  const server = await ca.issueServer([
    { type: 'ip', value: '127.0.0.1' },
    { type: 'dns', value: 'localhost' },
  ]);
  const own = await startOwnDockerd(server, ca.client);
  return {
    host: '127.0.0.1',
    port: own.port,
    log: DaemonLog.ofFile(own.logFile),
    stop: async () => {
      await own.stop();
      await assertNoLeaks({ ids: [own.id], ports: [own.port] });
    },
  };
});
