/**
 * How an adapter names each option (an action input, a CLI flag, a library property), so that
 * every message and hint says what the user typed. The core never names an option any other way.
 */
export interface OptionNames {
  mode: string;
  host: string;
  port: string;
  sans: string;
  validity: string;
  keyAlgorithm: string;
  certDir: string;
  daemonConfig: string;
  startupTimeout: string;
  outbound: string;
  rootless: string;
  context: string;
  dindEngine: string;
  dindEngineCertPath: string;
  dindImage: string;
  dindPrivileged: string;
  dindNetwork: string;
  dindAlias: string;
  dindVolume: string;
  dindArgs: string;
  /** How the user writes them: action inputs (`port: 0`) or command-line flags (`--port 0`). */
  style: 'input' | 'flag';
}

export type OptionKey = Exclude<keyof OptionNames, 'style'>;
export type CertificateOptionNames = Pick<OptionNames, 'keyAlgorithm' | 'validity' | 'sans'>;

/** An option as the user types it: `port` for an input, `--port` for a flag. */
export function spelled(names: OptionNames, option: OptionKey): string {
  return names.style === 'flag' ? `--${names[option]}` : names[option];
}

/** An option set to a value, as the user would write it: `port: 0` for an input, `--port 0` for a flag. */
export function setting(names: OptionNames, option: OptionKey, value: string): string {
  return names.style === 'flag' ? `--${names[option]} ${value}` : `${names[option]}: ${value}`;
}

/**
 * The options' names as action.yml has its inputs; `docker-tls up` takes the same as flags (see
 * FLAG_NAMES), and the library the camelCase forms.
 */
export const INPUT_NAMES: OptionNames = {
  mode: 'mode',
  host: 'host',
  port: 'port',
  sans: 'tls-san',
  validity: 'cert-validity',
  keyAlgorithm: 'key-algorithm',
  certDir: 'cert-dir',
  daemonConfig: 'daemon-config',
  startupTimeout: 'startup-timeout',
  outbound: 'outbound',
  rootless: 'rootless',
  context: 'context',
  dindEngine: 'dind-engine',
  dindEngineCertPath: 'dind-engine-cert-path',
  dindImage: 'dind-image',
  dindPrivileged: 'dind-privileged',
  dindNetwork: 'dind-network',
  dindAlias: 'dind-alias',
  dindVolume: 'dind-volume',
  dindArgs: 'dind-args',
  style: 'input',
};

/** `up`'s flags are the action's inputs with two dashes (the mode is `--dind`): messages name them so. */
export const FLAG_NAMES: OptionNames = { ...INPUT_NAMES, mode: 'dind', style: 'flag' };
