import type { Options } from '../../core/options/options.js';
import { parseDindSettings, type DindSettings } from '../../core/options/dind.js';
import { EngineClient } from '../../host/engine-api/client.js';
import type { ContainerInfo } from '../../host/engine-api/types.js';
import type { Engine } from '../engine.js';
import { ensureImage, imageEntrypointOf } from './image.js';
import { detectJobContainer } from './job-container.js';
import { launchDind } from './launch.js';
import { outerEndpoint } from './outer.js';
import { DIND_STATE_FIELDS, type DindState } from './state.js';
import { dindLogs, stopDind } from './teardown.js';

/** A container of a dind image on an outer Docker engine, on our server certificates. */
export const dindEngine: Engine<DindState> = {
  mode: 'dind',
  listens: true,
  async check(options) {
    const plan = await checkDind(options);
    return { launch: (run) => launchDind(run, plan) };
  },
  stop: stopDind,
  logsOf: dindLogs,
  stateFields: DIND_STATE_FIELDS,
};

/** What the checks found: the outer engine answering, the image on it, the job container if any. */
export interface DindPlan {
  client: EngineClient;
  settings: DindSettings;
  /** The outer engine's container this process runs in (a `container:` job), when it does. */
  job?: ContainerInfo;
  /** The image's own entrypoint, run once the certificates are in. */
  imageEntrypoint: string[];
  /** The outer engine runs on cgroup v2; asked only for dind-privileged: false, which depends on it. */
  cgroupV2: boolean;
}

/** Everything that can fail before anything is made: the outer engine, the image, where we run. */
export async function checkDind(options: Options): Promise<DindPlan> {
  const settings = options.dind ?? parseDindSettings({}, options.names);
  const client = new EngineClient(await outerEndpoint(settings.engine, settings.engineCertPath));
  await client.ping();
  const jobId = await detectJobContainer(client);
  const job = jobId ? await client.inspectContainer(jobId) : undefined;
  const image = await ensureImage(client, settings.image);
  const cgroupV2 = !settings.privileged && (await client.info()).CgroupVersion === '2';
  return { client, settings, job, imageEntrypoint: imageEntrypointOf(image), cgroupV2 };
}

/** The networks of the job container that other containers can join and resolve by alias. */
export function userNetworksOf(job: ContainerInfo | undefined): string[] {
  return Object.keys(job?.NetworkSettings.Networks ?? {}).filter((name) => !['bridge', 'host', 'none'].includes(name));
}
