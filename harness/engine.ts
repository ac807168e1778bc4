// Which Docker engine this test process runs against (scripts/test.mjs runs the daemon-facing files
// once per engine), and the proof that the daemon which answered is that engine.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { engineOf, expectedVersions } from '../scripts/engines.mjs';

export const ENGINE = engineOf(process.env);

export interface EngineAnswer {
  engine: string;
  containerd: string;
  apiVersion: string;
  minApiVersion: string;
}

/**
 * Asks the daemon in `env` (DOCKER_HOST and friends) for its /version and asserts that it is the
 * engine under test, down to its containerd: a PATH that picks the other engine's dockerd or
 * containerd fails here instead of testing one engine twice.
 */
export function assertEngineAnswers(env: NodeJS.ProcessEnv): EngineAnswer {
  const server = JSON.parse(
    execFileSync('docker', ['version', '--format', '{{json .Server}}'], { env, encoding: 'utf8', timeout: 30_000 }),
  ) as {
    Version: string;
    ApiVersion: string;
    MinAPIVersion: string;
    Components?: Array<{ Name: string; Version: string }>;
  };
  const answer = {
    engine: server.Version,
    containerd: server.Components?.find((component) => component.Name === 'containerd')?.Version ?? '(none)',
    apiVersion: server.ApiVersion,
    minApiVersion: server.MinAPIVersion,
  };
  const expected = expectedVersions(ENGINE, env);
  const hint = `engine "${ENGINE}" expects dockerd ${expected.engine} (${expected.dockerd}) and containerd ${expected.containerd} (${expected.containerdPath}); run the tests through npm test, which sets PATH for each engine`;
  assert.equal(answer.engine, expected.engine, hint);
  assert.equal(answer.containerd.replace(/^v/, ''), expected.containerd, hint);
  return answer;
}
