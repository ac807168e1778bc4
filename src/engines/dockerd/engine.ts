import { detectPrivilege } from '../../host/privilege.js';
import type { Engine } from '../engine.js';
import { findContainerd, findDockerd } from './binaries.js';
import { launchDockerd } from './launch.js';
import { DOCKERD_STATE_FIELDS, type DockerdState } from './state.js';
import { stopDockerdInstance } from './teardown.js';

/** A dockerd of our own on this machine, with its own containerd, roots, bridge and firewall chains. */
export const dockerdEngine: Engine<DockerdState> = {
  mode: 'dockerd',
  listens: true,
  async check() {
    const privilege = await detectPrivilege();
    const [dockerd, containerd] = await Promise.all([findDockerd(), findContainerd()]);
    return { launch: (run) => launchDockerd(run, { privilege, dockerd, containerd }) };
  },
  stop: stopDockerdInstance,
  stateFields: DOCKERD_STATE_FIELDS,
  logsOf: (state) => [
    ...(state.logFile ? [{ title: 'dockerd log', file: state.logFile }] : []),
    ...(state.containerdLogFile ? [{ title: 'containerd log', file: state.containerdLogFile }] : []),
  ],
};
