import type { Engine } from '../lifecycle/engine.js';
import type { DindState } from './state.js';
/** The second engine: a container of a dind image on an outer Docker engine, on our server certificates. */
export declare const dindEngine: Engine<DindState>;
