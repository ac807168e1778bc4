import * as workflow from './workflow-commands.js';
import { type DaemonOptions, OPTION_DEFAULTS, parseBoolean, parseDaemonOptions } from '../config.js';
import { parseContextName } from '../context.js';
import { InputError } from '../errors.js';
import { DIND_DEFAULTS, parseDindSettings } from '../dind/options.js';
import { ENGINE_KINDS, type EngineKind } from '../lifecycle/engine.js';
import { type OptionKey, type OptionNames, OPTION_NAMES } from '../option-names.js';

/** The core's options by their action.yml input names. */
export const ACTION_OPTION_NAMES: OptionNames = { ...OPTION_NAMES, style: 'input' };

/** Every input's default by its action.yml name: the core's defaults plus the action's own inputs. */
export const ACTION_INPUT_DEFAULTS: Record<string, string> = {
  mode: 'dockerd',
  ...Object.fromEntries(
    Object.entries(OPTION_DEFAULTS).map(([option, value]) => [ACTION_OPTION_NAMES[option as OptionKey], value]),
  ),
  'export-env': 'true',
  ...DIND_DEFAULTS,
  context: 'docker-tls',
};

/** `mode: certs` makes only the certificates; every other mode is an engine. */
export type ActionMode = EngineKind | 'certs';

export interface ActionInputs {
  engine: ActionMode;
  options: DaemonOptions;
  /** Whether later steps get DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH. */
  exportEnv: boolean;
  /** The docker context's name; `none` for none (then no context is made). */
  context: string;
}

/** `mode` chooses the engine: how the daemon runs. */
export function parseMode(raw: string): ActionMode {
  const value = raw.trim().toLowerCase();
  if ((ENGINE_KINDS as readonly string[]).includes(value) || value === 'certs') return value as ActionMode;
  throw new InputError('mode', raw, `unknown mode; use one of ${[...ENGINE_KINDS, 'certs'].join(', ')}`, 'dockerd');
}

/** Reads and validates every input before anything is created. */
export function readInputs(): ActionInputs {
  const options = parseDaemonOptions(
    {
      host: workflow.getInput('host'),
      port: workflow.getInput('port'),
      sans: workflow.getInput('tls-san'),
      validity: workflow.getInput('cert-validity'),
      keyAlgorithm: workflow.getInput('key-algorithm'),
      certDir: workflow.getInput('cert-dir'),
      daemonConfig: workflow.getInput('daemon-config'),
      startupTimeout: workflow.getInput('startup-timeout'),
      outbound: workflow.getInput('outbound'),
    },
    ACTION_OPTION_NAMES,
  );
  const engine = parseMode(workflow.getInput('mode') || ACTION_INPUT_DEFAULTS.mode);
  // The outer engine is dind-engine or the machine's socket, never a DOCKER_HOST an earlier step exported.
  const dind =
    engine === 'dind'
      ? parseDindSettings({
          engine: workflow.getInput('dind-engine'),
          image: workflow.getInput('dind-image'),
          privileged: workflow.getInput('dind-privileged'),
          network: workflow.getInput('dind-network'),
          alias: workflow.getInput('dind-alias'),
          volume: workflow.getInput('dind-volume'),
          args: workflow.getInput('dind-args'),
        })
      : undefined;
  return {
    engine,
    options: { ...options, dind },
    exportEnv: parseBoolean('export-env', workflow.getInput('export-env') || ACTION_INPUT_DEFAULTS['export-env']),
    context: parseContextName(workflow.getInput('context')) ?? 'none',
  };
}
