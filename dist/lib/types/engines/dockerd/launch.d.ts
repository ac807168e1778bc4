import type { EngineRun, LaunchedDaemon } from '../engine.js';
import type { Privilege } from '../../host/privilege.js';
import type { DockerdState } from './state.js';
/** What the checks found: how to be root, and the two programs. */
export interface DockerdTools {
    privilege: Privilege;
    dockerd: string;
    containerd: string;
}
type Run = EngineRun<DockerdState>;
/**
 * A dockerd of our own on the server certificates: containerd boots while the bridge and the
 * certificates are made (it needs none of them), then dockerd is spawned on its own daemon.json,
 * and our firewall goes in while it boots.
 */
export declare function launchDockerd(run: Run, tools: DockerdTools): Promise<LaunchedDaemon>;
export {};
