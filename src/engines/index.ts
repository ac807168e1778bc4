import type { Mode } from '../core/options/options.js';
import { certsEngine } from './certs/engine.js';
import { dindEngine } from './dind/engine.js';
import { dockerdEngine } from './dockerd/engine.js';
import type { Engine } from './engine.js';

/** Every engine by its mode: the adapters name a mode to start, post and down find it in the state. */
const ENGINES: Record<Mode, Engine> = {
  dockerd: dockerdEngine as Engine,
  dind: dindEngine as Engine,
  certs: certsEngine,
};

export function engineFor(mode: Mode): Engine {
  return ENGINES[mode];
}
