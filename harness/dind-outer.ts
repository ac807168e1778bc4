// The outer engine of the dind tests: a test dockerd of whichever engine this test pass runs (see
// harness/engine.ts), with the fixture dind image built on it (scripts/build-dind-image.sh; no
// registry here), and a client for its API.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EngineClient } from '../src/host/engine-api/client.js';
import { parseEngineEndpoint } from '../src/core/options/engine-endpoint.js';
import { assertEngineAnswers } from './engine.js';
import { type OuterEngine, type OuterEngineOptions, startOuterEngine } from './outer-engine.js';
import { REPO_ROOT } from './runner.js';

const execFileAsync = promisify(execFile);

/** docker.io 28 from Debian unstable, built once per outer engine; DIND_TEST_IMAGE names another. */
export const DIND_TEST_IMAGE = process.env.DIND_TEST_IMAGE ?? 'docker-tls-test/dind:28';

/** Started, proven to be the engine under test, with the fixture image; stopped again on failure. */
export async function startDindOuterEngine(
  options: OuterEngineOptions = {},
): Promise<{ engine: OuterEngine; client: EngineClient }> {
  const engine = await startOuterEngine(60_000, options);
  try {
    assertEngineAnswers(engine.env);
    await execFileAsync(join(REPO_ROOT, 'scripts', 'build-dind-image.sh'), [DIND_TEST_IMAGE], {
      env: engine.env,
      timeout: 600_000,
    });
  } catch (error) {
    await engine.stop();
    throw error;
  }
  return { engine, client: new EngineClient(parseEngineEndpoint(engine.endpoint)) };
}
