import { parseBoolean } from '../boolean-option.js';
import type { DindSettings } from '../config.js';
import { InputError } from '../errors.js';
import { parseDindArgs } from './args.js';
import { DEFAULT_DIND_ALIAS } from './container-request.js';
import { DEFAULT_ENGINE, parseEngineEndpoint } from './endpoint.js';

/**
 * The official image on the major version GitHub-hosted runners run (Docker 28): a major tag takes
 * fixes without the breaking changes of a new major (Docker 29 refuses clients older than API 1.44).
 */
export const DEFAULT_DIND_IMAGE = 'docker:28-dind';

/** How dind mode runs its container; the action's `dind-*` inputs, `up --dind`'s flags. */
export type { DindSettings };

export interface RawDindSettings {
  engine?: string;
  image?: string;
  privileged?: string;
  network?: string;
  alias?: string;
  volume?: string;
  args?: string;
}

/** The defaults as a user types them; action.yml shows the same. */
export const DIND_DEFAULTS = {
  'dind-engine': DEFAULT_ENGINE,
  'dind-image': DEFAULT_DIND_IMAGE,
  'dind-privileged': 'true',
  'dind-network': '',
  'dind-alias': DEFAULT_DIND_ALIAS,
  'dind-volume': '',
  'dind-args': '',
};

/** Docker's own rule for container, network and volume names. */
const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const DNS_LABEL = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

function optionalName(input: string, raw: string | undefined, example: string): string | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return undefined;
  if (!DOCKER_NAME.test(value)) {
    throw new InputError(
      input,
      value,
      'Docker names start with a letter or digit, then letters, digits, _ . -',
      example,
    );
  }
  return value;
}

/** Validates every dind setting before anything is made; errors name the inputs (`dind-*`). */
export function parseDindSettings(raw: RawDindSettings): DindSettings {
  const engine = raw.engine?.trim() || DEFAULT_ENGINE;
  parseEngineEndpoint(engine);
  const alias = raw.alias?.trim() || DEFAULT_DIND_ALIAS;
  if (!DNS_LABEL.test(alias)) {
    throw new InputError('dind-alias', alias, 'must be one DNS label (letters, digits, inner hyphens)', 'docker');
  }
  const image = raw.image?.trim() || DEFAULT_DIND_IMAGE;
  if (/\s/.test(image))
    throw new InputError('dind-image', image, 'an image reference has no spaces', DEFAULT_DIND_IMAGE);
  return {
    engine,
    image,
    privileged: parseBoolean('dind-privileged', raw.privileged?.trim() || 'true'),
    network: optionalName('dind-network', raw.network, 'ci-net'),
    alias,
    volume: optionalName('dind-volume', raw.volume, 'dind-cache'),
    args: parseDindArgs(raw.args ?? ''),
  };
}
