import { OPTION_NAMES, type OptionNames } from '../option-names.js';

/** `up`'s flags are the action's inputs with two dashes: messages name them so. */
export const UP_OPTION_NAMES: OptionNames = { ...OPTION_NAMES, style: 'flag' };
