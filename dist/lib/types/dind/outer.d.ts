import { type OptionNames } from '../option-names.js';
import type { EngineRun } from '../lifecycle/engine.js';
import { type ContainerCreateRequest } from './container-request.js';
import { type EngineClient } from './engine-client.js';
import type { DindState } from './state.js';
/** Joins `name` when it exists; otherwise creates it, labelled ours, and records that post removes it. */
export declare function ensureNetwork(run: EngineRun<DindState>, client: EngineClient, name: string): Promise<void>;
/**
 * Creates the container; where the engine cannot drop CAP_SYS_RESOURCE because it never had it, again
 * without the drop (that engine's `ALL` already leaves it out). Nothing is made by a refused create.
 */
export declare function createDindContainer(client: EngineClient, request: ContainerCreateRequest, name?: string): Promise<string>;
/** Starts the container; the engine's refusals become errors that name the input to change. */
export declare function startDindContainer(client: EngineClient, id: string, privileged: boolean, listen: {
    host: string;
    port: number;
}, names: OptionNames): Promise<void>;
