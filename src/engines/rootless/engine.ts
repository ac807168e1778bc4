import { DockerTlsError } from '../../core/errors.js';
import { setting } from '../../core/options/names.js';
import type { Options } from '../../core/options/options.js';
import { trustedCommand } from '../../host/privilege.js';
import { checkRootlessPreconditions, chooseNetworkDriver, systemProbe } from '../../host/rootless/index.js';
import { findDockerd } from '../dockerd/binaries.js';
import type { Engine } from '../engine.js';
import { type RootlessTools, launchRootless } from './launch.js';
import { ROOTLESS_STATE_FIELDS, type RootlessState } from './state.js';
import { stopRootlessInstance } from './teardown.js';

/**
 * Mode dockerd without root: a dockerd of the invoking user's in rootlesskit's namespaces, behind
 * the same mutual TLS, reached through rootlesskit's port driver. No sudo anywhere, start or stop.
 */
export const rootlessEngine: Engine<RootlessState> = {
  mode: 'rootless',
  listens: true,
  async check(options) {
    refuseWhatRootlessCannotDo(options);
    // Every precondition at once, each failure with its fix, before anything is made.
    await checkRootlessPreconditions();
    const tools = await findTools();
    return { launch: (run) => launchRootless(run, tools) };
  },
  stop: stopRootlessInstance,
  stateFields: ROOTLESS_STATE_FIELDS,
  logsOf: (state) =>
    state.logFile ? [{ title: 'rootless dockerd log (rootlesskit, dockerd, containerd)', file: state.logFile }] : [],
};

/** Containers always reach out through the user-mode network: there are no chains of ours to leave out. */
function refuseWhatRootlessCannotDo(options: Options): void {
  if (!options.outbound) {
    throw new DockerTlsError(
      `${setting(options.names, 'outbound', 'false')} is not available with ${setting(options.names, 'rootless', 'true')}: a rootless daemon's containers reach other networks through the user-mode network driver (slirp4netns or pasta), which has no switch for that.`,
      `Leave ${setting(options.names, 'outbound', 'true')} with rootless, or run mode dockerd as root (${setting(options.names, 'rootless', 'false')}) to keep containers off other networks.`,
      { badInput: true },
    );
  }
}

async function findTools(): Promise<RootlessTools> {
  const [rootlesskit, dockerd, network] = await Promise.all([
    trustedCommand('rootlesskit'),
    findDockerd(),
    networkDriver(),
  ]);
  return { rootlesskit, dockerd, network };
}

/** slirp4netns (Docker's default for rootless), else pasta: the preconditions made sure of one. */
async function networkDriver(): Promise<RootlessTools['network']> {
  const { driver } = await chooseNetworkDriver(systemProbe);
  if (!driver) throw new DockerTlsError('No user-mode network driver (slirp4netns or pasta) was found.');
  return { driver: driver.name, program: driver.path };
}
