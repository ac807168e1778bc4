import type { Engine } from '../lifecycle/engine.js';
import { checkDind, launchDind } from './launch.js';
import type { DindState } from './state.js';
import { dindLogs, teardownDind } from './teardown.js';

/** The second engine: a container of a dind image on an outer Docker engine, on our server certificates. */
export const dindEngine: Engine<DindState> = {
  kind: 'dind',
  async check(options) {
    const plan = await checkDind(options);
    return { launch: (run) => launchDind(run, plan) };
  },
  teardown: teardownDind,
  logsOf: dindLogs,
};
