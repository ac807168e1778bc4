import type { Engine } from '../lifecycle/engine.js';
import { findContainerd, findDockerd } from './dockerd-binary.js';
import { launchDockerd } from './launch.js';
import { detectPrivilege } from './privilege.js';
import type { DockerdState } from './state.js';
import { problemsOfDockerdState } from './state-check.js';
import { teardownDockerd } from './teardown.js';

/** The first engine: a dockerd of our own on this machine, with its own containerd, roots and bridge. */
export const dockerdEngine: Engine<DockerdState> = {
  kind: 'dockerd',
  async check() {
    const privilege = await detectPrivilege();
    const [dockerd, containerd] = await Promise.all([findDockerd(), findContainerd()]);
    return { launch: (run) => launchDockerd(run, { privilege, dockerd, containerd }) };
  },
  teardown: teardownDockerd,
  problemsOf: problemsOfDockerdState,
  logsOf: (state) => [
    ...(state.logFile ? [{ title: 'dockerd log', file: state.logFile }] : []),
    ...(state.containerdLogFile ? [{ title: 'containerd log', file: state.containerdLogFile }] : []),
  ],
};
