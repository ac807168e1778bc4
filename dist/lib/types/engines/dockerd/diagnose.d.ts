import { type OptionNames } from '../../core/options/names.js';
/** The likely cause of a failed start, from the error lines of the log (or the whole log). */
export declare function diagnoseDaemonLog(log: string, names: OptionNames): string | undefined;
