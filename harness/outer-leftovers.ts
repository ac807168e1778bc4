// What of ours is left on an outer engine: containers, volumes and networks carrying our instance
// label (any instance's, or one instance's), named one per line for a leak assertion.
import { type EngineEndpoint } from '../src/core/options/engine-endpoint.js';
import { LABEL_INSTANCE } from '../src/engines/dind/container-request.js';
import { engineRequest } from '../src/host/engine-api/http.js';

export async function labelledLeftovers(endpoint: EngineEndpoint, instanceId?: string): Promise<string[]> {
  const label = instanceId === undefined ? LABEL_INSTANCE : `${LABEL_INSTANCE}=${instanceId}`;
  const filter = encodeURIComponent(JSON.stringify({ label: [label] }));
  const left: string[] = [];
  for (const [kind, path] of [
    ['container', `/containers/json?all=1&filters=${filter}`],
    ['volume', `/volumes?filters=${filter}`],
    ['network', `/networks?filters=${filter}`],
  ]) {
    const response = await engineRequest(endpoint, { method: 'GET', path, timeoutMs: 10_000 });
    const body = JSON.parse(response.body.toString('utf8')) as unknown;
    const items = (kind === 'volume' ? (body as { Volumes: unknown[] | null }).Volumes : body) ?? [];
    for (const item of items as Array<{ Id?: string; Name?: string }>) left.push(`${kind} ${item.Name ?? item.Id}`);
  }
  return left;
}
