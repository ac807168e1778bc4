// The runner's own Docker must not notice the action: its daemon answers, docker0 is there, and
// the container it runs keeps running and answering on its published port. Checked once, or over
// and over while the action's steps run (watchRunnerDocker), so that a moment of breakage inside
// main or post shows too. Through the suite's own HTTP client: a docker CLI or curl process a few
// times a second would take much of the emulated CPU the steps being watched need.
import { existsSync } from 'node:fs';
import { DOCKER_VERSION } from './fidelity.js';
import { localPage, systemApi } from './http.js';
import type { RunnerContainer } from './machine.js';
import { sleep } from './shell.js';

/** The promise's value, or the message it failed with. */
function settle<T>(promise: Promise<T>): Promise<{ value: T } | { failed: string }> {
  return promise.then(
    (value) => ({ value }),
    (error: Error) => ({ failed: error.message }),
  );
}

/** What is wrong with the runner's Docker now; empty when all is well. */
export async function runnerDockerProblems(container: RunnerContainer): Promise<string[]> {
  const [version, inspect, page] = await Promise.all([
    settle(systemApi<{ Version: string }>('/version')),
    settle(systemApi<{ State: { Running: boolean } }>(`/containers/${container.name}/json`)),
    settle(localPage(container.port)),
  ]);
  const problems: string[] = [];
  if (!('value' in version) || !DOCKER_VERSION.test(version.value.Version)) {
    problems.push(`the system daemon does not answer as Docker 28.5: ${JSON.stringify(version)}`);
  }
  if (!existsSync('/sys/class/net/docker0')) problems.push('docker0 is gone');
  if (!('value' in inspect) || !inspect.value.State.Running) {
    problems.push(`${container.name} is not running: ${JSON.stringify(inspect)}`);
  }
  if (!('value' in page) || page.value.body.trim() !== container.body) {
    problems.push(`${container.name} on port ${container.port} answered ${JSON.stringify(page)}`);
  }
  return problems;
}

export interface RunnerDockerWatch {
  /** Stops watching; resolves with every problem seen (stamped) and how many rounds were checked. */
  stop(): Promise<{ problems: string[]; rounds: number }>;
}

export function watchRunnerDocker(container: RunnerContainer, label: string): RunnerDockerWatch {
  const problems: string[] = [];
  let rounds = 0;
  let watching = true;
  const started = performance.now();
  const loop = (async () => {
    while (watching) {
      const at = ((performance.now() - started) / 1000).toFixed(1);
      for (const problem of await runnerDockerProblems(container)) problems.push(`${label} +${at} s: ${problem}`);
      rounds += 1;
      await sleep(250);
    }
  })();
  return {
    async stop() {
      watching = false;
      await loop;
      return { problems, rounds };
    },
  };
}
