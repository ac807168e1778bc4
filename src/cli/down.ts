import { promises as fs } from 'node:fs';
import type { InstanceState } from '../daemon/state.js';
import { teardown } from '../daemon/stop.js';
import { summarizeTeardown } from '../daemon/summary.js';
import { DockerTlsError } from '../errors.js';
import { stderrLogger } from './logger.js';
import { UsageError, parseFlags } from './usage.js';

export const DOWN_USAGE = `docker-tls down [--state FILE] [--verbose]

Stops the daemon that "docker-tls up" started and removes everything it made. FILE defaults to
$DOCKER_TLS_STATE, which "eval \\"$(docker-tls up)\\"" sets. Running it twice is harmless.`;

export async function downCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parseFlags(args, { state: { type: 'string' }, verbose: { type: 'boolean' } }, DOWN_USAGE);
  const stateFile = values.state ?? process.env.DOCKER_TLS_STATE;
  if (!stateFile) throw new UsageError('No state file: pass --state FILE or set DOCKER_TLS_STATE.', DOWN_USAGE);
  let text: string;
  try {
    text = await fs.readFile(stateFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      out(`Nothing to do: ${stateFile} does not exist (already down).`);
      return;
    }
    throw error;
  }
  let state: InstanceState;
  try {
    state = JSON.parse(text) as InstanceState;
    if (typeof state.id !== 'string' || typeof state.workDir !== 'string') throw new Error('missing id or workDir');
  } catch (error) {
    throw new DockerTlsError(`${stateFile} is not a state file of docker-tls up (${(error as Error).message}).`);
  }
  const report = await teardown(state, stderrLogger(values.verbose ?? false));
  await fs.rm(stateFile, { force: true });
  for (const warning of report.warnings) console.error(`warning: ${warning}`);
  out(`Down: ${summarizeTeardown(report)}`);
}
