import { type EngineEndpoint, parseEngineEndpoint } from '../../core/options/engine-endpoint.js';
import type { SubjectAltName } from '../../core/san.js';
import { type OptionNames, setting } from '../../core/options/names.js';
import { DockerTlsError } from '../../core/errors.js';
import { type Endpoint, tcpUrl } from '../../core/endpoint.js';
import { EngineApiError, type EngineClient, endpointWithCertPath } from '../../host/engine-api/client.js';
import type { ContainerCreateRequest, ContainerInfo } from '../../host/engine-api/types.js';
import type { EngineRun } from '../engine.js';
import { dindLabels } from './container-request.js';
import { explainStartFailure, isUnavailableCapDrop, withoutCapDrop } from './privileged.js';
import type { DindState } from './state.js';

/** Joins `name` when it exists; otherwise creates it, labelled ours, and records that post removes it. */
export async function ensureNetwork(run: EngineRun<DindState>, client: EngineClient, name: string): Promise<void> {
  if (await client.inspectNetwork(name)) return;
  // Recorded first: a main killed during the call still leaves post the name (it checks our label).
  run.saveProgress({ createdNetwork: name });
  await client.createNetwork(name, dindLabels(run.id, 'network'));
  run.logger.info(`Created the network ${name} on the outer engine (removed in post)`);
}

/**
 * Creates the container; where the engine cannot drop CAP_SYS_RESOURCE because it never had it, again
 * without the drop (that engine's `ALL` already leaves it out). Nothing is made by a refused create.
 */
export async function createDindContainer(
  client: EngineClient,
  request: ContainerCreateRequest,
  name?: string,
): Promise<string> {
  try {
    return await client.createContainer(request, name);
  } catch (error) {
    if (!(error instanceof EngineApiError && isUnavailableCapDrop(error.engineMessage))) throw error;
    return client.createContainer(withoutCapDrop(request), name);
  }
}

/** Starts the container; the engine's refusals become errors that name the input to change. */
export async function startDindContainer(
  client: EngineClient,
  id: string,
  privileged: boolean,
  listen: Endpoint,
  names: OptionNames,
): Promise<void> {
  try {
    await client.startContainer(id);
  } catch (error) {
    const explained = explainStartFailure(privileged, error);
    if (explained !== error) throw explained;
    const message = (error as { engineMessage?: string }).engineMessage ?? '';
    if (/port is already allocated|address already in use/i.test(message)) {
      throw new DockerTlsError(
        `The outer engine cannot publish the dind daemon on ${tcpUrl(listen.bindHost, listen.port)}: the port is already in use (${message}).`,
        `Choose another port, or ${setting(names, 'port', '0')} for a free one.`,
        { cause: error, badInput: true },
      );
    }
    throw error;
  }
}

/**
 * The IP addresses the engine gave the container on each of its networks (IPv4 and IPv6): a
 * client that reaches the dind daemon by address, on dind-network or a job's network, verifies
 * the server certificate only when it names them. The engine assigns them when it starts the
 * container, so this reads an inspect made after start.
 */
export function containerAddressSans(info: ContainerInfo): SubjectAltName[] {
  const settings = info.NetworkSettings;
  const addresses = [
    settings.IPAddress,
    settings.GlobalIPv6Address,
    ...Object.values(settings.Networks ?? {}).flatMap((endpoint) => [endpoint.IPAddress, endpoint.GlobalIPv6Address]),
  ].filter((address): address is string => typeof address === 'string' && address !== '');
  return [...new Set(addresses)].map((value) => ({ type: 'ip', value }));
}

/**
 * The outer engine's endpoint; with `certPath`, mutual TLS with its ca.pem, cert.pem and key.pem (as
 * DOCKER_CERT_PATH names them). Read again by post, from the state.
 */
export async function outerEndpoint(engine: string, certPath?: string): Promise<EngineEndpoint> {
  if (!certPath) return parseEngineEndpoint(engine);
  return endpointWithCertPath(
    engine,
    certPath,
    (file, error) =>
      new DockerTlsError(
        `Cannot read ${file} for mutual TLS to the outer engine ${engine}: ${error.message}`,
        'Point dind-engine-cert-path at a directory with ca.pem, cert.pem and key.pem (as DOCKER_CERT_PATH does).',
        { cause: error },
      ),
  );
}
