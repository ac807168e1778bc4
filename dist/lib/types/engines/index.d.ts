import type { Mode } from '../core/options/options.js';
import type { Engine } from './engine.js';
export declare function engineFor(mode: Mode): Engine;
