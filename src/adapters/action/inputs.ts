import * as core from '@actions/core';
import { INPUT_NAMES, type OptionKey } from '../../core/options/names.js';
import { OPTION_DEFAULTS, type Options, type RawOptions, parseOptions } from '../../core/options/options.js';
import { parseBoolean } from '../../core/options/values.js';

/** Every input's default by its action.yml name: the options' defaults plus the action's own input. */
export const ACTION_INPUT_DEFAULTS: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(OPTION_DEFAULTS).map(([option, value]) => [INPUT_NAMES[option as OptionKey], value]),
  ),
  'export-env': 'true',
};

export interface ActionInputs {
  options: Options;
  /** Whether later steps get DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH. */
  exportEnv: boolean;
}

/**
 * Reads every input (the library reads, we check) and validates it before anything is created. The
 * outer engine of mode dind is dind-engine or the machine's socket, never a DOCKER_HOST an earlier
 * step exported.
 */
export function readInputs(): ActionInputs {
  const keys = Object.keys(OPTION_DEFAULTS) as OptionKey[];
  const raw: RawOptions = Object.fromEntries(keys.map((key) => [key, core.getInput(INPUT_NAMES[key])]));
  return {
    options: parseOptions(raw, INPUT_NAMES),
    exportEnv: parseBoolean('export-env', core.getInput('export-env') || ACTION_INPUT_DEFAULTS['export-env']),
  };
}
