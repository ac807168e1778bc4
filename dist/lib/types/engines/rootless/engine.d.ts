import type { Engine } from '../engine.js';
import { type RootlessState } from './state.js';
/**
 * Mode dockerd without root: a dockerd of the invoking user's in rootlesskit's namespaces, behind
 * the same mutual TLS, reached through rootlesskit's port driver. No sudo anywhere, start or stop.
 */
export declare const rootlessEngine: Engine<RootlessState>;
