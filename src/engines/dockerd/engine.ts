import { type OptionNames, setting } from '../../core/options/names.js';
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
  async check(options) {
    const privilege = await detectPrivilege(withoutRoot(options.names));
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

/** What a user without root or sudo can start instead (self-hosted runners often have no sudo). */
export function withoutRoot(names: OptionNames): string {
  const dind = names.style === 'flag' ? `--${names.mode}` : setting(names, 'mode', 'dind');
  return (
    `Without root or sudo, ${setting(names, 'rootless', 'true')} starts a daemon that belongs to this user, ` +
    `and ${dind} starts one in a container of a Docker engine this user can reach.`
  );
}
