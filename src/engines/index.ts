import type { EngineKind } from '../core/options/options.js';
import { certsEngine } from './certs/engine.js';
import { dindEngine } from './dind/engine.js';
import { dockerdEngine } from './dockerd/engine.js';
import type { Engine } from './engine.js';
import { rootlessEngine } from './rootless/engine.js';

/** Every engine by its kind: the options name one to start (engineKindOf), post and down find it in the state. */
const ENGINES: Record<EngineKind, Engine> = {
  dockerd: dockerdEngine as Engine,
  dind: dindEngine as Engine,
  certs: certsEngine,
  rootless: rootlessEngine as Engine,
};

export function engineFor(kind: EngineKind): Engine {
  return ENGINES[kind];
}
