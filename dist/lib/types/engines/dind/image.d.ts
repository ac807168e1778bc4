import { DockerTlsError } from '../../core/errors.js';
import type { EngineClient } from '../../host/engine-api/client.js';
/** The dind image is not on the outer engine, and pulling it failed (often: no registry reachable). */
export declare class ImageMissingError extends DockerTlsError {
    readonly image: string;
    constructor(image: string, engine: string, pullError: string);
}
/** `name[:tag]` or `name@digest` as the pull API wants it: fromImage and tag apart. */
export declare function splitImageReference(image: string): {
    fromImage: string;
    tag: string;
};
/** The first error in a pull's progress stream (one JSON object a line), if any. */
export declare function pullStreamError(text: string): string | undefined;
/** The entrypoint in an image's config (image inspect), empty when it has none. */
export declare function imageEntrypointOf(info: Record<string, unknown>): string[];
/**
 * Makes sure the engine has the image: present, or pulled now; otherwise an ImageMissingError.
 * Resolves with the image's details (image inspect).
 */
export declare function ensureImage(client: EngineClient, image: string, pullTimeoutMs?: number): Promise<Record<string, unknown>>;
