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
export declare function spelled(names: OptionNames, option: OptionKey): string;
/** An option set to a value, as the user would write it: `port: 0` for an input, `--port 0` for a flag. */
export declare function setting(names: OptionNames, option: OptionKey, value: string): string;
/**
 * The options' names as action.yml has its inputs; `docker-tls up` takes the same as flags (see
 * FLAG_NAMES), and the library the camelCase forms.
 */
export declare const INPUT_NAMES: OptionNames;
/** `up`'s flags are the action's inputs with two dashes (the mode is `--dind`): messages name them so. */
export declare const FLAG_NAMES: OptionNames;
