import type { InstanceState } from '../../core/state.js';
import type { Engine } from '../engine.js';
/**
 * Mode certs: no daemon. The lifecycle makes the certificate set in cert-dir (or a directory of
 * our own) and its teardown removes them, as for every mode; for users who start their own daemon
 * on the server files. No root, no port, nothing to stop.
 */
export declare const certsEngine: Engine<InstanceState>;
