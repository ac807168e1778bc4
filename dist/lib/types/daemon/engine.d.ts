import type { Engine } from '../lifecycle/engine.js';
import type { DockerdState } from './state.js';
/** The first engine: a dockerd of our own on this machine, with its own containerd, roots and bridge. */
export declare const dockerdEngine: Engine<DockerdState>;
