import type { Engine } from '../engine.js';
import { type DockerdState } from './state.js';
/** A dockerd of our own on this machine, with its own containerd, roots, bridge and firewall chains. */
export declare const dockerdEngine: Engine<DockerdState>;
