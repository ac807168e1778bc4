import type { EngineRun, LaunchedDaemon } from '../engine.js';
import { type DindPlan } from './engine.js';
import type { DindState } from './state.js';
type Run = EngineRun<DindState>;
/**
 * A container of the dind image on the outer engine, on our server certificates: mounted read-only
 * from here, or copied in when the outer engine cannot see our files (from a job container, or an
 * engine elsewhere). The container starts first, waiting in its entrypoint: the engine gives it its
 * addresses at start, and the server certificate, made only then, names them. Its dockerd listens
 * on 2376, published at the bind address.
 */
export declare function launchDind(run: Run, plan: DindPlan): Promise<LaunchedDaemon>;
export {};
