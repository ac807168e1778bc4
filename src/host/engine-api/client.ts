import { DockerTlsError } from '../../core/errors.js';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { type EngineEndpoint, parseEngineEndpoint } from '../../core/options/engine-endpoint.js';
import { type EngineResponse, engineMessage, engineRequest } from './http.js';
import type { ContainerCreateRequest, ContainerInfo, EngineInfo, EngineVersion, NetworkInfo } from './types.js';

/** The engine answered, but with an error status. */
export class EngineApiError extends DockerTlsError {
  readonly status: number;
  readonly engineMessage: string;

  constructor(what: string, status: number, message: string, hint?: string) {
    super(`The outer Docker engine refused to ${what}: ${message} (HTTP ${status}).`, hint);
    this.name = 'EngineApiError';
    this.status = status;
    this.engineMessage = message;
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;
const q = encodeURIComponent;

/** A small Docker Engine API client for the outer engine (unversioned paths: the engine's own API). */
export class EngineClient {
  constructor(
    readonly endpoint: EngineEndpoint,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {}

  private async call(method: string, path: string, json?: unknown, timeoutMs = this.timeoutMs) {
    return engineRequest(this.endpoint, { method, path, json, timeoutMs });
  }

  /** Calls and parses; a status outside `ok` becomes an EngineApiError describing `what`. */
  private async expect<T>(what: string, method: string, path: string, ok: number[], json?: unknown): Promise<T> {
    const response = await this.call(method, path, json);
    if (!ok.includes(response.status)) throw new EngineApiError(what, response.status, engineMessage(response.body));
    return parseJson(response) as T;
  }

  async ping(): Promise<void> {
    await this.expect('answer /_ping', 'GET', '/_ping', [200]);
  }

  version(): Promise<EngineVersion> {
    return this.expect('report its version', 'GET', '/version', [200]);
  }

  info(): Promise<EngineInfo> {
    return this.expect('report its system information', 'GET', '/info', [200]);
  }

  /** The image's details, or undefined when the engine does not have it. */
  async imageInspect(name: string): Promise<Record<string, unknown> | undefined> {
    const response = await this.call('GET', `/images/${q(name)}/json`);
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      throw new EngineApiError(`inspect image ${name}`, response.status, engineMessage(response.body));
    return parseJson(response) as Record<string, unknown>;
  }

  async createContainer(request: ContainerCreateRequest, name?: string): Promise<string> {
    const path = `/containers/create${name ? `?name=${q(name)}` : ''}`;
    const created = await this.expect<{ Id: string }>(
      `create the container ${name ?? ''}`.trim(),
      'POST',
      path,
      [201],
      request,
    );
    return created.Id;
  }

  async startContainer(id: string): Promise<void> {
    await this.expect(`start the container ${id.slice(0, 12)}`, 'POST', `/containers/${q(id)}/start`, [204, 304]);
  }

  /** The container's details, or undefined when there is no such container. */
  async inspectContainer(id: string): Promise<ContainerInfo | undefined> {
    const response = await this.call('GET', `/containers/${q(id)}/json`);
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      throw new EngineApiError(`inspect container ${id}`, response.status, engineMessage(response.body));
    return parseJson(response) as ContainerInfo;
  }

  /** stdout and stderr interleaved, the last `tail` lines (all when omitted). */
  async containerLogs(id: string, tail?: number): Promise<string> {
    const query = `stdout=1&stderr=1&timestamps=0${tail === undefined ? '' : `&tail=${tail}`}`;
    const response = await this.call('GET', `/containers/${q(id)}/logs?${query}`);
    if (response.status !== 200)
      throw new EngineApiError(`read the log of ${id}`, response.status, engineMessage(response.body));
    return demuxLogs(response.body);
  }

  /** Waits for the container to stop; resolves with its exit code. */
  async waitContainer(id: string, timeoutMs = this.timeoutMs): Promise<number> {
    const response = await this.call('POST', `/containers/${q(id)}/wait`, undefined, timeoutMs);
    if (response.status !== 200)
      throw new EngineApiError(`wait for ${id}`, response.status, engineMessage(response.body));
    return (parseJson(response) as { StatusCode: number }).StatusCode;
  }

  /** The ids of the running containers. */
  async runningContainers(): Promise<string[]> {
    const list = await this.expect<Array<{ Id: string }>>('list containers', 'GET', '/containers/json', [200]);
    return (list ?? []).map((container) => container.Id);
  }

  /** Kills a running container; one that is not running (409) or gone (404) is fine. */
  async killContainer(id: string, signal = 'KILL'): Promise<void> {
    await this.expect(`kill ${id}`, 'POST', `/containers/${q(id)}/kill?signal=${q(signal)}`, [204, 404, 409]);
  }

  /** Removes the container with its anonymous volumes; idempotent. */
  async removeContainer(id: string): Promise<void> {
    await this.expect(`remove ${id}`, 'DELETE', `/containers/${q(id)}?force=1&v=1`, [204, 404]);
  }

  /** Every network of the engine, as GET /networks lists them. */
  async networks(): Promise<NetworkInfo[]> {
    return (await this.expect<NetworkInfo[] | null>('list networks', 'GET', '/networks', [200])) ?? [];
  }

  async inspectNetwork(name: string): Promise<NetworkInfo | undefined> {
    const response = await this.call('GET', `/networks/${q(name)}`);
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      throw new EngineApiError(`inspect network ${name}`, response.status, engineMessage(response.body));
    return parseJson(response) as NetworkInfo;
  }

  async createNetwork(name: string, labels: Record<string, string>): Promise<string> {
    const body = { Name: name, Driver: 'bridge', CheckDuplicate: true, Labels: labels };
    return (await this.expect<{ Id: string }>(`create network ${name}`, 'POST', '/networks/create', [201], body)).Id;
  }

  async connectNetwork(network: string, container: string, aliases: string[] = []): Promise<void> {
    const body = { Container: container, EndpointConfig: { Aliases: aliases } };
    await this.expect(`connect ${container} to ${network}`, 'POST', `/networks/${q(network)}/connect`, [200], body);
  }

  /** Removes a network; one already gone is fine. */
  async removeNetwork(name: string): Promise<void> {
    await this.expect(`remove network ${name}`, 'DELETE', `/networks/${q(name)}`, [204, 404]);
  }

  /** Disconnects a container from a network; one already gone or not connected is fine. */
  async disconnectNetwork(network: string, container: string): Promise<void> {
    const body = { Container: container, Force: true };
    const path = `/networks/${q(network)}/disconnect`;
    await this.expect(`disconnect ${container} from ${network}`, 'POST', path, [200, 404], body);
  }

  /** Names of the volumes carrying `label` (`key=value`). */
  async volumesLabelled(label: string): Promise<string[]> {
    const filter = q(JSON.stringify({ label: [label] }));
    const found = await this.expect<{ Volumes: Array<{ Name: string }> | null }>(
      'list volumes',
      'GET',
      `/volumes?filters=${filter}`,
      [200],
    );
    return (found.Volumes ?? []).map((volume) => volume.Name);
  }

  /** Stops a container, giving it `seconds` after SIGTERM; one stopped or gone is fine. */
  async stopContainer(id: string, seconds: number): Promise<void> {
    const response = await this.call(
      'POST',
      `/containers/${q(id)}/stop?t=${seconds}`,
      undefined,
      (seconds + 30) * 1000,
    );
    if (![204, 304, 404].includes(response.status))
      throw new EngineApiError(`stop ${id}`, response.status, engineMessage(response.body));
  }

  /** Extracts a tar into the container at `path` (it may be created and not yet started). */
  async putArchive(id: string, path: string, tar: Buffer): Promise<void> {
    const response = await engineRequest(this.endpoint, {
      method: 'PUT',
      path: `/containers/${q(id)}/archive?path=${q(path)}`,
      raw: { body: tar, contentType: 'application/x-tar' },
      timeoutMs: this.timeoutMs,
    });
    if (response.status !== 200)
      throw new EngineApiError(`copy files into ${id}`, response.status, engineMessage(response.body));
  }

  /** Removes a volume; one already gone is fine. */
  async removeVolume(name: string): Promise<void> {
    await this.expect(`remove volume ${name}`, 'DELETE', `/volumes/${q(name)}`, [204, 404]);
  }
}

function parseJson(response: EngineResponse): unknown {
  const text = response.body.toString('utf8');
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A container without a TTY answers /logs as frames: one byte naming the stream, three zero bytes,
 * a big-endian length, then that many bytes. Returns the payloads in order, as text. A body that
 * does not start like a frame (a TTY container) is returned as it is.
 */
export function demuxLogs(body: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= body.length) {
    const stream = body[offset];
    if (stream > 2 || body[offset + 1] !== 0 || body[offset + 2] !== 0 || body[offset + 3] !== 0) {
      return offset === 0 ? body.toString('utf8') : Buffer.concat([...parts, body.subarray(offset)]).toString('utf8');
    }
    const length = body.readUInt32BE(offset + 4);
    parts.push(body.subarray(offset + 8, offset + 8 + length));
    offset += 8 + length;
  }
  return Buffer.concat(parts).toString('utf8');
}

/**
 * An engine's endpoint with mutual TLS from a directory laid out as DOCKER_CERT_PATH is: ca.pem,
 * cert.pem, key.pem. `unreadable` turns a file that cannot be read into the caller's error.
 */
export async function endpointWithCertPath(
  engine: string,
  certPath: string,
  unreadable: (file: string, error: Error) => Error = (_file, error) => error,
): Promise<EngineEndpoint> {
  const read = async (name: string) => {
    const file = join(certPath, name);
    try {
      return await fs.readFile(file, 'utf8');
    } catch (error) {
      throw unreadable(file, error as Error);
    }
  };
  const [ca, cert, key] = await Promise.all(['ca.pem', 'cert.pem', 'key.pem'].map(read));
  return parseEngineEndpoint(engine, { ca, cert, key });
}
