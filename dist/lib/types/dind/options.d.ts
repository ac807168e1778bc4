import type { DindSettings } from '../config.js';
/**
 * The official image on the major version GitHub-hosted runners run (Docker 28): a major tag takes
 * fixes without the breaking changes of a new major (Docker 29 refuses clients older than API 1.44).
 */
export declare const DEFAULT_DIND_IMAGE = "docker:28-dind";
/** How dind mode runs its container; the action's `dind-*` inputs, `up --dind`'s flags. */
export type { DindSettings };
export interface RawDindSettings {
    engine?: string;
    image?: string;
    privileged?: string;
    network?: string;
    alias?: string;
    volume?: string;
    args?: string;
}
/** The defaults as a user types them; action.yml shows the same. */
export declare const DIND_DEFAULTS: {
    'dind-engine': string;
    'dind-image': string;
    'dind-privileged': string;
    'dind-network': string;
    'dind-alias': string;
    'dind-volume': string;
    'dind-args': string;
};
/** Validates every dind setting before anything is made; errors name the inputs (`dind-*`). */
export declare function parseDindSettings(raw: RawDindSettings): DindSettings;
