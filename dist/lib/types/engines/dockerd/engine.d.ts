import { type OptionNames } from '../../core/options/names.js';
import type { Engine } from '../engine.js';
import { type DockerdState } from './state.js';
/** A dockerd of our own on this machine, with its own containerd, roots, bridge and firewall chains. */
export declare const dockerdEngine: Engine<DockerdState>;
/** What a user without root or sudo can start instead (self-hosted runners often have no sudo). */
export declare function withoutRoot(names: OptionNames): string;
