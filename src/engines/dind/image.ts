import { DockerTlsError } from '../../core/errors.js';
import type { EngineClient } from '../../host/engine-api/client.js';
import { engineMessage, engineRequest } from '../../host/engine-api/http.js';

/** The dind image is not on the outer engine, and pulling it failed (often: no registry reachable). */
export class ImageMissingError extends DockerTlsError {
  readonly image: string;

  constructor(image: string, engine: string, pullError: string) {
    super(
      `The dind image ${image} is not on the outer Docker engine (${engine}) and pulling it failed: ${pullError}`,
      `Load or pull ${image} into that engine before this step (docker load -i image.tar, or docker pull ${image} where a registry is reachable), or set dind-image to an image the engine already has.`,
    );
    this.name = 'ImageMissingError';
    this.image = image;
  }
}

/** `name[:tag]` or `name@digest` as the pull API wants it: fromImage and tag apart. */
export function splitImageReference(image: string): { fromImage: string; tag: string } {
  if (image.includes('@')) return { fromImage: image, tag: '' };
  const colon = image.lastIndexOf(':');
  if (colon > image.lastIndexOf('/')) return { fromImage: image.slice(0, colon), tag: image.slice(colon + 1) };
  return { fromImage: image, tag: 'latest' };
}

/** The first error in a pull's progress stream (one JSON object a line), if any. */
export function pullStreamError(text: string): string | undefined {
  for (const line of text.split('\n')) {
    try {
      const event = JSON.parse(line) as { error?: string; errorDetail?: { message?: string } };
      if (event.error || event.errorDetail?.message) return event.errorDetail?.message ?? event.error;
    } catch {
      // a partial or empty line
    }
  }
  return undefined;
}

/** The entrypoint in an image's config (image inspect), empty when it has none. */
export function imageEntrypointOf(info: Record<string, unknown>): string[] {
  const entrypoint = (info.Config as { Entrypoint?: unknown } | undefined)?.Entrypoint;
  return Array.isArray(entrypoint) ? entrypoint.map(String) : [];
}

/**
 * Makes sure the engine has the image: present, or pulled now; otherwise an ImageMissingError.
 * Resolves with the image's details (image inspect).
 */
export async function ensureImage(
  client: EngineClient,
  image: string,
  pullTimeoutMs = 300_000,
): Promise<Record<string, unknown>> {
  const present = await client.imageInspect(image);
  if (present) return present;
  const { fromImage, tag } = splitImageReference(image);
  const query = `fromImage=${encodeURIComponent(fromImage)}${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`;
  const response = await engineRequest(client.endpoint, {
    method: 'POST',
    path: `/images/create?${query}`,
    timeoutMs: pullTimeoutMs,
  });
  const failure =
    response.status === 200 ? pullStreamError(response.body.toString('utf8')) : engineMessage(response.body);
  const pulled = failure ? undefined : await client.imageInspect(image);
  if (!pulled) {
    throw new ImageMissingError(
      image,
      client.endpoint.url,
      failure ?? 'the engine reported no error, yet has no such image',
    );
  }
  return pulled;
}
