import type { EngineEndpoint } from '../../core/options/engine-endpoint.js';
import { engineLines } from './http.js';
import type { EngineEvent } from './types.js';

/** An event line, or undefined for a line that is not one. */
export function parseEventLine(line: string): EngineEvent | undefined {
  try {
    const event = JSON.parse(line) as EngineEvent;
    return typeof event?.Action === 'string' && typeof event.Actor?.ID === 'string' ? event : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The engine's networks created and destroyed, as they happen, until it stops (the promise then
 * resolves). `onOpen` runs once the engine listens: a listing made from there misses nothing.
 */
export function networkEvents(
  endpoint: EngineEndpoint,
  handlers: { onEvent: (event: EngineEvent) => void; onOpen?: () => void },
  connectTimeoutMs: number,
): Promise<void> {
  const filters = encodeURIComponent(JSON.stringify({ type: ['network'], event: ['create', 'destroy'] }));
  const onLine = (line: string) => {
    const event = parseEventLine(line);
    if (event) handlers.onEvent(event);
  };
  return engineLines(endpoint, `/events?filters=${filters}`, { onOpen: handlers.onOpen, onLine }, connectTimeoutMs);
}
