/**
 * How an adapter names each option (an action input, a CLI flag), so that every message and hint
 * says what the user typed. The core never names an option any other way.
 */
export interface OptionNames {
    host: string;
    port: string;
    sans: string;
    validity: string;
    keyAlgorithm: string;
    certDir: string;
    daemonConfig: string;
    startupTimeout: string;
    outbound: string;
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
 * The options' names, which action.yml uses for its inputs and `docker-tls up` for its flags; each
 * adapter adds its style.
 */
export declare const OPTION_NAMES: {
    host: string;
    port: string;
    sans: string;
    validity: string;
    keyAlgorithm: string;
    certDir: string;
    daemonConfig: string;
    startupTimeout: string;
    outbound: string;
};
