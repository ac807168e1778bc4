import type { DaemonOptions } from '../config.js';
import type { EngineRun, LaunchedDaemon } from '../lifecycle/engine.js';
import { type ContainerInfo, EngineClient } from './engine-client.js';
import { type DindSettings } from './options.js';
import type { DindState } from './state.js';
type Run = EngineRun<DindState>;
/** What the checks found: the outer engine answering, the image on it, the job container if any. */
export interface DindPlan {
    client: EngineClient;
    settings: DindSettings;
    /** The outer engine's container this process runs in (a `container:` job), when it does. */
    job?: ContainerInfo;
    /** The image's own entrypoint, run once the certificates are in. */
    imageEntrypoint: string[];
}
/** Everything that can fail before anything is made: the outer engine, the image, where we run. */
export declare function checkDind(options: DaemonOptions): Promise<DindPlan>;
/** The networks of the job container that other containers can join and resolve by alias. */
export declare function userNetworksOf(job: ContainerInfo | undefined): string[];
/**
 * A container of the dind image on the outer engine, on our server certificates: mounted read-only
 * from here, or copied in when the outer engine cannot see our files (from a job container, or an
 * engine elsewhere). The container starts first, waiting in its entrypoint: the engine gives it its
 * addresses at start, and the server certificate, made only then, names them. Its dockerd listens
 * on 2376, published at the bind address.
 */
export declare function launchDind(run: Run, plan: DindPlan): Promise<LaunchedDaemon>;
export {};
