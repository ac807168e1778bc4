import type { Options } from '../../core/options/options.js';
import { type DindSettings } from '../../core/options/dind.js';
import { EngineClient } from '../../host/engine-api/client.js';
import type { ContainerInfo } from '../../host/engine-api/types.js';
import type { Engine } from '../engine.js';
import { type DindState } from './state.js';
/** A container of a dind image on an outer Docker engine, on our server certificates. */
export declare const dindEngine: Engine<DindState>;
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
export declare function checkDind(options: Options): Promise<DindPlan>;
/** The networks of the job container that other containers can join and resolve by alias. */
export declare function userNetworksOf(job: ContainerInfo | undefined): string[];
