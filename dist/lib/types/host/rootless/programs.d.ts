import type { Found } from '../trusted-path.js';
import type { RootlessFinding } from './finding.js';
import type { RootlessProbe } from './probe.js';
/** newuidmap and newgidmap present, and privileged as they must be. */
export declare function uidmapFinding(probe: RootlessProbe): Promise<RootlessFinding>;
/** rootlesskit: where it is (the AppArmor check needs its real path), or undefined. */
export declare function findRootlesskit(probe: RootlessProbe): Promise<{
    found: Found;
    real?: string;
}>;
export declare function rootlesskitFinding(rootlesskit: {
    found: Found;
    real?: string;
}): RootlessFinding;
export interface NetworkDriver {
    name: 'slirp4netns' | 'pasta';
    path: string;
}
/** The user-mode network the namespace gets: slirp4netns when present (the longer proven), else pasta. */
export declare function chooseNetworkDriver(probe: RootlessProbe): Promise<{
    driver?: NetworkDriver;
    found: Record<NetworkDriver['name'], Found>;
}>;
export declare function networkDriverFinding(probe: RootlessProbe): Promise<RootlessFinding>;
