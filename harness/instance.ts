// The one reader of the instance a main step (or `docker-tls up`) recorded: its id names every path,
// process and bridge it made, so that tests look at their own instances only.
import { type DockerdState } from '../src/engines/dockerd/state.js';
import { markerOf } from '../src/core/naming.js';

export interface SavedInstance {
  id: string;
  /** `dtls-<id>`. */
  marker: string;
  /** dockerd's log (empty before main wrote one). */
  logFile: string;
  state: DockerdState;
}

/** The instance in a step's saved state (`instance`), or in a state file's text. */
export function instanceOf(saved: Record<string, string> | string): SavedInstance {
  const text = typeof saved === 'string' ? saved : saved.instance;
  const state = JSON.parse(text ?? 'null') as DockerdState | null;
  if (!state?.id) throw new Error(`no instance id in the saved state ${JSON.stringify(saved)}`);
  return { id: state.id, marker: markerOf(state.id), logFile: state.logFile ?? '', state };
}
