import type { EngineKind } from '../core/options/options.js';
import type { Engine } from './engine.js';
export declare function engineFor(kind: EngineKind): Engine;
