import { type EngineEndpoint } from '../../core/options/engine-endpoint.js';
import type { SubjectAltName } from '../../core/san.js';
import { type OptionNames } from '../../core/options/names.js';
import { type Endpoint } from '../../core/endpoint.js';
import { type EngineClient } from '../../host/engine-api/client.js';
import type { ContainerCreateRequest, ContainerInfo } from '../../host/engine-api/types.js';
import type { EngineRun } from '../engine.js';
import type { DindState } from './state.js';
/** Joins `name` when it exists; otherwise creates it, labelled ours, and records that post removes it. */
export declare function ensureNetwork(run: EngineRun<DindState>, client: EngineClient, name: string): Promise<void>;
/**
 * Creates the container; where the engine cannot drop CAP_SYS_RESOURCE because it never had it, again
 * without the drop (that engine's `ALL` already leaves it out). Nothing is made by a refused create.
 */
export declare function createDindContainer(client: EngineClient, request: ContainerCreateRequest, name?: string): Promise<string>;
/** Starts the container; the engine's refusals become errors that name the input to change. */
export declare function startDindContainer(client: EngineClient, id: string, privileged: boolean, listen: Endpoint, names: OptionNames): Promise<void>;
/**
 * The IP addresses the engine gave the container on each of its networks (IPv4 and IPv6): a
 * client that reaches the dind daemon by address, on dind-network or a job's network, verifies
 * the server certificate only when it names them. The engine assigns them when it starts the
 * container, so this reads an inspect made after start.
 */
export declare function containerAddressSans(info: ContainerInfo): SubjectAltName[];
/**
 * The outer engine's endpoint; with `certPath`, mutual TLS with its ca.pem, cert.pem and key.pem (as
 * DOCKER_CERT_PATH names them). Read again by post, from the state.
 */
export declare function outerEndpoint(engine: string, certPath?: string): Promise<EngineEndpoint>;
