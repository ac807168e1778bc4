import { existingFileStore, readStateFile } from '../../lifecycle/state-store.js';
import { teardownInstance } from '../../lifecycle/teardown.js';
import { stderrLogger } from './logger.js';
import { stateFileOf } from './env.js';
import { DOWN_USAGE, parseFlags } from './usage.js';

export async function downCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parseFlags(args, { state: { type: 'string' }, verbose: { type: 'boolean' } }, DOWN_USAGE);
  const stateFile = stateFileOf(values.state, DOWN_USAGE);
  const state = await readStateFile(stateFile);
  if (!state) {
    out(`Nothing to do: ${stateFile} does not exist (already down).`);
    return;
  }
  const report = await teardownInstance(state, stderrLogger(values.verbose ?? false), {
    store: existingFileStore(stateFile),
  });
  for (const warning of report.warnings) console.error(`warning: ${warning}`);
  out(`Down: ${report.summary}`);
}
