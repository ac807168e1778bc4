export const id = 478;
export const ids = [478];
export const modules = {

/***/ 1478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var lib_core = __webpack_require__(7264);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/core/client-environment.ts
/**
 * Variables that make some clients trust another CA bundle than DOCKER_CERT_PATH/ca.pem: requests
 * (under docker-py) prefers REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE over the CA docker-py passes it,
 * then fails with "unable to get local issuer certificate". Corporate-proxy runners set them.
 */
const OVERRIDING = ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE'];
function caBundleWarnings(env) {
    const set = OVERRIDING.filter((name) => env[name]);
    if (set.length === 0)
        return [];
    return [
        `${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set: docker-py (through requests) will verify the daemon against that bundle instead of DOCKER_CERT_PATH/ca.pem and fail with "unable to get local issuer certificate". Unset ${set.length > 1 ? 'them' : 'it'} for steps that use docker-py, e.g. env: { ${set.map((name) => `${name}: ''`).join(', ')} }.`,
    ];
}
/** The variables clients are given: all that `docker-tls env` may ever print from a state. */
const client_environment_CLIENT_VARIABLES = (/* unused pure expression or super */ null && ([
    'DOCKER_HOST',
    'DOCKER_TLS_VERIFY',
    'DOCKER_CERT_PATH',
    'TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE',
]));
/**
 * What a client needs to reach the instance, as environment variables: the three the docker CLI,
 * docker-py, dockerode and testcontainers read, and TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, the
 * daemon's own unix socket on this machine. testcontainers bind-mounts that path into its Ryuk
 * container (default /var/run/docker.sock: the runner's daemon, not ours), and Ryuk then reaps in
 * our daemon. The daemon resolves the path on this machine, so the daemon's own socket is right.
 */
function clientEnvironment(daemon) {
    return {
        DOCKER_HOST: daemon.dockerHost,
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: daemon.clientDir,
        ...(daemon.socket ? { TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE: daemon.socket } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/pki/algorithms.ts
var algorithms = __webpack_require__(7664);
// EXTERNAL MODULE: ./src/core/san.ts
var san = __webpack_require__(2213);
;// CONCATENATED MODULE: ./src/core/text.ts
/** C0 and C1 control characters and DEL: a newline in a value could forge a line of the log. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function text_hasControlCharacter(text) {
    return CONTROL.test(text);
}
/** `\n` for a newline and so on: text from elsewhere that quotes the user's value is logged so. */
function escapeControlCharacters(text) {
    return text.replace(new RegExp(CONTROL.source, 'g'), (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The last `count` non-empty lines of a log, for an error message or a summary. */
function lastLines(log, count) {
    return log
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(-count)
        .join('\n');
}
const ERROR_LINE = /unknown (flag|shorthand flag|command)|\berror\b|\bfatal\b|\bfailed\b|level=(error|fatal)/i;
/**
 * Error lines of a log that fall before its last `tailCount` lines (at most `max`, the latest):
 * dockerd prints the cause first and its usage after (an unknown flag), which pushes the cause out
 * of the tail a message shows.
 */
function earlierErrorLines(log, tailCount, max = 5) {
    const lines = log.split('\n').filter((line) => line.trim() !== '');
    return (lines
        .slice(0, Math.max(0, lines.length - tailCount))
        // Indented lines are usage text or continuations ("level: debug|info|error"), not errors.
        .filter((line) => !/^\s/.test(line) && ERROR_LINE.test(line))
        .slice(-max));
}

;// CONCATENATED MODULE: ./src/core/options/names.ts
/** An option as the user types it: `port` for an input, `--port` for a flag. */
function spelled(names, option) {
    return names.style === 'flag' ? `--${names[option]}` : names[option];
}
/** An option set to a value, as the user would write it: `port: 0` for an input, `--port 0` for a flag. */
function setting(names, option, value) {
    return names.style === 'flag' ? `--${names[option]} ${value}` : `${names[option]}: ${value}`;
}
/**
 * The options' names as action.yml has its inputs; `docker-tls up` takes the same as flags (see
 * FLAG_NAMES), and the library the camelCase forms.
 */
const INPUT_NAMES = {
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
const FLAG_NAMES = { ...INPUT_NAMES, mode: 'dind', style: 'flag' };

;// CONCATENATED MODULE: ./src/core/options/daemon-config.ts



/**
 * Keys of daemon.json a user may not set, each with the reason. dockerd reads its configuration
 * file case-insensitively and takes `tls-verify` for `tlsverify`, so keys are compared in a
 * normalised form (lower case, without `-` or `_`).
 */
const REFUSED_DAEMON_KEYS = {
    hosts: 'it keeps the daemon behind mutual TLS',
    tls: 'it keeps the daemon behind mutual TLS',
    tlsverify: 'it keeps the daemon behind mutual TLS',
    tlscacert: 'it keeps the daemon behind mutual TLS',
    tlscert: 'it keeps the daemon behind mutual TLS',
    tlskey: 'it keeps the daemon behind mutual TLS',
    dataroot: 'teardown removes the data-root it made; another would outlive the job or share the runner daemon’s',
    graph: 'teardown removes the data-root it made; another would outlive the job or share the runner daemon’s',
    execroot: 'teardown relies on the exec-root it made; another could be the runner daemon’s',
    pidfile: 'teardown finds the daemon by the pidfile it chose',
    containerd: 'the daemon runs on a containerd of its own, which teardown stops',
    containerdnamespace: 'its containers live in a containerd namespace of their own',
    containerdpluginsnamespace: 'its plugins live in a containerd namespace of their own',
    bridge: 'the daemon runs on a bridge of its own, which teardown removes',
    bip: 'the daemon runs on a bridge of its own, with a subnet chosen free on this machine',
    defaultaddresspools: 'its networks come from address pools chosen free on this machine',
};
/** `TLS-Verify`, `tls_verify` and `tlsverify` are one key to dockerd. */
function normalisedDaemonKey(key) {
    return key.toLowerCase().replace(/[-_]/g, '');
}
/** Why `key` may not be set in daemon-config, or undefined when it may. */
function refusedDaemonKey(key) {
    return Object.hasOwn(REFUSED_DAEMON_KEYS, normalisedDaemonKey(key))
        ? REFUSED_DAEMON_KEYS[normalisedDaemonKey(key)]
        : undefined;
}
/** The daemon-config option: a JSON object of daemon.json settings, none of them a key we own. */
function parseDaemonConfig(raw, names) {
    const text = raw.trim();
    if (text === '')
        return {};
    const input = spelled(names, 'daemonConfig');
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        // JSON.parse quotes the text it failed on as it is, control characters included.
        const reason = escapeControlCharacters(error.message);
        throw new errors/* InputError */.dz(input, raw, `not valid JSON (${reason})`, '{"debug": true}');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(input, raw, 'must be a JSON object of daemon.json settings', '{"debug": true}');
    }
    const refused = Object.keys(parsed).filter((key) => refusedDaemonKey(key) !== undefined);
    if (refused.length > 0) {
        const quoted = (key) => (/^[\w.-]+$/.test(key) ? key : JSON.stringify(key));
        // Keys refused for one reason are named together: "tls, hosts cannot be set here (...)".
        const byReason = new Map();
        for (const key of refused)
            byReason.set(refusedDaemonKey(key), [...(byReason.get(refusedDaemonKey(key)) ?? []), key]);
        const reasons = [...byReason]
            .map(([reason, keys]) => `${keys.map(quoted).join(', ')} cannot be set here (${reason})`)
            .join('; ');
        const tls = refused.some((key) => /^(hosts|tls)/.test(normalisedDaemonKey(key)));
        throw new errors/* InputError */.dz(input, raw, `${reasons}${tls ? `; for the address and names use the ${spelled(names, 'host')}, ${spelled(names, 'port')} and ${spelled(names, 'sans')} ${names.style === 'flag' ? 'options' : 'inputs'}` : ''}`, '{"debug": true, "log-level": "warn"}');
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/core/options/engine-endpoint.ts

const DEFAULT_ENGINE = 'unix:///var/run/docker.sock';
const EXAMPLE = 'unix:///var/run/docker.sock';
/** Parses `unix:///path` or `tcp://host:port` (IPv6 in brackets); `input` names it in errors. */
function parseEngineEndpoint(raw, tls, input = 'dind-engine') {
    const url = raw.trim();
    if (url.startsWith('unix://')) {
        const socketPath = url.slice('unix://'.length);
        if (!socketPath.startsWith('/')) {
            throw new errors/* InputError */.dz(input, raw, 'a unix endpoint needs an absolute socket path', EXAMPLE);
        }
        return { kind: 'unix', url, socketPath };
    }
    if (url.startsWith('tcp://')) {
        let parsed;
        try {
            parsed = new URL(`http://${url.slice('tcp://'.length)}`);
        }
        catch {
            throw new errors/* InputError */.dz(input, raw, 'not a valid tcp://host:port address', 'tcp://127.0.0.1:2376');
        }
        if (!parsed.port || (parsed.pathname !== '/' && parsed.pathname !== '')) {
            throw new errors/* InputError */.dz(input, raw, 'a tcp endpoint needs a port and no path', 'tcp://127.0.0.1:2376');
        }
        const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
        return { kind: 'tcp', url, host, port: Number(parsed.port), tls };
    }
    throw new errors/* InputError */.dz(input, raw, 'must start with unix:// or tcp://', EXAMPLE);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/options/values.ts




// The parsers of single values: each takes the raw text and the name the user knows the option
// by, and throws an InputError naming both, with an example of a good value.
/** true/false as a workflow or a shell writes them: true, yes, 1, on; false, no, 0, off. */
function parseBoolean(input, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new errors/* InputError */.dz(input, raw, 'must be true or false', 'true');
}
function parseHost(raw, input) {
    const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
    // The same strict reading as the certificate's names (san.ts): the address is one of them.
    if ((0,san/* parseIpAddress */.D_)(value))
        return value;
    if (value.toLowerCase() === 'localhost')
        return '127.0.0.1';
    throw new errors/* InputError */.dz(input, raw, 'the bind address must be an IPv4 or IPv6 address of this machine (0.0.0.0 or :: for all)', '127.0.0.1');
}
function parsePort(raw, input) {
    const value = raw.trim();
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(port) || port > 65535) {
        throw new errors/* InputError */.dz(input, raw, 'must be a whole number from 0 to 65535 (0 picks a free port)', '2376');
    }
    return port;
}
/**
 * A path a user gives (cert-dir, --state-dir, --out): absolute afterwards, and free of control
 * characters, which would forge lines wherever the path is logged.
 */
function parsePath(raw, input) {
    const value = raw.trim();
    if (value === '' || text_hasControlCharacter(value)) {
        throw new errors/* InputError */.dz(input, raw, value === '' ? 'a path cannot be empty' : 'a path cannot hold control characters such as a newline', '${{ runner.temp }}/docker-certs');
    }
    return (0,external_node_path_.resolve)(value);
}
/**
 * A docker context for clients that do not read DOCKER_HOST/DOCKER_CERT_PATH (buildx): its name,
 * or `none` for none. The action makes `docker-tls` by default; the CLI and the library only when asked.
 */
const DEFAULT_CONTEXT_NAME = 'docker-tls';
const NO_CONTEXT = 'none';
const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;
/** The context name asked for, or undefined for `none`. */
function parseContextName(raw, input) {
    const value = raw.trim() || DEFAULT_CONTEXT_NAME;
    if (value === NO_CONTEXT)
        return undefined;
    if (!CONTEXT_NAME.test(value) || value === 'default') {
        throw new errors/* InputError */.dz(input, value, 'a docker context name starts with a letter or digit and holds only letters, digits, "_", ".", "+" and "-" ("default" is the CLI\'s own)', `${DEFAULT_CONTEXT_NAME}, ci-docker, or none`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/options/dind.ts




/**
 * The official image on the major version GitHub-hosted runners run (Docker 28): a major tag takes
 * fixes without the breaking changes of a new major (Docker 29 refuses clients older than API 1.44).
 */
const DEFAULT_DIND_IMAGE = 'docker:28-dind';
/** The dind container's name on its networks, and a name in its server certificate. */
const DEFAULT_DIND_ALIAS = 'docker';
/** The defaults as a user types them; action.yml shows the same (a test compares). */
const DIND_DEFAULTS = {
    engine: DEFAULT_ENGINE,
    engineCertPath: '',
    image: DEFAULT_DIND_IMAGE,
    privileged: 'true',
    network: '',
    alias: DEFAULT_DIND_ALIAS,
    volume: '',
    args: '',
};
/** Docker's own rule for container, network and volume names. */
const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const DNS_LABEL = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
function optionalName(input, raw, example) {
    const value = raw?.trim() ?? '';
    if (value === '')
        return undefined;
    if (!DOCKER_NAME.test(value)) {
        throw new errors/* InputError */.dz(input, value, 'Docker names start with a letter or digit, then letters, digits, _ . -', example);
    }
    return value;
}
/** Validates every dind setting before anything is made; errors name the options as the user knows them. */
function parseDindSettings(raw, names) {
    const engine = raw.engine?.trim() || DEFAULT_ENGINE;
    const engineCertPath = parseEngineCertPath(engine, raw.engineCertPath, names);
    const alias = raw.alias?.trim() || DEFAULT_DIND_ALIAS;
    if (!DNS_LABEL.test(alias)) {
        throw new errors/* InputError */.dz(spelled(names, 'dindAlias'), alias, 'must be one DNS label (letters, digits, inner hyphens)', 'docker');
    }
    const image = raw.image?.trim() || DEFAULT_DIND_IMAGE;
    if (/\s/.test(image)) {
        throw new errors/* InputError */.dz(spelled(names, 'dindImage'), image, 'an image reference has no spaces', DEFAULT_DIND_IMAGE);
    }
    return {
        engine,
        engineCertPath,
        image,
        privileged: parseBoolean(spelled(names, 'dindPrivileged'), raw.privileged?.trim() || DIND_DEFAULTS.privileged),
        network: optionalName(spelled(names, 'dindNetwork'), raw.network, 'ci-net'),
        alias,
        volume: optionalName(spelled(names, 'dindVolume'), raw.volume, 'dind-cache'),
        args: parseDindArgs(raw.args ?? '', spelled(names, 'dindArgs')),
    };
}
/**
 * The outer engine and how we reach it safely. The dind server's private key is copied into the
 * container through the engine's API when the engine cannot see our files (a tcp:// engine, a job
 * container): over plain TCP beyond this machine anyone on the path would read it. So a tcp://
 * engine needs its client files (mutual TLS, as DOCKER_CERT_PATH gives them), unless it is on
 * loopback; the files are for a tcp:// engine only.
 */
function parseEngineCertPath(engine, raw, names) {
    const endpoint = parseEngineEndpoint(engine, undefined, spelled(names, 'dindEngine'));
    const certPath = raw?.trim() ? parsePath(raw, spelled(names, 'dindEngineCertPath')) : undefined;
    if (certPath && endpoint.kind !== 'tcp') {
        throw new errors/* InputError */.dz(spelled(names, 'dindEngineCertPath'), raw, `it is for a tcp:// ${spelled(names, 'dindEngine')} only`, 'the directory of ca.pem, cert.pem and key.pem of a tcp:// engine');
    }
    if (endpoint.kind === 'tcp' && !certPath && !isLoopback(endpoint.host)) {
        throw new errors/* InputError */.dz(spelled(names, 'dindEngine'), engine, `a tcp:// outer engine beyond this machine needs mutual TLS: the dind server's key would cross the network in clear. Name the engine's client files (ca.pem, cert.pem, key.pem) with ${spelled(names, 'dindEngineCertPath')}, or use its unix:// socket`, 'tcp://10.0.0.5:2376 with dind-engine-cert-path: /home/runner/.docker/outer');
    }
    return certPath;
}
function isLoopback(host) {
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/** dockerd shorthand flags that take a value: the rest of a cluster after one of them is that value. */
const SHORTHANDS_WITH_VALUE = new Set(['b', 'G', 'g', 'H', 'l', 'p']);
/** Why an argument is refused, or undefined when it may be passed to the dind daemon. */
function refusedDindArg(arg) {
    const name = arg.split('=')[0];
    if (name === '--host' || name.startsWith('--tls'))
        return name;
    if (arg.startsWith('-') && !arg.startsWith('--')) {
        // A cluster such as -DH or -Htcp://…: pflag reads each letter as a flag until one takes a value.
        for (const letter of arg.slice(1)) {
            if (letter === 'H')
                return '-H';
            if (SHORTHANDS_WITH_VALUE.has(letter))
                break;
        }
    }
    return undefined;
}
/**
 * Splits dind-args (whitespace or new lines between arguments; no shell quoting) and refuses what
 * would take the daemon from behind mutual TLS: its addresses and TLS settings are ours, as in
 * daemon-config.
 */
function parseDindArgs(raw, input = 'dind-args') {
    const args = raw.split(/\s+/).filter((arg) => arg !== '');
    const refused = [...new Set(args.map(refusedDindArg).filter((name) => name !== undefined))];
    if (refused.length > 0) {
        throw new errors/* InputError */.dz(input, raw, `${refused.join(', ')} cannot be set here: the daemon's addresses and TLS settings are set for you to keep it behind mutual TLS (use the host, port and tls-san options instead)`, '--mtu=1400 --log-level=warn');
    }
    return args;
}

;// CONCATENATED MODULE: ./src/core/options/duration.ts

const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
function formatDuration(ms) {
    for (const unit of ['d', 'h', 'm', 's']) {
        const size = UNIT_MS[unit];
        if (ms >= size && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
/**
 * Parses `90m`, `6h`, `2d`, `1h30m`, `500ms`. A bare number is refused on purpose: `60` could be
 * seconds or minutes, and guessing wrong gives a certificate or a timeout off by a factor of 60.
 */
function parseDuration(input, raw, bounds) {
    const text = raw.trim();
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
    let total = 0;
    let consumed = 0;
    let match;
    while ((match = part.exec(text)) !== null) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = part.lastIndex;
    }
    if (text === '' || consumed !== text.length) {
        throw new errors/* InputError */.dz(input, raw, 'expected a number with a unit (ms, s, m, h or d)', bounds.example);
    }
    total = Math.round(total);
    if (total < bounds.minMs) {
        throw new errors/* InputError */.dz(input, raw, `must be at least ${formatDuration(bounds.minMs)}`, bounds.example);
    }
    if (total > bounds.maxMs) {
        throw new errors/* InputError */.dz(input, raw, `must be at most ${formatDuration(bounds.maxMs)}`, bounds.example);
    }
    return total;
}

;// CONCATENATED MODULE: ./src/core/options/options.ts









/** How the daemon runs: one of ours on this machine, a dind container, or no daemon (certificates only). */
const MODES = ['dockerd', 'dind', 'certs'];
/**
 * The engines behind the modes: mode dockerd runs a rootful or a rootless dockerd (`rootless`), so
 * the engine a state names is one of these, not a mode.
 */
const options_ENGINE_KINDS = [...MODES, 'rootless'];
/** The engine that runs these options: the mode's, or the rootless dockerd. */
function engineKindOf(options) {
    return options.rootless ? 'rootless' : options.mode;
}
/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };
const STARTUP_TIMEOUT_BOUNDS = { minMs: 1000, maxMs: 30 * 60_000, example: '60s' };
/** The one set of defaults, as a user would type them; action.yml shows the same (a test compares). */
const OPTION_DEFAULTS = {
    mode: 'dockerd',
    host: '127.0.0.1',
    port: '2376',
    sans: '',
    validity: '6h',
    keyAlgorithm: algorithms/* DEFAULT_KEY_ALGORITHM */.GE,
    certDir: '',
    daemonConfig: '',
    startupTimeout: '60s',
    outbound: 'true',
    rootless: 'false',
    context: DEFAULT_CONTEXT_NAME,
    dindEngine: DIND_DEFAULTS.engine,
    dindEngineCertPath: DIND_DEFAULTS.engineCertPath,
    dindImage: DIND_DEFAULTS.image,
    dindPrivileged: DIND_DEFAULTS.privileged,
    dindNetwork: DIND_DEFAULTS.network,
    dindAlias: DIND_DEFAULTS.alias,
    dindVolume: DIND_DEFAULTS.volume,
    dindArgs: DIND_DEFAULTS.args,
};
/** Validates everything before anything is generated or written. */
function parseCertificateOptions(raw, names) {
    return {
        keyAlgorithm: (0,algorithms/* parseKeyAlgorithm */.q8)(raw.keyAlgorithm || OPTION_DEFAULTS.keyAlgorithm, names.keyAlgorithm),
        validityMs: parseDuration(names.validity, raw.validity || OPTION_DEFAULTS.validity, CERT_VALIDITY_BOUNDS),
        serverSans: (0,san/* parseSanList */.Gf)(raw.sans ?? [], names.sans),
    };
}
/** Options that may span lines (lists, JSON); every other one is one line without control characters. */
const MULTI_LINE = new Set(['sans', 'daemonConfig', 'dindArgs']);
const ALLOWED_IN_MULTI_LINE = /[\t\n\r]/g;
/**
 * No control character in any option (a newline in a multi-line one excepted): a value is echoed to
 * logs, where it could forge a line, or on a runner, a workflow command.
 */
function refuseControlCharacters(raw, names) {
    for (const [key, value] of Object.entries(raw)) {
        for (const text of typeof value === 'string' ? [value] : (value ?? [])) {
            const checked = MULTI_LINE.has(key) ? text.replace(ALLOWED_IN_MULTI_LINE, ' ') : text;
            if (text_hasControlCharacter(checked)) {
                const where = MULTI_LINE.has(key) ? 'other than line breaks and tabs ' : '';
                throw new errors/* InputError */.dz(spelled(names, key), text, `it holds control characters ${where}(none may appear)`, OPTION_DEFAULTS[key] || 'a value on one line');
            }
        }
    }
}
function parseMode(raw, input) {
    const value = raw.trim().toLowerCase();
    if (MODES.includes(value))
        return value;
    throw new errors/* InputError */.dz(input, raw, `unknown mode; use one of ${MODES.join(', ')}`, OPTION_DEFAULTS.mode);
}
/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
function parseOptions(raw, names) {
    refuseControlCharacters(raw, names);
    const label = (key) => spelled(names, key);
    const mode = parseMode(raw.mode || OPTION_DEFAULTS.mode, label('mode'));
    const certDir = raw.certDir?.trim();
    const value = (key) => raw[key] || OPTION_DEFAULTS[key];
    const certificateNames = { keyAlgorithm: label('keyAlgorithm'), validity: label('validity'), sans: label('sans') };
    return {
        ...parseCertificateOptions(raw, certificateNames),
        mode,
        host: parseHost(value('host'), label('host')),
        port: parsePort(value('port'), label('port')),
        certDir: certDir ? parsePath(certDir, label('certDir')) : undefined,
        daemonConfig: parseDaemonConfig(raw.daemonConfig ?? '', names),
        startupTimeoutMs: parseDuration(label('startupTimeout'), value('startupTimeout'), STARTUP_TIMEOUT_BOUNDS),
        outbound: parseBoolean(label('outbound'), value('outbound')),
        rootless: parseRootless(raw, mode, names),
        context: parseContextName(value('context'), label('context')),
        dind: mode === 'dind' ? parseDindSettings(dindPart(raw), names) : undefined,
        names,
    };
}
/** Rootless is a way of running mode dockerd: with another mode it would silently mean nothing. */
function parseRootless(raw, mode, names) {
    const input = spelled(names, 'rootless');
    const rootless = parseBoolean(input, raw.rootless || OPTION_DEFAULTS.rootless);
    if (rootless && mode !== 'dockerd') {
        throw new errors/* InputError */.dz(input, raw.rootless, `it runs a dockerd of its own, which mode ${mode} does not`, 'false');
    }
    return rootless;
}
function dindPart(raw) {
    return {
        engine: raw.dindEngine,
        engineCertPath: raw.dindEngineCertPath,
        image: raw.dindImage,
        privileged: raw.dindPrivileged,
        network: raw.dindNetwork,
        alias: raw.dindAlias,
        volume: raw.dindVolume,
        args: raw.dindArgs,
    };
}

;// CONCATENATED MODULE: ./src/engines/certs/engine.ts
/**
 * Mode certs: no daemon. The lifecycle makes the certificate set in cert-dir (or a directory of
 * our own) and its teardown removes them, as for every mode; for users who start their own daemon
 * on the server files. No root, no port, nothing to stop.
 */
const certsEngine = {
    mode: 'certs',
    listens: false,
    check: async () => ({
        launch: async (run) => {
            await run.certificates();
            return undefined;
        },
    }),
    stop: async () => ({ summary: '', warnings: [], daemonDied: false, nothingFound: true }),
    logsOf: () => [],
    stateFields: {},
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/host/engine-api/http.ts



/** The outer engine cannot be reached at all: nothing answered on its socket or address. */
class EngineUnreachableError extends errors/* DockerTlsError */.iw {
    endpoint;
    constructor(endpoint, cause) {
        const code = cause.code ?? cause.message;
        super(`Cannot reach the outer Docker engine at ${endpoint.url} (${code}).`, unreachableHint(endpoint, code), {
            cause,
        });
        this.name = 'EngineUnreachableError';
        this.endpoint = endpoint.url;
    }
}
function unreachableHint(endpoint, code) {
    if (code === 'EACCES' || code === 'EPERM') {
        return `This user may not use ${endpoint.url}: run as root, or add the user to the socket's group (usually "docker").`;
    }
    const where = endpoint.kind === 'unix' ? `its socket ${endpoint.socketPath} exists` : `it listens on ${endpoint.url}`;
    return `Start the Docker engine and check that ${where}, or set dind-engine to the engine that should run the dind container (default unix:///var/run/docker.sock).`;
}
const CONNECT_ERRORS = new Set([
    'ECONNREFUSED',
    'ENOENT',
    'EACCES',
    'EPERM',
    'ENOTSOCK',
    'EHOSTUNREACH',
    'ENETUNREACH',
]);
/** One HTTP exchange with the engine; the body is read whole (the calls here return small bodies). */
function engineRequest(endpoint, call) {
    return new Promise((resolve, reject) => {
        sendRequest(endpoint, call, reject, (res) => readBody(res, (body) => resolve({ status: res.statusCode ?? 0, body }), reject));
    });
}
/** The whole body of an answer, once it has come. */
function readBody(res, done, failed) {
    const chunks = [];
    res.on('data', (chunk) => chunks.push(chunk));
    res.on('end', () => done(Buffer.concat(chunks)));
    res.on('error', failed);
}
/**
 * A GET whose answer is a stream of lines that lasts as long as the engine (GET /events): each line
 * goes to `onLine` as it comes. Resolves when the stream ends (the engine stopped, or closed it);
 * rejects when the engine cannot be reached within `timeoutMs` or answers with an error status.
 */
function engineLines(endpoint, path, handlers, timeoutMs) {
    return new Promise((resolve, reject) => {
        const req = sendRequest(endpoint, { method: 'GET', path, timeoutMs }, reject, (res) => {
            if (res.statusCode !== 200) {
                const refused = (body) => reject(new Error(`GET ${path}: ${engineMessage(body)} (HTTP ${res.statusCode})`));
                return readBody(res, refused, reject);
            }
            // Answered: from now on the stream may stay quiet for as long as nothing happens.
            req.setTimeout(0);
            handlers.onOpen?.();
            let pending = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
                const lines = (pending + chunk).split('\n');
                pending = lines.pop() ?? '';
                for (const line of lines)
                    if (line.trim())
                        handlers.onLine(line);
            });
            // A daemon that stops or is killed ends the stream either way: both are its end.
            res.on('close', () => resolve());
            res.on('error', () => resolve());
        });
    });
}
/** Sends one request; `onResponse` gets the answer, `reject` a failure to get one. */
function sendRequest(endpoint, call, reject, onResponse) {
    const payload = call.raw?.body ?? (call.json === undefined ? undefined : Buffer.from(JSON.stringify(call.json)));
    // Over TCP, Node takes the Host header for the name the server's certificate must carry: leave it
    // to the address. A unix socket has no host; the API wants one all the same.
    const headers = endpoint.kind === 'unix' ? { Host: 'docker' } : {};
    const contentType = call.raw?.contentType ?? 'application/json';
    if (payload)
        Object.assign(headers, { 'Content-Type': contentType, 'Content-Length': payload.length });
    let connected = false;
    const base = { method: call.method, path: call.path, headers, agent: false, timeout: call.timeoutMs };
    let req;
    if (endpoint.kind === 'unix') {
        req = (0,external_node_http_.request)({ ...base, socketPath: endpoint.socketPath }, onResponse);
    }
    else if (endpoint.tls) {
        req = (0,external_node_https_.request)({ ...base, host: endpoint.host, port: endpoint.port, ...endpoint.tls }, onResponse);
    }
    else {
        req = (0,external_node_http_.request)({ ...base, host: endpoint.host, port: endpoint.port }, onResponse);
    }
    req.on('socket', (socket) => socket.once('connect', () => (connected = true)));
    req.on('timeout', () => req.destroy(new Error(`no answer within ${call.timeoutMs} ms to ${call.method} ${call.path}`)));
    req.on('error', (error) => {
        const unreachable = !connected && (CONNECT_ERRORS.has(error.code ?? '') || /no answer/.test(error.message));
        reject(unreachable ? new EngineUnreachableError(endpoint, error) : error);
    });
    req.end(payload);
    return req;
}
/** The `message` of the engine's JSON error body, or the body as text. */
function engineMessage(body) {
    const text = body.toString('utf8').trim();
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.message === 'string')
            return parsed.message;
    }
    catch {
        // not JSON
    }
    return text;
}

;// CONCATENATED MODULE: ./src/host/engine-api/client.ts





/** The engine answered, but with an error status. */
class EngineApiError extends errors/* DockerTlsError */.iw {
    status;
    engineMessage;
    constructor(what, status, message, hint) {
        super(`The outer Docker engine refused to ${what}: ${message} (HTTP ${status}).`, hint);
        this.name = 'EngineApiError';
        this.status = status;
        this.engineMessage = message;
    }
}
const DEFAULT_TIMEOUT_MS = 30_000;
const q = encodeURIComponent;
/** A small Docker Engine API client for the outer engine (unversioned paths: the engine's own API). */
class EngineClient {
    endpoint;
    timeoutMs;
    constructor(endpoint, timeoutMs = DEFAULT_TIMEOUT_MS) {
        this.endpoint = endpoint;
        this.timeoutMs = timeoutMs;
    }
    async call(method, path, json, timeoutMs = this.timeoutMs) {
        return engineRequest(this.endpoint, { method, path, json, timeoutMs });
    }
    /** Calls and parses; a status outside `ok` becomes an EngineApiError describing `what`. */
    async expect(what, method, path, ok, json) {
        const response = await this.call(method, path, json);
        if (!ok.includes(response.status))
            throw new EngineApiError(what, response.status, engineMessage(response.body));
        return parseJson(response);
    }
    async ping() {
        await this.expect('answer /_ping', 'GET', '/_ping', [200]);
    }
    version() {
        return this.expect('report its version', 'GET', '/version', [200]);
    }
    info() {
        return this.expect('report its system information', 'GET', '/info', [200]);
    }
    /** The image's details, or undefined when the engine does not have it. */
    async imageInspect(name) {
        const response = await this.call('GET', `/images/${q(name)}/json`);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw new EngineApiError(`inspect image ${name}`, response.status, engineMessage(response.body));
        return parseJson(response);
    }
    async createContainer(request, name) {
        const path = `/containers/create${name ? `?name=${q(name)}` : ''}`;
        const created = await this.expect(`create the container ${name ?? ''}`.trim(), 'POST', path, [201], request);
        return created.Id;
    }
    async startContainer(id) {
        await this.expect(`start the container ${id.slice(0, 12)}`, 'POST', `/containers/${q(id)}/start`, [204, 304]);
    }
    /** The container's details, or undefined when there is no such container. */
    async inspectContainer(id) {
        const response = await this.call('GET', `/containers/${q(id)}/json`);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw new EngineApiError(`inspect container ${id}`, response.status, engineMessage(response.body));
        return parseJson(response);
    }
    /** stdout and stderr interleaved, the last `tail` lines (all when omitted). */
    async containerLogs(id, tail) {
        const query = `stdout=1&stderr=1&timestamps=0${tail === undefined ? '' : `&tail=${tail}`}`;
        const response = await this.call('GET', `/containers/${q(id)}/logs?${query}`);
        if (response.status !== 200)
            throw new EngineApiError(`read the log of ${id}`, response.status, engineMessage(response.body));
        return demuxLogs(response.body);
    }
    /** Waits for the container to stop; resolves with its exit code. */
    async waitContainer(id, timeoutMs = this.timeoutMs) {
        const response = await this.call('POST', `/containers/${q(id)}/wait`, undefined, timeoutMs);
        if (response.status !== 200)
            throw new EngineApiError(`wait for ${id}`, response.status, engineMessage(response.body));
        return parseJson(response).StatusCode;
    }
    /** The ids of the running containers. */
    async runningContainers() {
        const list = await this.expect('list containers', 'GET', '/containers/json', [200]);
        return (list ?? []).map((container) => container.Id);
    }
    /** Kills a running container; one that is not running (409) or gone (404) is fine. */
    async killContainer(id, signal = 'KILL') {
        await this.expect(`kill ${id}`, 'POST', `/containers/${q(id)}/kill?signal=${q(signal)}`, [204, 404, 409]);
    }
    /** Removes the container with its anonymous volumes; idempotent. */
    async removeContainer(id) {
        await this.expect(`remove ${id}`, 'DELETE', `/containers/${q(id)}?force=1&v=1`, [204, 404]);
    }
    /** Every network of the engine, as GET /networks lists them. */
    async networks() {
        return (await this.expect('list networks', 'GET', '/networks', [200])) ?? [];
    }
    async inspectNetwork(name) {
        const response = await this.call('GET', `/networks/${q(name)}`);
        if (response.status === 404)
            return undefined;
        if (response.status !== 200)
            throw new EngineApiError(`inspect network ${name}`, response.status, engineMessage(response.body));
        return parseJson(response);
    }
    async createNetwork(name, labels) {
        const body = { Name: name, Driver: 'bridge', CheckDuplicate: true, Labels: labels };
        return (await this.expect(`create network ${name}`, 'POST', '/networks/create', [201], body)).Id;
    }
    async connectNetwork(network, container, aliases = []) {
        const body = { Container: container, EndpointConfig: { Aliases: aliases } };
        await this.expect(`connect ${container} to ${network}`, 'POST', `/networks/${q(network)}/connect`, [200], body);
    }
    /** Removes a network; one already gone is fine. */
    async removeNetwork(name) {
        await this.expect(`remove network ${name}`, 'DELETE', `/networks/${q(name)}`, [204, 404]);
    }
    /** Disconnects a container from a network; one already gone or not connected is fine. */
    async disconnectNetwork(network, container) {
        const body = { Container: container, Force: true };
        const path = `/networks/${q(network)}/disconnect`;
        await this.expect(`disconnect ${container} from ${network}`, 'POST', path, [200, 404], body);
    }
    /** Names of the volumes carrying `label` (`key=value`). */
    async volumesLabelled(label) {
        const filter = q(JSON.stringify({ label: [label] }));
        const found = await this.expect('list volumes', 'GET', `/volumes?filters=${filter}`, [200]);
        return (found.Volumes ?? []).map((volume) => volume.Name);
    }
    /** Stops a container, giving it `seconds` after SIGTERM; one stopped or gone is fine. */
    async stopContainer(id, seconds) {
        const response = await this.call('POST', `/containers/${q(id)}/stop?t=${seconds}`, undefined, (seconds + 30) * 1000);
        if (![204, 304, 404].includes(response.status))
            throw new EngineApiError(`stop ${id}`, response.status, engineMessage(response.body));
    }
    /** Extracts a tar into the container at `path` (it may be created and not yet started). */
    async putArchive(id, path, tar) {
        const response = await engineRequest(this.endpoint, {
            method: 'PUT',
            path: `/containers/${q(id)}/archive?path=${q(path)}`,
            raw: { body: tar, contentType: 'application/x-tar' },
            timeoutMs: this.timeoutMs,
        });
        if (response.status !== 200)
            throw new EngineApiError(`copy files into ${id}`, response.status, engineMessage(response.body));
    }
    /** Removes a volume; one already gone is fine. */
    async removeVolume(name) {
        await this.expect(`remove volume ${name}`, 'DELETE', `/volumes/${q(name)}`, [204, 404]);
    }
}
function parseJson(response) {
    const text = response.body.toString('utf8');
    if (!text.trim())
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}
/**
 * A container without a TTY answers /logs as frames: one byte naming the stream, three zero bytes,
 * a big-endian length, then that many bytes. Returns the payloads in order, as text. A body that
 * does not start like a frame (a TTY container) is returned as it is.
 */
function demuxLogs(body) {
    const parts = [];
    let offset = 0;
    while (offset + 8 <= body.length) {
        const stream = body[offset];
        if (stream > 2 || body[offset + 1] !== 0 || body[offset + 2] !== 0 || body[offset + 3] !== 0) {
            return offset === 0 ? body.toString('utf8') : Buffer.concat([...parts, body.subarray(offset)]).toString('utf8');
        }
        const length = body.readUInt32BE(offset + 4);
        parts.push(body.subarray(offset + 8, offset + 8 + length));
        offset += 8 + length;
    }
    return Buffer.concat(parts).toString('utf8');
}
/**
 * An engine's endpoint with mutual TLS from a directory laid out as DOCKER_CERT_PATH is: ca.pem,
 * cert.pem, key.pem. `unreadable` turns a file that cannot be read into the caller's error.
 */
async function endpointWithCertPath(engine, certPath, unreadable = (_file, error) => error) {
    const read = async (name) => {
        const file = (0,external_node_path_.join)(certPath, name);
        try {
            return await external_node_fs_.promises.readFile(file, 'utf8');
        }
        catch (error) {
            throw unreadable(file, error);
        }
    };
    const [ca, cert, key] = await Promise.all(['ca.pem', 'cert.pem', 'key.pem'].map(read));
    return parseEngineEndpoint(engine, { ca, cert, key });
}

;// CONCATENATED MODULE: ./src/engines/dind/image.ts


/** The dind image is not on the outer engine, and pulling it failed (often: no registry reachable). */
class ImageMissingError extends errors/* DockerTlsError */.iw {
    image;
    constructor(image, engine, pullError) {
        super(`The dind image ${image} is not on the outer Docker engine (${engine}) and pulling it failed: ${pullError}`, `Load or pull ${image} into that engine before this step (docker load -i image.tar, or docker pull ${image} where a registry is reachable), or set dind-image to an image the engine already has.`);
        this.name = 'ImageMissingError';
        this.image = image;
    }
}
/** `name[:tag]` or `name@digest` as the pull API wants it: fromImage and tag apart. */
function splitImageReference(image) {
    if (image.includes('@'))
        return { fromImage: image, tag: '' };
    const colon = image.lastIndexOf(':');
    if (colon > image.lastIndexOf('/'))
        return { fromImage: image.slice(0, colon), tag: image.slice(colon + 1) };
    return { fromImage: image, tag: 'latest' };
}
/** The first error in a pull's progress stream (one JSON object a line), if any. */
function pullStreamError(text) {
    for (const line of text.split('\n')) {
        try {
            const event = JSON.parse(line);
            if (event.error || event.errorDetail?.message)
                return event.errorDetail?.message ?? event.error;
        }
        catch {
            // a partial or empty line
        }
    }
    return undefined;
}
/** The entrypoint in an image's config (image inspect), empty when it has none. */
function imageEntrypointOf(info) {
    const entrypoint = info.Config?.Entrypoint;
    return Array.isArray(entrypoint) ? entrypoint.map(String) : [];
}
/**
 * Makes sure the engine has the image: present, or pulled now; otherwise an ImageMissingError.
 * Resolves with the image's details (image inspect).
 */
async function ensureImage(client, image, pullTimeoutMs = 300_000) {
    const present = await client.imageInspect(image);
    if (present)
        return present;
    const { fromImage, tag } = splitImageReference(image);
    const query = `fromImage=${encodeURIComponent(fromImage)}${tag ? `&tag=${encodeURIComponent(tag)}` : ''}`;
    const response = await engineRequest(client.endpoint, {
        method: 'POST',
        path: `/images/create?${query}`,
        timeoutMs: pullTimeoutMs,
    });
    const failure = response.status === 200 ? pullStreamError(response.body.toString('utf8')) : engineMessage(response.body);
    const pulled = failure ? undefined : await client.imageInspect(image);
    if (!pulled) {
        throw new ImageMissingError(image, client.endpoint.url, failure ?? 'the engine reported no error, yet has no such image');
    }
    return pulled;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/engines/dind/job-container.ts


const FULL_ID = /[0-9a-f]{64}/;
/**
 * Container ids this process's cgroups name: cgroup v1 (`…:/docker/<id>`), systemd's scopes
 * (`docker-<id>.scope`), and cgroup v2 (`0::/…<id>…`). With a private cgroup namespace (the default
 * on cgroup v2) the file shows only `0::/` and names nothing.
 */
function idsFromCgroup(text) {
    const ids = [];
    for (const line of text.split('\n')) {
        const path = line.split(':').slice(2).join(':');
        const segments = path.split('/').reverse();
        for (const segment of segments) {
            const match = /^(?:docker-|cri-containerd-|libpod-)?([0-9a-f]{64})(?:\.scope)?$/.exec(segment);
            if (match) {
                ids.push(match[1]);
                break;
            }
        }
    }
    return [...new Set(ids)];
}
/**
 * Container ids in this process's mount table: the engine bind-mounts /etc/hostname, /etc/hosts
 * and /etc/resolv.conf from `<data-root>/containers/<id>/`, whatever the cgroup namespace.
 */
function idsFromMountinfo(text) {
    const ids = [];
    for (const line of text.split('\n')) {
        const [root, mountPoint] = line.split(' ').slice(3, 5);
        if (!root || !['/etc/hostname', '/etc/hosts', '/etc/resolv.conf'].includes(mountPoint))
            continue;
        const match = /\/containers\/([0-9a-f]{64})\//.exec(root);
        if (match)
            ids.push(match[1]);
    }
    return [...new Set(ids)];
}
/** Candidates, most telling first: mounts, then cgroups, then a short-id host name. */
function jobContainerCandidates(cgroup, mountinfo, host) {
    const ids = [...idsFromMountinfo(mountinfo), ...idsFromCgroup(cgroup)];
    if (/^[0-9a-f]{12}$/.test(host) && !ids.some((id) => id.startsWith(host)))
        ids.push(host);
    return [...new Set(ids)].filter((id) => FULL_ID.test(id) || /^[0-9a-f]{12}$/.test(id));
}
const PROC = {
    cgroup: () => (0,promises_.readFile)('/proc/self/cgroup', 'utf8'),
    mountinfo: () => (0,promises_.readFile)('/proc/self/mountinfo', 'utf8'),
    hostname: external_node_os_.hostname,
};
/**
 * The id of the outer engine's container this process runs in (a workflow `container:` job), or
 * undefined on the runner itself. A candidate counts only when the outer engine knows it as a
 * running container: another engine's container (or a stale id) is not ours to join.
 */
async function detectJobContainer(client, source = PROC) {
    const [cgroup, mountinfo] = await Promise.all([source.cgroup().catch(() => ''), source.mountinfo().catch(() => '')]);
    for (const candidate of jobContainerCandidates(cgroup, mountinfo, source.hostname())) {
        const info = await client.inspectContainer(candidate);
        if (info?.State.Running)
            return info.Id;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/endpoint.ts

/** The one rule for binding: 0.0.0.0 and :: mean every interface, and are no destination. */
function isEveryInterface(host) {
    return host === '0.0.0.0' || host === '::';
}
/** Where a client reaches a daemon bound to `bindHost`: loopback of the same family for every interface. */
function clientHostFor(bindHost) {
    if (bindHost === '0.0.0.0')
        return '127.0.0.1';
    if (bindHost === '::')
        return '::1';
    return bindHost;
}
/**
 * The endpoint of a daemon bound to `bindHost`:`port`. `client` overrides where clients connect
 * (a dind container reached by its alias on a network a job container shares with it).
 */
function endpointOf(bindHost, port, client) {
    const clientHost = client?.host ?? clientHostFor(bindHost);
    const clientPort = client?.port ?? port;
    return { bindHost, port, clientHost, clientPort, dockerHost: tcpUrl(clientHost, clientPort) };
}
/** `tcp://host:port` with IPv6 in brackets, as dockerd and every client expect. */
function tcpUrl(host, port) {
    return `tcp://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
/**
 * The names the server certificate needs for the bind address: the address itself when it is a
 * concrete one; for every interface, every address of the machine's interfaces (as docker:dind
 * does), since a client may come by any of them. IPv6 link-local addresses are left out: they need
 * a zone (fe80::1%eth0) that a certificate cannot name.
 */
function bindAddressSans(host, interfaces = (0,external_node_os_.networkInterfaces)()) {
    if (!isEveryInterface(host))
        return [{ type: 'ip', value: host }];
    return Object.values(interfaces)
        .flatMap((addresses) => addresses ?? [])
        .filter((address) => !(address.family === 'IPv6' && /^fe[89ab]/i.test(address.address)))
        .map((address) => ({ type: 'ip', value: address.address }));
}

;// CONCATENATED MODULE: ./src/core/pki/layout.ts

function certificatePaths(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    const serverDir = (0,external_node_path_.join)(root, 'server');
    const clientDir = (0,external_node_path_.join)(root, 'client');
    return {
        dir: root,
        serverDir,
        clientDir,
        serverCa: (0,external_node_path_.join)(serverDir, 'ca.pem'),
        serverCert: (0,external_node_path_.join)(serverDir, 'cert.pem'),
        serverKey: (0,external_node_path_.join)(serverDir, 'key.pem'),
        clientCa: (0,external_node_path_.join)(clientDir, 'ca.pem'),
        clientCert: (0,external_node_path_.join)(clientDir, 'cert.pem'),
        clientKey: (0,external_node_path_.join)(clientDir, 'key.pem'),
    };
}
/** Where the daemon's copy of the server's CA, certificate and key lives in the work directory. */
function daemonTlsDir(workDir) {
    return (0,external_node_path_.join)(workDir, 'tls');
}
function daemonTlsFiles(workDir) {
    const dir = daemonTlsDir(workDir);
    return { ca: (0,external_node_path_.join)(dir, 'ca.pem'), cert: (0,external_node_path_.join)(dir, 'cert.pem'), key: (0,external_node_path_.join)(dir, 'key.pem') };
}

;// CONCATENATED MODULE: ./src/host/engine-api/archive.ts
function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
function header(entry, size) {
    const block = Buffer.alloc(512);
    const name = entry.path.replace(/^\/+/, '') + (entry.content === undefined ? '/' : '');
    if (Buffer.byteLength(name) > 100)
        throw new Error(`archive path too long: ${name}`);
    block.write(name, 0, 100, 'utf8');
    block.write(octal(entry.mode, 8), 100);
    block.write(octal(0, 8), 108); // uid root
    block.write(octal(0, 8), 116); // gid root
    block.write(octal(size, 12), 124);
    block.write(octal(Math.floor(Date.now() / 1000), 12), 136);
    block.write('        ', 148); // checksum placeholder: eight spaces
    block.write(entry.content === undefined ? '5' : '0', 156);
    block.write('ustar\0', 257);
    block.write('00', 263);
    let sum = 0;
    for (const byte of block)
        sum += byte;
    block.write(octal(sum, 7) + ' ', 148);
    return block;
}
/**
 * A POSIX tar of `entries`, owned by root, for the Engine API's `PUT /containers/{id}/archive`:
 * it puts files into a container before it starts without a bind mount, whose source the outer
 * engine would look for on its own host (from a job container, that path is not ours).
 */
function tarArchive(entries) {
    const blocks = [];
    for (const entry of entries) {
        const data = entry.content === undefined ? Buffer.alloc(0) : Buffer.from(entry.content, 'utf8');
        blocks.push(header(entry, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
    }
    blocks.push(Buffer.alloc(1024));
    return Buffer.concat(blocks);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/host/files.ts



const NO_FOLLOW_CREATE = external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW;
const GROUP_OR_OTHER_WRITE = 0o022;
const STICKY = 0o1000;
/**
 * Writes under a temporary name created exclusively and without following symlinks, sets the mode
 * on the open file (umask and a swapped path cannot change it), then renames into place: readers
 * never see half a file, and a symlink planted at the temporary name makes the write fail.
 */
async function files_writeFileAtomic(path, data, mode) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await external_node_fs_.promises.open(temporary, NO_FOLLOW_CREATE, mode);
    try {
        await handle.chmod(mode);
        await handle.writeFile(data);
        const { dev, ino } = await handle.stat();
        await handle.close();
        await external_node_fs_.promises.rename(temporary, path);
        return { dev, ino };
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await external_node_fs_.promises.rm(temporary, { force: true });
        throw error;
    }
}
/**
 * Creates `path` (and missing parents) with exactly `mode`, set on the directory opened without
 * following symlinks. Returns the directories it created, outermost first, so that only those are
 * removed again.
 */
async function makeDirNoFollow(path, mode) {
    const missing = [];
    for (let dir = (0,external_node_path_.resolve)(path); !(await lstatOf(dir)); dir = (0,external_node_path_.dirname)(dir))
        missing.unshift(dir);
    for (const dir of missing)
        await external_node_fs_.promises.mkdir(dir, { mode });
    const handle = await external_node_fs_.promises.open(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        await handle.chmod(mode);
    }
    finally {
        await handle.close();
    }
    return missing;
}
async function identityOf(path) {
    const stat = await lstatOf(path);
    return stat && { dev: stat.dev, ino: stat.ino };
}
/** Whether `path` is still the file or directory `identity` names (never through a symlink). */
async function isSameFile(path, identity) {
    const now = await identityOf(path);
    return now !== undefined && now.dev === identity.dev && now.ino === identity.ino;
}
/**
 * The first component of `path` (itself or a directory above it) that another user could replace
 * or redirect: owned by a user other than root and `uid`, or writable by group or others without
 * the sticky bit. Components that do not exist yet are skipped: they will be created by us.
 */
async function files_untrustedComponentOf(path, uid) {
    for (let dir = (0,external_node_path_.resolve)(path);; dir = (0,external_node_path_.dirname)(dir)) {
        const stat = await lstatOf(dir);
        if (stat?.isSymbolicLink() && stat.uid !== 0 && stat.uid !== uid) {
            return { path: dir, reason: `it is a symlink owned by uid ${stat.uid}` };
        }
        const facts = stat?.isSymbolicLink() ? await external_node_fs_.promises.stat(dir).catch(() => undefined) : stat;
        if (facts && facts.uid !== 0 && facts.uid !== uid) {
            return { path: dir, reason: `it is owned by another user (uid ${facts.uid})` };
        }
        if (facts && facts.mode & GROUP_OR_OTHER_WRITE && !(facts.mode & STICKY)) {
            return { path: dir, reason: 'other users may write it (no sticky bit)' };
        }
        if (dir === (0,external_node_path_.dirname)(dir))
            return undefined;
    }
}
async function lstatOf(path) {
    return external_node_fs_.promises.lstat(path).catch(() => undefined);
}
const PRIVATE_DIR_MODE = 0o700;
const KEY_MODE = 0o600;
const CERT_MODE = 0o644;
/**
 * Creates a directory with exactly 0700, whatever the umask, the parents as needed, never through
 * a symlink; returns the directories it created, outermost first.
 */
async function makePrivateDir(path) {
    return makeDirNoFollow(path, PRIVATE_DIR_MODE);
}
/** chmod on the directory opened without following a symlink: a path swapped for a link is left alone. */
async function chmodDirNoFollow(dir, mode) {
    const handle = await external_node_fs_.promises
        .open(dir, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY | external_node_fs_.constants.O_NOFOLLOW)
        .catch(() => undefined);
    if (!handle)
        return;
    try {
        await handle.chmod(mode);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/core/naming.ts

/**
 * The one naming rule: everything an instance makes carries `dtls-<id>` (its work directory,
 * exec-root, bridge, containerd namespace, state file), so that teardown, the crash sweep and a
 * person reading `ip link` or `ps` can tell what is ours.
 *
 * Why `dtls-` and not a longer name: the bridge is named after the instance, and Linux limits
 * interface names to 15 characters; `docker-tls-` with the 8 hex digits of the id would need 19.
 * `dtls-` (13 in all) can be misread as Datagram TLS, so every bridge also carries an alias naming
 * docker-tls-action (see network/bridge.ts), which `ip link` prints under it. Changing the prefix
 * would also hide leftovers of earlier versions from the crash sweep, which finds them by it.
 */
const INSTANCE_PREFIX = 'dtls-';
/** Our iptables chains: the prefix in capitals, as chains are, so they stand apart from interfaces. */
const CHAIN_PREFIX = INSTANCE_PREFIX.toUpperCase();
const ID = /^[0-9a-f]{8}$/;
const MARKER = new RegExp(`^${INSTANCE_PREFIX}([0-9a-f]{8})$`);
/** A fresh id: 8 hex digits, random enough that two instances on one machine never share one. */
function newInstanceId() {
    return (0,external_node_crypto_.randomBytes)(4).toString('hex');
}
function naming_isInstanceId(id) {
    return ID.test(id);
}
/** `dtls-<id>`: the name of the instance's bridge and part of every path it makes. */
function naming_markerOf(id) {
    return `${INSTANCE_PREFIX}${id}`;
}
/** The id in a name made by `markerOf`; undefined for any other name. */
function idOfMarker(name) {
    return MARKER.exec(name)?.[1];
}
/**
 * How a docker context is known as ours: its description names the project and the instance that
 * made it. Another instance's context, or a user's, never carries this instance's id.
 */
function naming_contextMarker(instanceId) {
    return `docker-tls-action instance ${instanceId}`;
}

;// CONCATENATED MODULE: ./src/engines/dind/container-request.ts


/** Where the dind container finds our server certificates and its daemon.json. */
const CONTAINER_CERT_DIR = '/certs/server';
const CONTAINER_DAEMON_JSON = '/etc/docker/daemon.json';
const DIND_PORT = 2376;
const DIND_DATA_DIR = '/var/lib/docker';
/** Written after the certificates: the waiting entrypoint starts the image's own only then. */
const CERTIFICATES_READY_FILE = 'ready';
/** How long the waiting entrypoint waits for the certificates before it gives up. */
const WAIT_GIVE_UP_SECONDS = 120;
/** Labels on everything made in dind mode: whose it is, so teardown and sweeps never touch others'. */
const LABEL_INSTANCE = 'io.github.docker-tls-action.instance';
const LABEL_ROLE = 'io.github.docker-tls-action.role';
function dindContainerName(instanceId) {
    return `${naming_markerOf(instanceId)}-dind`;
}
function dindLabels(instanceId, role) {
    return { [LABEL_INSTANCE]: instanceId, [LABEL_ROLE]: role };
}
/**
 * The command for the image's entrypoint. It starts with `dockerd` so that the official image's
 * entrypoint adds no listeners of its own (with arguments starting with "-" it would add
 * tcp://0.0.0.0:2375), yet still runs its dind wrapper.
 */
function dindCommand(dindArgs) {
    return [
        'dockerd',
        '--host=unix:///var/run/docker.sock',
        `--host=tcp://0.0.0.0:${DIND_PORT}`,
        '--tlsverify',
        `--tlscacert=${CONTAINER_CERT_DIR}/ca.pem`,
        `--tlscert=${CONTAINER_CERT_DIR}/cert.pem`,
        `--tlskey=${CONTAINER_CERT_DIR}/key.pem`,
        ...dindArgs,
    ];
}
/**
 * What `--privileged` grants that dockerd inside needs, without the capability a runner's bounding
 * set may lack (CAP_SYS_RESOURCE): an engine of 20.10's age refuses --privileged there (an engine
 * that lacks it and cannot drop it gets the request without the drop: createDindContainer). The
 * same as `--cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined --security-opt
 * apparmor=unconfined --security-opt systempaths=unconfined --device-cgroup-rule 'a *:* rwm'
 * -v /sys/fs/cgroup:/sys/fs/cgroup:rw` (systempaths is the CLI's name for empty masked and
 * read-only path lists).
 */
function unprivilegedHostConfig() {
    return {
        Privileged: false,
        CapAdd: ['ALL'],
        CapDrop: ['SYS_RESOURCE'],
        SecurityOpt: ['seccomp=unconfined', 'apparmor=unconfined'],
        MaskedPaths: [],
        ReadonlyPaths: [],
        DeviceCgroupRules: ['a *:* rwm'],
    };
}
/**
 * Without --privileged, the engine mounts a private cgroup2 namespace read-only; dockerd inside
 * needs it writable (the image's entrypoint then moves itself to a child group and enables the
 * controllers, the nesting step). CAP_SYS_ADMIN, unconfined AppArmor and seccomp allow the remount.
 */
const REMOUNT_CGROUP = [
    'if [ -f /sys/fs/cgroup/cgroup.controllers ] && [ ! -w /sys/fs/cgroup/cgroup.procs ]; then',
    '  mount -o remount,rw /sys/fs/cgroup || echo "docker-tls: cannot make /sys/fs/cgroup writable" >&2',
    'fi',
].join('\n');
/**
 * An entrypoint that waits until the server certificates and the ready file are in
 * /certs/server (written or copied in after start), then runs the image's own entrypoint with the
 * command. It looks every 10 ms: the certificates arrive a few ms after the start, and this wait is
 * on the path to the daemon's first answer. Where `sleep` takes whole seconds only, it looks every
 * second. It gives up, with a message in the container's log, after `giveUpAfterSeconds`.
 */
function waitingEntrypoint(imageEntrypoint, wait = { readyFile: `${CONTAINER_CERT_DIR}/${CERTIFICATES_READY_FILE}`, giveUpAfterSeconds: WAIT_GIVE_UP_SECONDS }, remountCgroup = false) {
    const { readyFile, giveUpAfterSeconds } = wait;
    const script = [
        ...(remountCgroup ? [REMOUNT_CGROUP] : []),
        'i=0',
        `while [ ! -e '${readyFile}' ]; do`,
        '  if sleep 0.01 2>/dev/null; then i=$((i + 1)); else sleep 1; i=$((i + 100)); fi',
        `  if [ "$i" -ge ${giveUpAfterSeconds * 100} ]; then echo "docker-tls: no certificates in ${(0,external_node_path_.dirname)(readyFile)} after ${giveUpAfterSeconds} s; giving up" >&2; exit 1; fi`,
        'done',
        'exec "$@"',
    ].join('\n');
    return ['/bin/sh', '-c', script, 'docker-tls-wait', ...imageEntrypoint];
}
function mountsOf(options) {
    const mounts = [];
    if (options.serverCertDir) {
        mounts.push({ Type: 'bind', Source: options.serverCertDir, Target: CONTAINER_CERT_DIR, ReadOnly: true });
    }
    if (options.daemonJsonPath) {
        mounts.push({ Type: 'bind', Source: options.daemonJsonPath, Target: CONTAINER_DAEMON_JSON, ReadOnly: true });
    }
    mounts.push(options.volume
        ? { Type: 'volume', Source: options.volume, Target: DIND_DATA_DIR }
        : { Type: 'volume', Target: DIND_DATA_DIR, VolumeOptions: { Labels: dindLabels(options.instanceId, 'data') } });
    if (!options.privileged && !options.cgroupV2)
        mounts.push({ Type: 'bind', Source: '/sys/fs/cgroup', Target: '/sys/fs/cgroup', ReadOnly: false });
    return mounts;
}
/** Without --privileged on cgroup v2: a private cgroup namespace, remounted writable inside. */
function privateCgroup(options) {
    return !options.privileged && options.cgroupV2 === true;
}
/** The container-create body for the dind container; pure, so every option is unit-tested. */
function buildDindCreateRequest(options) {
    const portKey = `${DIND_PORT}/tcp`;
    const request = {
        Image: options.image,
        ...(options.imageEntrypoint
            ? { Entrypoint: waitingEntrypoint(options.imageEntrypoint, undefined, privateCgroup(options)) }
            : {}),
        Cmd: dindCommand(options.dindArgs),
        // Empty: the image's own certificate generation stays off; ours are mounted.
        Env: ['DOCKER_TLS_CERTDIR='],
        Labels: dindLabels(options.instanceId, 'dind'),
        ExposedPorts: { [portKey]: {} },
        HostConfig: {
            ...(options.privileged ? { Privileged: true } : unprivilegedHostConfig()),
            ...(privateCgroup(options) ? { CgroupnsMode: 'private' } : {}),
            Privileged: options.privileged,
            Mounts: mountsOf(options),
            PortBindings: { [portKey]: [{ HostIp: options.listen.bindHost, HostPort: String(options.listen.port) }] },
        },
    };
    if (options.network) {
        request.HostConfig.NetworkMode = options.network;
        request.NetworkingConfig = { EndpointsConfig: { [options.network]: { Aliases: [options.alias] } } };
    }
    return request;
}

;// CONCATENATED MODULE: ./src/engines/dind/privileged.ts

/**
 * How an engine says it cannot grant --privileged: runc fails to apply the full capability set
 * when the engine's own bounding set lacks one (e.g. CAP_SYS_RESOURCE). Debian 12's runc 1.1
 * answers "unable to apply caps: operation not permitted", crun "capset: Operation not permitted".
 * Narrow on purpose: a denied mount is not a reason to drop --privileged.
 */
const PRIVILEGE_REFUSAL = /apply caps|apply capabilities|capset/i;
class PrivilegedRefusedError extends errors/* DockerTlsError */.iw {
    engineMessage;
    constructor(engineMessage, cause) {
        super(`The outer Docker engine could not start the dind container with --privileged: ${engineMessage}`, 'Set dind-privileged: false: the container then gets every capability this engine can grant but CAP_SYS_RESOURCE, unconfined seccomp and AppArmor, and read-write cgroups instead of --privileged.', { cause });
        this.name = 'PrivilegedRefusedError';
        this.engineMessage = engineMessage;
    }
}
/** Whether a failed start of a privileged container is the engine refusing the privileges. */
function isPrivilegeRefusal(privileged, engineMessage) {
    return privileged && PRIVILEGE_REFUSAL.test(engineMessage);
}
/** Turns the engine's refusal of --privileged into an error that names the input to change. */
function explainStartFailure(privileged, error) {
    const message = error.engineMessage ?? error?.message ?? String(error);
    return isPrivilegeRefusal(privileged, message) ? new PrivilegedRefusedError(message, error) : error;
}
/**
 * Whether the engine refused the create because it cannot drop a capability it does not have.
 * Engines with moby#42933 (after 20.10; Docker 28 here) give `ALL` and `--privileged` only the
 * capabilities of their own bounding set, and refuse to drop one outside it ("invalid CapDrop:
 * capability not supported by your kernel or not available in the current environment"). Older
 * ones, such as Debian 12's 20.10, count every capability the kernel knows as `ALL` and need the drop.
 */
function isUnavailableCapDrop(engineMessage) {
    return /invalid CapDrop/i.test(engineMessage) && /SYS_RESOURCE/.test(engineMessage);
}
/** The same request without the drop: this engine's `ALL` already leaves out what it cannot grant. */
function withoutCapDrop(request) {
    const { CapDrop: _dropped, ...hostConfig } = request.HostConfig;
    return { ...request, HostConfig: hostConfig };
}

;// CONCATENATED MODULE: ./src/engines/dind/outer.ts







/** Joins `name` when it exists; otherwise creates it, labelled ours, and records that post removes it. */
async function ensureNetwork(run, client, name) {
    if (await client.inspectNetwork(name))
        return;
    // Recorded first: a main killed during the call still leaves post the name (it checks our label).
    run.saveProgress({ createdNetwork: name });
    await client.createNetwork(name, dindLabels(run.id, 'network'));
    run.logger.info(`Created the network ${name} on the outer engine (removed in post)`);
}
/**
 * Creates the container; where the engine cannot drop CAP_SYS_RESOURCE because it never had it, again
 * without the drop (that engine's `ALL` already leaves it out). Nothing is made by a refused create.
 */
async function createDindContainer(client, request, name) {
    try {
        return await client.createContainer(request, name);
    }
    catch (error) {
        if (!(error instanceof EngineApiError && isUnavailableCapDrop(error.engineMessage)))
            throw error;
        return client.createContainer(withoutCapDrop(request), name);
    }
}
/** Starts the container; the engine's refusals become errors that name the input to change. */
async function startDindContainer(client, id, privileged, listen, names) {
    try {
        await client.startContainer(id);
    }
    catch (error) {
        const explained = explainStartFailure(privileged, error);
        if (explained !== error)
            throw explained;
        const message = error.engineMessage ?? '';
        if (/port is already allocated|address already in use/i.test(message)) {
            throw new errors/* DockerTlsError */.iw(`The outer engine cannot publish the dind daemon on ${tcpUrl(listen.bindHost, listen.port)}: the port is already in use (${message}).`, `Choose another port, or ${setting(names, 'port', '0')} for a free one.`, { cause: error, badInput: true });
        }
        throw error;
    }
}
/**
 * The IP addresses the engine gave the container on each of its networks (IPv4 and IPv6): a
 * client that reaches the dind daemon by address, on dind-network or a job's network, verifies
 * the server certificate only when it names them. The engine assigns them when it starts the
 * container, so this reads an inspect made after start.
 */
function containerAddressSans(info) {
    const settings = info.NetworkSettings;
    const addresses = [
        settings.IPAddress,
        settings.GlobalIPv6Address,
        ...Object.values(settings.Networks ?? {}).flatMap((endpoint) => [endpoint.IPAddress, endpoint.GlobalIPv6Address]),
    ].filter((address) => typeof address === 'string' && address !== '');
    return [...new Set(addresses)].map((value) => ({ type: 'ip', value }));
}
/**
 * The outer engine's endpoint; with `certPath`, mutual TLS with its ca.pem, cert.pem and key.pem (as
 * DOCKER_CERT_PATH names them). Read again by post, from the state.
 */
async function outerEndpoint(engine, certPath) {
    if (!certPath)
        return parseEngineEndpoint(engine);
    return endpointWithCertPath(engine, certPath, (file, error) => new errors/* DockerTlsError */.iw(`Cannot read ${file} for mutual TLS to the outer engine ${engine}: ${error.message}`, 'Point dind-engine-cert-path at a directory with ca.pem, cert.pem and key.pem (as DOCKER_CERT_PATH does).', { cause: error }));
}

;// CONCATENATED MODULE: ./src/engines/dind/launch.ts










/** The names clients may use besides the defaults: `docker`, the alias, the container's name, the bind address. */
function dindSans(settings, name, bindHost) {
    const sans = [
        { type: 'dns', value: 'docker' },
        { type: 'dns', value: settings.alias },
        { type: 'dns', value: name },
    ];
    if (!isEveryInterface(bindHost))
        sans.push({ type: 'ip', value: bindHost });
    return sans;
}
/**
 * A container of the dind image on the outer engine, on our server certificates: mounted read-only
 * from here, or copied in when the outer engine cannot see our files (from a job container, or an
 * engine elsewhere). The container starts first, waiting in its entrypoint: the engine gives it its
 * addresses at start, and the server certificate, made only then, names them. Its dockerd listens
 * on 2376, published at the bind address.
 */
async function launchDind(run, plan) {
    const { client, settings } = plan;
    const name = dindContainerName(run.id);
    run.saveProgress({ outerEngine: settings.engine, outerEngineCertPath: settings.engineCertPath, containerName: name });
    const copyIn = plan.job !== undefined || client.endpoint.kind === 'tcp';
    const daemonJson = Object.keys(run.options.daemonConfig).length
        ? JSON.stringify(run.options.daemonConfig, null, 2) + '\n'
        : undefined;
    const daemonJsonPath = daemonJson && !copyIn ? (0,external_node_path_.join)(run.workDir, 'daemon.json') : undefined;
    if (daemonJsonPath)
        await files_writeFileAtomic(daemonJsonPath, daemonJson, 0o600);
    // The private copy (files.ts), never the user's cert-dir; the mount shows it to the waiting container.
    const serverCertDir = copyIn ? undefined : daemonTlsDir(run.workDir);
    if (serverCertDir)
        await makePrivateDir(serverCertDir);
    const jobNetworks = userNetworksOf(plan.job);
    if (settings.network)
        await ensureNetwork(run, client, settings.network);
    const network = settings.network ?? jobNetworks[0];
    const request = buildDindCreateRequest({
        image: settings.image,
        imageEntrypoint: plan.imageEntrypoint,
        instanceId: run.id,
        serverCertDir,
        daemonJsonPath,
        dindArgs: settings.args,
        privileged: settings.privileged,
        cgroupV2: plan.cgroupV2,
        listen: run.listen,
        network,
        alias: settings.alias,
        volume: settings.volume,
    });
    const launchedAt = performance.now();
    const id = await createDindContainer(client, request, name);
    run.saveProgress({ containerId: id });
    for (const other of jobNetworks.filter((each) => each !== network)) {
        await client.connectNetwork(other, id, [settings.alias]);
    }
    await startDindContainer(client, id, settings.privileged, run.listen, run.options.names);
    run.logPhase('dind container started');
    await deliverCertificates(run, client, {
        id,
        name,
        copyIn,
        daemonJson,
        sans: dindSans(settings, name, run.listen.bindHost),
    });
    run.logPhase('certificates delivered');
    run.logger.info(`dind container ${name} (${id.slice(0, 12)}) started from ${settings.image} on ${settings.engine}`);
    // In a job container, DOCKER_HOST names the alias on the networks the job shares with it.
    const viaAlias = plan.job && (network !== undefined || jobNetworks.length > 0);
    const endpoint = viaAlias
        ? endpointOf(run.listen.bindHost, run.listen.port, { host: settings.alias, port: DIND_PORT })
        : undefined;
    if (plan.job && !viaAlias) {
        run.logger.warning('This job container is on no user network of the outer engine: the dind container is reached through its published port only.');
    }
    return launchedContainer(run, client, { id, name, launchedAt, endpoint });
}
/**
 * Makes the certificates, naming the addresses the started container has, and hands the server's
 * to it: written into the mounted directory, or copied in; the ready file last, which lets its
 * entrypoint go on to dockerd.
 */
async function deliverCertificates(run, client, target) {
    const info = await client.inspectContainer(target.id);
    if (!info?.State.Running) {
        throw new errors/* DockerTlsError */.iw(`The dind container ${target.name} stopped right after it started.`);
    }
    const addresses = containerAddressSans(info);
    const { server: made, daemonTls } = await run.daemonCertificates([...target.sans, ...addresses]);
    run.logger.debug(`The server certificate names the container's addresses: ${addresses.map((a) => a.value).join(', ')}`);
    if (!target.copyIn) {
        await files_writeFileAtomic((0,external_node_path_.join)((0,external_node_path_.dirname)(daemonTls.cert), CERTIFICATES_READY_FILE), '', 0o444);
        return;
    }
    const files = [
        { path: '/certs', mode: 0o755 },
        { path: CONTAINER_CERT_DIR, mode: 0o700 },
        { path: `${CONTAINER_CERT_DIR}/ca.pem`, mode: 0o444, content: made.caCertPem },
        { path: `${CONTAINER_CERT_DIR}/cert.pem`, mode: 0o444, content: made.server.certPem },
        { path: `${CONTAINER_CERT_DIR}/key.pem`, mode: 0o400, content: made.server.keyPem },
        ...(target.daemonJson ? [{ path: CONTAINER_DAEMON_JSON, mode: 0o444, content: target.daemonJson }] : []),
        { path: `${CONTAINER_CERT_DIR}/${CERTIFICATES_READY_FILE}`, mode: 0o444, content: '' },
    ];
    await client.putArchive(target.id, '/', tarArchive(files));
}
function launchedContainer(run, client, container) {
    const { id, name } = container;
    let exited;
    // exitReason() is asked synchronously by the readiness poll: the container's state is kept fresh here.
    const watch = setInterval(() => {
        void client
            .inspectContainer(id)
            .then((info) => {
            if (!info)
                exited = 'was removed';
            else if (!info.State.Running)
                exited = `exited with code ${info.State.ExitCode}`;
        })
            .catch(() => undefined);
    }, 200);
    watch.unref();
    return {
        name: 'the dind container',
        launchedAt: container.launchedAt,
        endpoint: container.endpoint,
        exitReason: () => exited,
        explainFailure: async () => {
            clearInterval(watch);
            const log = await client
                .containerLogs(id, 2000)
                .catch((error) => `(its log is unreadable: ${error.message})`);
            // The whole of a short log: dockerd's usage after an unknown flag is ~250 lines, the cause above it.
            const earlier = earlierErrorLines(log, 20);
            const errors = earlier.length ? `\nErrors earlier in its log:\n${earlier.join('\n')}` : '';
            return `\nCheck dind-image (it must run dockerd as docker:dind does), dind-args and daemon-config.${errors}\nLast lines of its log (docker logs ${name}):\n${lastLines(log, 20) || '(empty)'}`;
        },
        ready: async () => {
            clearInterval(watch);
            run.saveProgress({ answered: true });
            return { containerId: id };
        },
    };
}

;// CONCATENATED MODULE: ./src/core/state.ts


/** Thrown by parseState: the text is not a state record; the adapters word what that means. */
class state_StateError extends errors/* DockerTlsError */.iw {
    constructor(message) {
        super(message);
        this.name = 'StateError';
    }
}
/**
 * The one reader of a saved state, for post and `docker-tls down`. Undefined for a record that names
 * nothing to remove (no id or work directory); a StateError for text that is not a record at all.
 */
function state_parseState(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new state_StateError(error.message);
    }
    if (parsed === null || typeof parsed !== 'object')
        return undefined;
    const state = parsed;
    if (typeof state.id !== 'string' || typeof state.workDir !== 'string')
        return undefined;
    if (!ENGINE_KINDS.includes(state.mode)) {
        throw new state_StateError(`unknown mode ${JSON.stringify(state.mode)}`);
    }
    return state;
}
/**
 * Why `state` is not what main wrote: each field checked, and any field main never writes refused
 * (a forged record gains nothing from fields the code would ignore today and read tomorrow).
 */
function state_problemsOfFields(state, checks) {
    return Object.entries(state).flatMap(([field, value]) => {
        if (!Object.hasOwn(checks, field))
            return [`it has a field ${JSON.stringify(field)} that main never writes`];
        if (value === undefined)
            return [];
        const problem = checks[field](value, state);
        return problem ? [`its ${field} ${JSON.stringify(value)} ${problem}`] : [];
    });
}
const state_isBoolean = (value) => typeof value === 'boolean' ? undefined : 'is not true or false';
const isPid = (value) => Number.isInteger(value) && value > 1 ? undefined : 'is not a pid';
/** A device and inode, as fs.stat gives them. */
const state_isFileIdentity = (value) => {
    const identity = value;
    const keys = typeof identity === 'object' && identity !== null ? Object.keys(identity).sort().join() : '';
    return keys === 'dev,ino' && Number.isInteger(identity.dev) && Number.isInteger(identity.ino)
        ? undefined
        : 'is not a device and inode';
};
/** Exactly the value main derives from the rest of the state. */
function state_equalTo(expected) {
    return (value, state) => (value === expected(state) ? undefined : `is not ${JSON.stringify(expected(state))}`);
}

;// CONCATENATED MODULE: ./src/engines/dind/state.ts





const CONTAINER_ID = /^[0-9a-f]{64}$/;
const state_DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/**
 * The dind engine's fields of a saved state, each as launch.ts records them: the container named
 * after the instance, a full container id, a Docker network name, an outer engine endpoint.
 * Teardown also removes only a container and a network that carry the instance's label, so a
 * forged state reaches no one else's.
 */
const DIND_STATE_FIELDS = {
    outerEngine: (value) => {
        try {
            parseEngineEndpoint(String(value));
            return typeof value === 'string' && !text_hasControlCharacter(value) ? undefined : 'is not an endpoint';
        }
        catch {
            return 'is not a unix:// or tcp:// endpoint';
        }
    },
    outerEngineCertPath: (value) => typeof value === 'string' && (0,external_node_path_.isAbsolute)(value) && (0,external_node_path_.normalize)(value) === value && !text_hasControlCharacter(value)
        ? undefined
        : 'is not an absolute path',
    containerName: state_equalTo((state) => dindContainerName(state.id)),
    containerId: (value) => (CONTAINER_ID.test(String(value)) ? undefined : 'is not a container id'),
    createdNetwork: (value) => typeof value === 'string' && state_DOCKER_NAME.test(value) ? undefined : 'is not a Docker network name',
    answered: state_isBoolean,
};

;// CONCATENATED MODULE: ./src/engines/dind/teardown.ts






/** Where teardown keeps the container's log for post to print, before the container goes. */
function dindLogFile(workDir) {
    return (0,external_node_path_.join)(workDir, 'dind-container.log');
}
function dindLogs(state) {
    return state.containerName || state.containerId
        ? [{ title: `dind container log (${state.containerName ?? state.containerId})`, file: dindLogFile(state.workDir) }]
        : [];
}
async function attempt(progress, what, step) {
    try {
        await step();
    }
    catch (error) {
        progress.warnings.push(`${what}: ${(0,errors/* describeError */.Uc)(error)}`);
    }
}
/**
 * Undoes what the state lists: the container (its log kept in the work directory for post first)
 * with its anonymous volumes, and the network we created. Idempotent; never throws.
 */
async function stopDind(state, logger, options = {}) {
    const progress = { removed: [], warnings: [] };
    const client = await outerClient(state, progress);
    const container = state.containerId ?? state.containerName;
    if (client && container) {
        await attempt(progress, 'removing the dind container', () => removeContainer(client, container, state, options, progress));
        await attempt(progress, 'removing its volumes', async () => {
            for (const volume of await client.volumesLabelled(`${LABEL_INSTANCE}=${state.id}`)) {
                await client.removeVolume(volume);
                progress.removed.push(`volume ${volume}`);
            }
        });
    }
    if (client && state.createdNetwork) {
        await attempt(progress, `removing the network ${state.createdNetwork}`, () => removeOurNetwork(client, state.createdNetwork, state.id, progress));
    }
    const summary = progress.removed.length ? `removed ${progress.removed.join(', ')}` : 'no dind container was left';
    logger.debug(`dind teardown: ${summary}`);
    const { stoppedEarly, warnings } = progress;
    return {
        summary,
        warnings,
        stoppedEarly,
        daemonDied: stoppedEarly !== undefined,
        nothingFound: progress.removed.length === 0,
    };
}
/** The outer engine as main reached it (mutual TLS with its client files, when it used them). */
async function outerClient(state, progress) {
    if (!state.outerEngine)
        return undefined;
    try {
        return new EngineClient(await outerEndpoint(state.outerEngine, state.outerEngineCertPath));
    }
    catch (error) {
        progress.warnings.push(`reaching the outer engine: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}
async function removeContainer(client, container, state, options, progress) {
    const info = await client.inspectContainer(container);
    if (!info || info.Config.Labels?.[LABEL_INSTANCE] !== state.id)
        return;
    if (!info.State.Running && state.answered)
        progress.stoppedEarly = `The dind container ${info.Name.replace(/^\//, '')}`;
    // A graceful stop: a named dind-volume outlives the job and should be left consistent.
    await client.stopContainer(info.Id, Math.ceil((options.stopTimeoutMs ?? 10_000) / 1000));
    const log = await client.containerLogs(info.Id).catch((error) => `(unreadable: ${error.message})`);
    await external_node_fs_.promises.writeFile(dindLogFile(state.workDir), log, { mode: 0o600 }).catch(() => undefined);
    await client.removeContainer(info.Id);
    progress.removed.push(`container ${info.Name.replace(/^\//, '')} with its anonymous volumes`);
}
/** Only a network carrying our label; containers still on it (services of the job) are disconnected. */
async function removeOurNetwork(client, name, id, progress) {
    const network = await client.inspectNetwork(name);
    if (!network || network.Labels?.[LABEL_INSTANCE] !== id)
        return;
    for (const member of Object.keys(network.Containers ?? {}))
        await client.disconnectNetwork(network.Id, member);
    await client.removeNetwork(network.Id);
    progress.removed.push(`network ${name}`);
}

;// CONCATENATED MODULE: ./src/engines/dind/engine.ts








/** A container of a dind image on an outer Docker engine, on our server certificates. */
const dindEngine = {
    mode: 'dind',
    listens: true,
    async check(options) {
        const plan = await checkDind(options);
        return { launch: (run) => launchDind(run, plan) };
    },
    stop: stopDind,
    logsOf: dindLogs,
    stateFields: DIND_STATE_FIELDS,
};
/** Everything that can fail before anything is made: the outer engine, the image, where we run. */
async function checkDind(options) {
    const settings = options.dind ?? parseDindSettings({}, options.names);
    const client = new EngineClient(await outerEndpoint(settings.engine, settings.engineCertPath));
    await client.ping();
    const jobId = await detectJobContainer(client);
    const job = jobId ? await client.inspectContainer(jobId) : undefined;
    const image = await ensureImage(client, settings.image);
    const cgroupV2 = !settings.privileged && (await client.info()).CgroupVersion === '2';
    return { client, settings, job, imageEntrypoint: imageEntrypointOf(image), cgroupV2 };
}
/** The networks of the job container that other containers can join and resolve by alias. */
function userNetworksOf(job) {
    return Object.keys(job?.NetworkSettings.Networks ?? {}).filter((name) => !['bridge', 'host', 'none'].includes(name));
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(1955);
;// CONCATENATED MODULE: ./src/host/run.ts

/** coreutils' `timeout` says so by its exit status when the deadline ended the program. */
const TIMED_OUT = 124;
/** A program failed: its exit status and what it said. */
class CommandError extends Error {
    command;
    exitCode;
    stderr;
    constructor(command, exitCode, stderr, options) {
        super(`${command} failed: ${stderr.trim() || `exit status ${exitCode}`}`, options);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'CommandError';
    }
}
/** What a program that ran and failed said: its stderr, else its exit status; undefined for any other error. */
function saidBy(error) {
    return error instanceof CommandError ? error.stderr.trim() || `exit status ${error.exitCode}` : undefined;
}
/**
 * Runs `file` with `args` to its end and returns its output; rejects with a CommandError on a
 * non-zero exit status or at the deadline. A program exec cannot find rejects with code ENOENT.
 */
async function runProgram(file, args, options) {
    const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
    const timeout = options.timeoutProgram ?? 'timeout';
    const command = [file, ...args].join(' ');
    let result;
    try {
        result = await (0,exec/* getExecOutput */.H)(timeout, ['--kill-after=5', `${seconds}s`, file, ...args], {
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: options.env,
        });
    }
    catch (error) {
        throw Object.assign(new Error(`${command} could not run: ${error.message}`, { cause: error }), {
            code: /Unable to locate executable/.test(error.message) ? 'ENOENT' : undefined,
        });
    }
    if (result.exitCode === TIMED_OUT)
        throw new CommandError(command, result.exitCode, `no end within ${seconds} s`);
    // 126 and 127: `timeout` could not run the program itself.
    if (result.exitCode === 127 || result.exitCode === 126) {
        throw Object.assign(new CommandError(command, result.exitCode, result.stderr), { code: 'ENOENT' });
    }
    if (result.exitCode !== 0)
        throw new CommandError(command, result.exitCode, result.stderr);
    return { stdout: result.stdout, stderr: result.stderr };
}

;// CONCATENATED MODULE: ./src/host/trusted-path.ts


const trusted_path_GROUP_OR_OTHER_WRITE = 0o022;
const trusted_path_STICKY = 0o1000;
const EXECUTE = 0o111;
const systemLookup = {
    path: process.env.PATH,
    stat: async (path) => {
        const stat = await external_node_fs_.promises.stat(path).catch(() => undefined);
        return stat && { uid: stat.uid, mode: stat.mode, isFile: stat.isFile(), isDirectory: stat.isDirectory() };
    },
    realpath: (path) => external_node_fs_.promises.realpath(path),
};
/** Why `file` may not be trusted, or undefined when it may. `file` is a resolved path. */
async function distrustOf(file, lookup) {
    const facts = await lookup.stat(file);
    if (!facts)
        return 'it does not exist';
    if (!facts.isFile)
        return 'it is not a regular file';
    if ((facts.mode & EXECUTE) === 0)
        return 'it is not executable';
    if (facts.uid !== 0)
        return `it is owned by uid ${facts.uid}, not root`;
    if (facts.mode & trusted_path_GROUP_OR_OTHER_WRITE)
        return 'other users may write it';
    return distrustOfDirectories((0,external_node_path_.dirname)(file), lookup);
}
/** Why `start` or a directory above it may be changed by another user than root. */
async function distrustOfDirectories(start, lookup) {
    for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
        const parent = await lookup.stat(dir);
        if (!parent?.isDirectory)
            return `${dir} is not a directory`;
        if (parent.uid !== 0)
            return `${dir} is owned by uid ${parent.uid}, not root`;
        if (parent.mode & trusted_path_GROUP_OR_OTHER_WRITE && !(parent.mode & trusted_path_STICKY))
            return `other users may write ${dir}`;
        if (dir === (0,external_node_path_.dirname)(dir))
            return undefined;
    }
}
async function findTrustedExecutable(name, lookup = systemLookup) {
    const skipped = [];
    for (const dir of (lookup.path ?? '').split(external_node_path_.delimiter).filter((entry) => entry.startsWith('/'))) {
        const candidate = (0,external_node_path_.join)(dir, name);
        if (!(await lookup.stat(candidate)))
            continue;
        const real = await lookup.realpath(candidate).catch(() => candidate);
        // Both where the name is and what it resolves to: either could be swapped otherwise.
        const reason = (await distrustOfDirectories(dir, lookup)) ?? (await distrustOf(real, lookup));
        if (reason === undefined)
            return { path: candidate, skipped };
        skipped.push(`${candidate} (${reason})`);
    }
    return { skipped };
}

;// CONCATENATED MODULE: ./src/host/privilege.ts





const AS_ROOT = { prefix: [], viaSudo: false };
/** The process's own rights, with nothing in front: a rootless daemon's, run and stopped as its user. */
const AS_THIS_USER = AS_ROOT;
const VIA_SUDO = { prefix: ['sudo', '-n'], viaSudo: true };
/**
 * Root as this process, or through passwordless sudo. Where neither is there, the error's hint says
 * how to get root and, when given, `withoutRoot`: what this user can run instead.
 */
async function detectPrivilege(withoutRoot) {
    if (process.getuid?.() === 0)
        return AS_ROOT;
    try {
        // sudo too by its trusted path: a `sudo` earlier in PATH would see every command we run as root.
        const [sudo, env, timeoutProgram] = await Promise.all(['sudo', 'env', 'timeout'].map((name) => trustedCommand(name)));
        await runProgram(sudo, ['-n', 'true'], { timeoutMs: 10_000, timeoutProgram });
        return { prefix: [sudo, '-n'], viaSudo: true, env };
    }
    catch {
        throw new errors/* DockerTlsError */.iw('Starting a Docker daemon needs root, and this user is neither root nor allowed passwordless sudo.', ['Run it as root, or grant this user passwordless sudo (GitHub-hosted runners have it).', withoutRoot]
            .filter(Boolean)
            .join(' '));
    }
}
/**
 * Runs a command as root and returns its output; rejects with its stderr in the message. Every
 * program by its trusted absolute path (sudo, `timeout` and the command), with a PATH of trusted
 * directories for what they run in turn.
 */
async function runAsRoot(privilege, command, args, timeoutMs = 30_000, input) {
    try {
        const prefix = await Promise.all(privilege.prefix.map((word, index) => (index === 0 && !word.startsWith('/') ? trustedCommand(word) : word)));
        const [file, ...rest] = [...prefix, await (privilege.locate ?? trustedCommand)(command), ...args];
        const [env, timeoutProgram] = await Promise.all([trustedSearchPath(), trustedCommand('timeout')]);
        return await runProgram(file, rest, { timeoutMs, input, env: { PATH: env }, timeoutProgram });
    }
    catch (error) {
        const said = saidBy(error) ?? error.message;
        throw new Error(`${[command, ...args].join(' ')} failed: ${said}`, { cause: error });
    }
}
/**
 * Whether what runs as root would run as this very process would: nothing in front of it (sudo, or
 * a test's `ip netns exec`, whose /proc is another network namespace's) and no stand-in programs
 * (`locate`). Then a file can be read here instead of by a process.
 */
function rootIsThisProcess(privilege) {
    return privilege.prefix.length === 0 && !privilege.viaSudo && !privilege.locate;
}
/** A file only root may read: read here when root is this process (no process to spawn), by `cat` otherwise. */
async function readAsRoot(privilege, path) {
    if (!rootIsThisProcess(privilege))
        return (await runAsRoot(privilege, 'cat', [path])).stdout;
    return external_node_fs_.promises.readFile(path, 'utf8');
}
/** rm -rf as root, never crossing into another file system (a mount left behind is not ours to empty). */
async function removeAsRoot(privilege, path) {
    await runAsRoot(privilege, 'rm', ['-rf', '--one-file-system', path]);
}
/**
 * Every program we run as root (dockerd, containerd, ip, iptables, umount, kill, rm, sh, sudo
 * itself) by an absolute path found in trusted directories only, and with a PATH of trusted
 * directories: a user-writable directory early in PATH (~/.local/bin on hosted runners) must not
 * choose what runs as root. For the tools we run as root the system directories come after PATH,
 * as sudo's secure_path would give them to a user whose PATH lacks /usr/sbin; the engine (dockerd,
 * containerd) is looked up in PATH alone, which chooses the engine to run.
 */
const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Where a program is looked for: PATH, then (unless told otherwise) the system's directories. */
function searchPath(withSystemDirs = true) {
    const path = (process.env.PATH ?? '').split(external_node_path_.delimiter);
    return [...path, ...(withSystemDirs ? SYSTEM_DIRS : [])].filter(Boolean).join(external_node_path_.delimiter);
}
/**
 * The promise `cache` holds for `key`, made by `make` on first use. A promise that rejects is
 * forgotten, so the next call tries again (a program installed meanwhile, a directory fixed).
 */
function remembered(cache, key, make) {
    let promise = cache.get(key);
    if (!promise) {
        promise = make();
        cache.set(key, promise);
        promise.catch(() => cache.delete(key));
    }
    return promise;
}
const found = new Map();
/** The absolute path of `name` in a trusted directory; a DockerTlsError naming what was passed over. */
function trustedCommand(name, options = {}) {
    const search = searchPath(!options.inPathOnly);
    return remembered(found, `${search}\0${name}`, () => lookUp(name, search));
}
async function lookUp(name, search) {
    const result = await findTrustedExecutable(name, { ...systemLookup, path: search });
    if (result.path)
        return result.path;
    const skipped = result.skipped.length > 0 ? ` Passed over: ${result.skipped.join('; ')}.` : '';
    throw new errors/* DockerTlsError */.iw(`${name} was not found in a directory only root can write.${skipped}`, `Install ${name} from the system's packages (it runs as root, so it must be owned by root in a root-owned directory such as /usr/bin or /usr/sbin).`);
}
const searchPaths = new Map();
/**
 * PATH for what runs as root: the directories of PATH that only root can change, then the system's.
 * Worked out once per PATH, as trustedCommand finds each program once: every command run as root
 * asks for it, and each time took a stat of every directory above every entry of PATH: 28 ms of the
 * main thread's 345 ms of work between the checks and the daemon's answer, in a profiled main step.
 */
function trustedSearchPath() {
    const search = searchPath();
    return remembered(searchPaths, search, () => trustedDirectoriesOf(search));
}
async function trustedDirectoriesOf(search) {
    const candidates = [...new Set(search.split(external_node_path_.delimiter).filter((dir) => dir.startsWith('/')))];
    // Checked side by side (each a few stats); kept in PATH order.
    const distrust = await Promise.all(candidates.map((dir) => distrustOfDirectories(dir, systemLookup)));
    return candidates.filter((_, index) => distrust[index] === undefined).join(external_node_path_.delimiter);
}

;// CONCATENATED MODULE: ./src/engines/dockerd/binaries.ts



/**
 * The environment our containerd and dockerd run with, chosen here rather than inherited: a job's
 * environment holds tokens (ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN), an earlier instance's DOCKER_HOST,
 * DOCKER_CERT_PATH or DOCKER_TLS_VERIFY (which dockerd would read as its own client settings), and
 * whatever else the steps before exported. The daemons need only PATH: to find containerd's shims,
 * runc, docker-proxy, docker-init and, when asked for, iptables. The directories of the dockerd and
 * containerd we found come first, so that an engine installed beside the distribution's uses its
 * own helpers. Proxy settings pass on: dockerd pulls images through them on machines behind one.
 */
const SYSTEM_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const PASSED_ON = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
function daemonEnvironment(programs, from) {
    const path = [...new Set([...programs.map((program) => (0,external_node_path_.dirname)(program)), ...SYSTEM_PATH])];
    const env = { PATH: path.join(':') };
    for (const name of PASSED_ON) {
        const value = from[name];
        if (value && !/[\0\n]/.test(value))
            env[name] = value;
    }
    return env;
}
/**
 * dockerd and containerd run as root: found only in directories no other user can write (see
 * root-commands.ts). Not installed, or only in such a directory, is one clear error.
 */
async function findRequired(name, missing, hint) {
    try {
        return await trustedCommand(name, { inPathOnly: true });
    }
    catch (error) {
        const passedOver = /Passed over: .*/.exec(error.message)?.[0];
        if (!passedOver)
            throw new errors/* DockerTlsError */.iw(missing, hint);
        throw new errors/* DockerTlsError */.iw(`${name} was found only where another user than root could have put it, and it runs as root. ${passedOver}`, `Install ${name} in a root-owned directory (the system's packages do), or make its directory writable by root alone.`);
    }
}
function findDockerd() {
    return findRequired('dockerd', 'dockerd (the Docker Engine daemon) is not installed on this machine.', 'Install it first, e.g. "sudo apt-get install -y docker.io" on Debian or Ubuntu, or the docker-ce packages from Docker; GitHub-hosted Ubuntu runners have it already.');
}
function findContainerd() {
    return findRequired('containerd', 'containerd is not installed on this machine (dockerd needs it).', 'Install it with the Docker engine, e.g. "sudo apt-get install -y docker.io" (which brings containerd) on Debian or Ubuntu.');
}

;// CONCATENATED MODULE: ./src/core/redaction.ts
/**
 * What of a daemon's log may be shown to whoever reads the job's log (anyone, on a public
 * repository). With `"debug": true` dockerd logs each API request: its URL with the query string
 * (build args, filters, names) and, for JSON bodies, the whole body ("form data: {...}", or a
 * form-data field in 28) with a
 * container's Env. Both carry secrets a step passed to Docker; neither explains a failure.
 */
const FORM_DATA = /form data: .*/g;
/**
 * dockerd 28 logs the body as a field of the request's line instead: logfmt's
 * `form-data="{\"Env\":…}"`, or `"form-data":"…"` with `--log-format json`. The rest of the line
 * goes with it: a field's end is where an escape could hide.
 */
const FORM_DATA_JSON_FIELD = /"form-data":.*/g;
const FORM_DATA_FIELD = /form-data=.*/g;
/**
 * A query string in a request URL: from the `?` to the end of the URL, which is the first space or
 * unescaped quote. A URL inside a quoted log value (logfmt's msg="…", a JSON log line) carries its
 * own quotes and backslashes escaped (\" and \\): those belong to the query, and so does what
 * follows them.
 */
const QUERY = /(\/[\w.\-/%]*)\?(?:\\.|[^\s"\\])*/g;
function redactRequestData(log) {
    return log
        .replace(FORM_DATA, 'form data: (not shown)')
        .replace(FORM_DATA_JSON_FIELD, '"form-data":"(not shown)"}')
        .replace(FORM_DATA_FIELD, 'form-data=(not shown)')
        .replace(QUERY, '$1?(query not shown)');
}
/** Lines of a log worth printing at teardown: all of it when it explains something, else its tail. */
const TAIL_LINES = 50;
const WHOLE_LINES = 5000;
function linesToShow(facts) {
    return facts.startFailed || facts.daemonDied || facts.verbose ? WHOLE_LINES : TAIL_LINES;
}

;// CONCATENATED MODULE: ./src/core/wait.ts
const systemClock = {
    now: () => performance.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
/**
 * Calls `attempt` (given the milliseconds left) until it returns something other than undefined, and
 * returns that; returns undefined when the deadline passes first. The last attempt is made at the
 * deadline, never after it. Throws the signal's reason as soon as it aborts.
 */
async function waitUntil(attempt, options) {
    const clock = options.clock ?? systemClock;
    const deadline = clock.now() + options.timeoutMs;
    let interval = options.intervalMs;
    for (;;) {
        options.signal?.throwIfAborted();
        const answer = await attempt(Math.max(0, deadline - clock.now()));
        if (answer !== undefined)
            return answer;
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            return undefined;
        options.signal?.throwIfAborted();
        await clock.sleep(Math.min(interval, remaining), options.signal);
        interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Infinity);
    }
}

;// CONCATENATED MODULE: ./src/engines/dockerd/containerd.ts




function containerdPaths(workDir, execRoot) {
    return {
        config: (0,external_node_path_.join)(workDir, 'containerd.toml'),
        // Under exec-root: socket paths must stay within the 108 bytes of sun_path.
        socket: (0,external_node_path_.join)(execRoot, 'containerd', 'containerd.sock'),
        logFile: (0,external_node_path_.join)(workDir, 'containerd.log'),
    };
}
/** TOML string literal: JSON's escaping is valid TOML for basic strings. */
const toml = (value) => JSON.stringify(value);
const DISABLED_PLUGINS = [
    'io.containerd.grpc.v1.cri',
    'io.containerd.cri.v1.images',
    'io.containerd.cri.v1.runtime',
    'io.containerd.podsandbox.controller.v1.podsandbox',
    'io.containerd.nri.v1.nri',
];
function containerdConfig(dataRoot, execRoot, socket) {
    const root = (0,external_node_path_.join)(dataRoot, 'containerd');
    return [
        'version = 2',
        `root = ${toml(root)}`,
        `state = ${toml((0,external_node_path_.join)(execRoot, 'containerd', 'state'))}`,
        // Kubernetes' CRI plugin is of no use to dockerd and slow to load; containerd 2 split it in
        // three, and its runtime part creates /etc/cni/net.d. NRI (on by default in 2) opens
        // /var/run/nri/nri.sock. Both would be left on the machine. Unknown ids are ignored by 1.x.
        `disabled_plugins = ${JSON.stringify(DISABLED_PLUGINS)}`,
        '',
        '[grpc]',
        `  address = ${toml(socket)}`,
        '',
        '[ttrpc]',
        `  address = ${toml(`${socket}.ttrpc`)}`,
        '',
        // Its default, /opt/containerd, would be a directory left on the machine.
        '[plugins."io.containerd.internal.v1.opt"]',
        `  path = ${toml((0,external_node_path_.join)(root, 'opt'))}`,
        '',
    ].join('\n');
}
/**
 * The socket exists once containerd listens on it. Only its existence is checked: a runner user
 * that starts containerd through sudo may not connect to a root-owned socket, and dockerd retries
 * its connection by itself.
 */
async function isListening(socket) {
    return (await external_node_fs_.promises.stat(socket).catch(() => undefined))?.isSocket() ?? false;
}
/** Polls until containerd listens on its socket, or fails with what its log says. */
async function waitForContainerd(wait) {
    const outcome = await waitUntil(async () => ((await isListening(wait.socket)) ? 'listening' : wait.exitReason() ? 'stopped' : undefined), { timeoutMs: wait.timeoutMs, intervalMs: 2, backoff: 1.5, maxIntervalMs: 20, signal: wait.signal });
    if (outcome === 'listening')
        return;
    const log = `\nLast lines of its log:\n${(await wait.logTail()) || '(empty)'}`;
    if (outcome === 'stopped')
        throw new errors/* DockerTlsError */.iw(`containerd ${wait.exitReason()} before it was ready.${log}`);
    throw new errors/* DockerTlsError */.iw(`containerd did not open its socket within ${wait.timeoutMs} ms.${log}`, `A slow runner may need a longer ${wait.timeoutOption}.`);
}

;// CONCATENATED MODULE: ./src/engines/dockerd/daemon-json.ts

/** Published ports bind to the daemon's own address (dockerd's `ip`), not every interface. */
function publishedPortsAddress(bindHost) {
    return isEveryInterface(bindHost) ? {} : { ip: bindHost };
}
/**
 * The daemon.json of the JSON-file recipe, plus what makes this daemon independent of any other on
 * the machine: its own roots, pidfile, socket, bridge, address pools and containerd. iptables,
 * ip-masq and ip-forward are off: a second dockerd managing iptables rewrites the DOCKER chains the
 * runner's daemon relies on, and turns ip_forward on for good; our own chains (network/firewall.ts)
 * and our hold of ip_forward (network/ip-forward.ts) give our networks what they need instead.
 */
function buildDaemonJson(input) {
    const defaults = {
        'data-root': input.dataRoot,
        'exec-root': input.execRoot,
        pidfile: input.pidFile,
        bridge: input.bridge,
        ...(input.containerdSocket ? { containerd: input.containerdSocket } : {}),
        ...(input.addressPools ? { 'default-address-pools': input.addressPools } : {}),
        ...(input.cgroupParent ? { 'cgroup-parent': input.cgroupParent } : {}),
        ...publishedPortsAddress(input.listen.bindHost),
        iptables: false,
        // Docker 27 and later default ip6tables to true, and some versions then refuse to start with
        // iptables off ("cannot create new chains, EnableIPTable is disabled").
        ip6tables: false,
        'ip-masq': false,
        'ip-forward': false,
        'containerd-namespace': input.marker,
        // A CI teardown should not wait the default 15 s for each container to stop politely.
        'shutdown-timeout': 3,
    };
    const hosts = [`unix://${input.socketPath}`, tcpUrl(input.listen.bindHost, input.listen.port)];
    return { ...defaults, ...input.userConfig, ...enforcedTls(input.serverTls, hosts) };
}
/** What no daemon-config may change: mutual TLS on these files, on these hosts only. */
function enforcedTls(serverTls, hosts) {
    return {
        tls: true,
        tlsverify: true,
        tlscacert: serverTls.ca,
        tlscert: serverTls.cert,
        tlskey: serverTls.key,
        hosts,
    };
}
/**
 * The plugins' containerd namespace can only be set by flag: dockerd's daemon.json field is
 * `containerd-plugin-namespace`, which its check of unknown keys refuses, while the flag's name
 * `containerd-plugins-namespace` passes that check and is then ignored (dockerd 20.10 to 28).
 */
function dockerdFlags(marker) {
    return ['--containerd-plugins-namespace', `${marker}-plugins`];
}

;// CONCATENATED MODULE: ./src/host/mounts.ts


/** Decodes the octal escapes (\040 for a space, …) of /proc/self/mountinfo. */
function mounts_unescape(field) {
    return field.replace(/\\([0-7]{3})/g, (_match, octal) => String.fromCharCode(parseInt(octal, 8)));
}
/** Each mount of a /proc/self/mountinfo text: its point (field 5) and its type (after the " - "). */
function mountsIn(mountinfo) {
    const mounts = [];
    for (const line of mountinfo.split('\n')) {
        const point = line.split(' ')[4];
        if (point !== undefined)
            mounts.push({ point: mounts_unescape(point), type: line.split(' - ')[1]?.split(' ')[0] });
    }
    return mounts;
}
/** The mount points (field 5) of a /proc/self/mountinfo text. */
function mountPointsIn(mountinfo) {
    return mountsIn(mountinfo).map((mount) => mount.point);
}
/** The mount points of filesystems of the given types, each once. */
function mountPointsOfTypeIn(mountinfo, types) {
    const points = mountsIn(mountinfo).filter((mount) => mount.type !== undefined && types.includes(mount.type));
    return [...new Set(points.map((mount) => mount.point))];
}
async function mountPoints() {
    return mountPointsIn(await external_node_fs_.promises.readFile('/proc/self/mountinfo', 'utf8').catch(() => ''));
}
/** Deepest first, each once: the order mount points can be unmounted in. */
function deepestFirst(points) {
    return [...new Set(points)].sort((a, b) => b.length - a.length);
}
/** Mount points at or below any of `roots`, deepest first: the order they can be unmounted in. */
async function mountsUnder(roots) {
    const points = await mountPoints();
    return deepestFirst(points.filter((point) => roots.some((root) => point === root || point.startsWith(`${root}/`))));
}
/**
 * Whether a mount point belongs to the instance `marker` whose work directory is unknown (a crashed
 * run's): at or under its exec-root `<parent>/<marker>`, or under the data-root `data` of a work
 * directory named `<marker>`. A path that merely has a component named after it is not ours.
 */
function isInstanceMount(point, marker, execRootParents) {
    if (execRootParents.some((parent) => point === `${parent}/${marker}` || point.startsWith(`${parent}/${marker}/`))) {
        return true;
    }
    const parts = point.split('/');
    return parts.some((part, index) => part === marker && parts[index + 1] === 'data');
}
/** The mounts of a crashed instance, deepest first. */
async function mountsOfInstance(marker, execRootParents) {
    return deepestFirst((await mountPoints()).filter((point) => isInstanceMount(point, marker, execRootParents)));
}
/** Unmounts `point`, lazily when it is busy (a process of a killed container may still hold it). */
async function unmountPoint(privilege, point) {
    try {
        await runAsRoot(privilege, 'umount', [point]);
    }
    catch {
        await runAsRoot(privilege, 'umount', ['-l', point]);
    }
}

;// CONCATENATED MODULE: ./src/host/cgroups.ts




/** The mount points of the cgroup hierarchies (v1's one per controller set, v2's unified one). */
function cgroupMountsIn(mountinfo) {
    return mountPointsOfTypeIn(mountinfo, ['cgroup', 'cgroup2']);
}
/**
 * Which cgroup driver a dockerd with `userConfig` uses here: `systemd` when asked for, or by
 * default on cgroup v2 with systemd running (as on a GitHub runner); otherwise `cgroupfs`.
 */
function cgroupDriverOf(userConfig) {
    const options = Array.isArray(userConfig['exec-opts']) ? userConfig['exec-opts'] : [];
    const asked = options.map(String).find((option) => option.startsWith('native.cgroupdriver='));
    if (asked)
        return asked.endsWith('=systemd') ? 'systemd' : 'cgroupfs';
    const unifiedOnly = (0,external_node_fs_.existsSync)('/sys/fs/cgroup/cgroup.controllers');
    return unifiedOnly && (0,external_node_fs_.existsSync)('/run/systemd/system') ? 'systemd' : 'cgroupfs';
}
/**
 * The cgroup parent of an instance's containers under the cgroupfs driver: a directory of its
 * own at the top of every hierarchy, so that what its containers leave is found and removed by
 * name, and never mixed with the runner daemon's `docker/`. Under the systemd driver, systemd
 * owns the containers' scopes and removes them with the containers: none is set.
 */
function cgroupParentOf(marker, driver) {
    return driver === 'cgroupfs' ? `/${marker}` : undefined;
}
/** The directories of `marker`'s cgroup parent in every hierarchy, deepest first. */
async function cgroupDirsOf(marker) {
    const mounts = cgroupMountsIn(await external_node_fs_.promises.readFile('/proc/self/mountinfo', 'utf8').catch(() => ''));
    const found = [];
    const walk = async (dir) => {
        const entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries)
            if (entry.isDirectory())
                await walk((0,external_node_path_.join)(dir, entry.name));
        found.push(dir);
    };
    for (const mount of mounts)
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(mount, marker)))
            await walk((0,external_node_path_.join)(mount, marker));
    return found;
}
/**
 * Removes `marker`'s cgroups (once its processes are gone, each is empty): rmdir, deepest first,
 * in one call. Returns the directories removed.
 */
async function removeCgroupsOf(privilege, marker) {
    const dirs = await cgroupDirsOf(marker);
    if (dirs.length > 0)
        await runAsRoot(privilege, 'rmdir', dirs);
    return dirs;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/diagnose.ts
// Reads a failed dockerd's log and names the likely cause with what to do about it, in the words of
// the adapter's options (an action input or a CLI flag).


/** Each pattern of a dockerd log, with the cause it points to and the fix. */
const CAUSES = [
    {
        pattern: /address already in use/i,
        cause: (names) => `The TCP port is already in use by another process. Choose another port, or ${setting(names, 'port', '0')} for a free one.`,
    },
    {
        pattern: /cannot assign requested address/i,
        cause: (names) => `The bind address is not an address of this machine. Use ${setting(names, 'host', '127.0.0.1')}, 0.0.0.0, or an address shown by "ip addr".`,
    },
    {
        pattern: /(permission denied|operation not permitted)/i,
        cause: () => 'dockerd was refused a privileged operation. It needs root (or passwordless sudo) and a runner that allows mounts and network set-up.',
    },
    {
        pattern: /(pid file found|process with pid .* is still running)/i,
        cause: () => 'A pidfile of another daemon is in the way. Remove the stale pidfile or stop that daemon.',
    },
    {
        pattern: /containerd/i,
        cause: () => 'dockerd could not start or reach containerd. Check that containerd is installed ("containerd --version").',
    },
    {
        pattern: /(overlay|graphdriver|storage-driver)/i,
        cause: (names) => `The storage driver failed on the data-root. Set "storage-driver": "vfs" in ${spelled(names, 'daemonConfig')} on file systems without overlay support.`,
    },
    {
        pattern: /(bridge|network controller)/i,
        cause: (names) => `dockerd could not set up its network. Check "ip link" for stale ${INSTANCE_PREFIX}* bridges and the ${spelled(names, 'daemonConfig')} network settings.`,
    },
];
/** The likely cause of a failed start, from the error lines of the log (or the whole log). */
function diagnoseDaemonLog(log, names) {
    const errorLines = log
        .split('\n')
        .filter((line) => /level=(error|fatal)|failed to start|^Error|unable to configure/i.test(line))
        .join('\n');
    const text = errorLines || log;
    return CAUSES.find(({ pattern }) => pattern.test(text))?.cause(names);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/host/processes.ts





/**
 * The fields of /proc/PID/stat after the command name, which may hold spaces and parentheses:
 * [0] is the state, [1] the parent pid, [19] the start time.
 */
function statFields(stat) {
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
/** One process from its /proc files; undefined for a zombie (it is gone, only not yet reaped). */
function parseProcess(pid, stat, cmdline) {
    const fields = statFields(stat);
    if (fields[0] === 'Z')
        return undefined;
    return {
        pid,
        ppid: Number(fields[1]),
        cmdline: cmdline.replace(/\0/g, ' ').trim(),
        argv: cmdline.split('\0').filter((arg, index, all) => index < all.length - 1 || arg !== ''),
    };
}
/** A snapshot of every process: pid, parent and command line (arguments joined by spaces). */
async function listProcesses() {
    const entries = (await external_node_fs_.promises.readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
    const found = await Promise.all(entries.map(async (entry) => {
        try {
            const [stat, cmdline] = await Promise.all([
                external_node_fs_.promises.readFile(`/proc/${entry}/stat`, 'utf8'),
                external_node_fs_.promises.readFile(`/proc/${entry}/cmdline`, 'utf8'),
            ]);
            return parseProcess(Number(entry), stat, cmdline);
        }
        catch {
            return undefined; // it exited while we looked
        }
    }));
    return found.filter((info) => info !== undefined);
}
/**
 * The processes whose command line mentions `marker`, and their descendants (never `self`): broad on
 * purpose, for counting leftovers in benches and tests. Teardown and the sweep kill only what
 * process-selection.ts picks by exact arguments.
 */
function processesOf(all, marker, self = process.pid) {
    const roots = all.filter((info) => info.cmdline.includes(marker)).map((info) => info.pid);
    const selected = withDescendants(all, roots);
    return all.filter((info) => selected.has(info.pid) && info.pid !== self);
}
/** The pids `roots` and every process below them in `all`. */
function withDescendants(all, roots) {
    const selected = new Set(roots);
    for (let grew = true; grew;) {
        grew = false;
        for (const info of all) {
            if (!selected.has(info.pid) && selected.has(info.ppid)) {
                selected.add(info.pid);
                grew = true;
            }
        }
    }
    return selected;
}
async function isAlive(pid) {
    try {
        const stat = await external_node_fs_.promises.readFile(`/proc/${pid}/stat`, 'utf8');
        return statFields(stat)[0] !== 'Z';
    }
    catch {
        return false;
    }
}
/** Start time of a process in clock ticks since boot: with the pid, it names one process for good. */
async function startTimeOf(pid) {
    const stat = await external_node_fs_.promises.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    return stat === undefined ? undefined : statFields(stat)[19];
}
async function pidNamespace() {
    return external_node_fs_.promises.readlink('/proc/self/ns/pid').catch(() => 'unknown');
}
/** The arguments of a live process; undefined when it is gone. */
async function argumentsOf(pid) {
    return external_node_fs_.promises
        .readFile(`/proc/${pid}/cmdline`, 'utf8')
        .then((text) => text.split('\0').filter((arg, index, all) => index < all.length - 1 || arg !== ''))
        .catch(() => undefined);
}
/** The pid in a pidfile; undefined when there is none or it holds no pid. */
async function readPid(pidFile) {
    const text = await external_node_fs_.promises.readFile(pidFile, 'utf8').catch(() => '');
    const pid = Number.parseInt(text.trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
/** Polls until `pid` is gone; true if it went within the deadline. */
async function waitForExit(pid, timeoutMs) {
    const gone = await waitUntil(async () => ((await isAlive(pid)) ? undefined : true), {
        timeoutMs,
        intervalMs: 25,
    });
    return gone ?? false;
}
/**
 * Sends SIGTERM or SIGKILL: directly where this process may (as root, or to a process of this
 * user's, such as the network watch), through sudo to the rest; a process already gone is fine.
 */
async function signalProcesses(privilege, pids, name) {
    const refused = [];
    for (const pid of pids) {
        try {
            process.kill(pid, `SIG${name}`);
        }
        catch (error) {
            if (error.code === 'EPERM' && privilege.viaSudo)
                refused.push(pid);
        }
    }
    if (refused.length === 0)
        return;
    await runAsRoot(privilege, 'kill', [`-${name}`, ...refused.map(String)]).catch(() => undefined);
}
/** SIGKILL to each, then waits (5 s at most each) until they are gone: for leftovers, no politeness. */
async function killProcesses(privilege, processes) {
    await signalProcesses(privilege, processes.map((info) => info.pid), 'KILL');
    await Promise.all(processes.map((info) => waitForExit(info.pid, 5000)));
}
/**
 * The command line of a detached daemon: as it is when we are root; through sudo, `env -i` with
 * the environment in front (sudo would add its own variables), every program by its absolute path.
 */
function detachedCommand(privilege, command, env) {
    if (!privilege.viaSudo)
        return command;
    if (!privilege.env?.startsWith('/'))
        throw new errors/* DockerTlsError */.iw('env was not found in a directory only root can write.');
    const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    return [...privilege.prefix, privilege.env, '-i', ...pairs, ...command];
}
/**
 * Detached with its own process group, output to the log: it outlives this step's process. It gets
 * `env` and nothing else.
 */
function spawnDetached(privilege, command, logFile, env) {
    const fd = (0,external_node_fs_.openSync)(logFile, 'a', 0o600);
    let child;
    try {
        const [file, ...args] = detachedCommand(privilege, command, env);
        child = (0,external_node_child_process_.spawn)(file, args, { detached: true, stdio: ['ignore', fd, fd], env });
        if (child.pid === undefined)
            throw new errors/* DockerTlsError */.iw(`Could not start ${file}.`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    let exitReason;
    child.once('exit', (code, signal) => {
        exitReason = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    });
    return { child, exitReason: () => exitReason };
}

// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var lib_ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(lib_ipaddr);
;// CONCATENATED MODULE: ./src/host/network/ipv4.ts


// Parsing and containment go through ipaddr.js; the plan's arithmetic (subnetAt) stays on the
// unsigned number, which ipaddr.js has no operation for.
/** `a.b.c.d` as an unsigned number; undefined for anything else (no leading zeros, each octet <= 255). */
function parseAddress(address) {
    // Four decimal parts only: ipaddr.js's parse also takes inet_aton's forms (010 = 8, 1.2.3, 0x0a).
    return ipaddr.IPv4.isValidFourPartDecimal(address) ? toNumber(ipaddr.IPv4.parse(address)) : undefined;
}
function toNumber(address) {
    return address.octets.reduce((acc, octet) => acc * 256 + octet, 0);
}
function toIpaddr(value) {
    return new (ipaddr_default()).IPv4([24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff));
}
function formatAddress(value) {
    return toIpaddr(value).toString();
}
/** `a.b.c.d/n` (or a bare address, read as /32), normalised to its network address. */
function ipv4_parseCidr(cidr) {
    const withPrefix = cidr.includes('/') ? cidr : `${cidr}/32`;
    // ipaddr.js reads the prefix with parseInt, so `/08` would pass as 8: the same address has one spelling.
    if (!/\/(0|[1-9]\d?)$/.test(withPrefix) || !ipaddr_default().IPv4.isValidCIDRFourPartDecimal(withPrefix))
        return undefined;
    const bits = ipaddr_default().IPv4.parseCIDR(withPrefix)[1];
    return { base: toNumber(ipaddr_default().IPv4.networkAddressFromCIDR(withPrefix)), bits };
}
function ipv4_formatCidr(net) {
    return `${formatAddress(net.base)}/${net.bits}`;
}
/** Two networks overlap exactly when one contains the other. */
function ipv4_overlaps(a, b) {
    return toIpaddr(a.base).match(toIpaddr(b.base), Math.min(a.bits, b.bits));
}
function ipv4_contains(outer, inner) {
    return outer.bits <= inner.bits && ipv4_overlaps(outer, inner);
}
/** The `index`-th subnet of `bits` bits inside `net` (index 0 is the first). */
function subnetAt(net, bits, index) {
    return { base: (net.base + index * 2 ** (32 - bits)) >>> 0, bits };
}
/** `ip route` lines may start with a route type before the destination. */
const ROUTE_TYPES = new Set([
    'local',
    'broadcast',
    'unicast',
    'multicast',
    'blackhole',
    'unreachable',
    'prohibit',
    'throw',
    'anycast',
    'nat',
]);
/**
 * Every IPv4 network the host knows, from the output of `ip -4 -o route show table all` followed by
 * `ip -4 -o addr show`. Route lines start with their destination (after an optional type); address
 * lines start with "N: ifname" and hold "inet a.b.c.d/n". Addresses count as well as routes because
 * a link that is down has its address but no prefix route: a bridge of another instance that is not
 * up yet still occupies its subnet. Default routes (0.0.0.0/0) say nothing about what is taken.
 */
function parseHostNetworks(output) {
    const nets = [];
    for (const line of output.split('\n')) {
        const words = line.trim().split(/\s+/);
        if (/^\d+:$/.test(words[0])) {
            const inet = words.indexOf('inet');
            const net = inet >= 0 ? ipv4_parseCidr(words[inet + 1] ?? '') : undefined;
            // "93: dtls-1234abcd    inet ...": the device follows the index; a VLAN shows as "eth0.5@eth0".
            if (net)
                nets.push({ net, device: words[1].split('@')[0] });
            continue;
        }
        const destination = ROUTE_TYPES.has(words[0]) ? words[1] : words[0];
        const net = destination && destination !== 'default' ? ipv4_parseCidr(destination) : undefined;
        const dev = words.indexOf('dev');
        if (net && net.bits > 0)
            nets.push(dev > 0 && words[dev + 1] ? { net, device: words[dev + 1] } : { net });
    }
    return nets;
}
/** What `ip -4 -o -batch` is given to list the host's networks (see parseHostNetworks). */
const HOST_NETWORK_QUERIES = ['route show table all', 'addr show'];
/** The host's networks (see parseHostNetworks), read in one `ip -batch` process. */
async function readHostNetworks(privilege) {
    const queries = HOST_NETWORK_QUERIES.join('\n') + '\n';
    const { stdout } = await runAsRoot(privilege, 'ip', ['-4', '-o', '-batch', '-'], 30_000, queries);
    return parseHostNetworks(stdout);
}

;// CONCATENATED MODULE: ./src/host/network/bridge.ts





const OWNER_LABEL = /^docker-tls-action owner pid=(\d+) start=(\d+) pidns=(\S+)$/;
function formatOwnerLabel(owner) {
    return `docker-tls-action owner pid=${owner.pid} start=${owner.start} pidns=${owner.pidNamespace}`;
}
function parseOwnerLabel(alias) {
    const match = OWNER_LABEL.exec(alias.trim());
    return match ? { pid: Number(match[1]), start: match[2], pidNamespace: match[3] } : undefined;
}
/** The label naming this process as the owner of a bridge. */
async function ownerLabel() {
    return formatOwnerLabel({
        pid: process.pid,
        start: (await startTimeOf(process.pid)) ?? '',
        pidNamespace: await pidNamespace(),
    });
}
/** The owner a bridge's alias names, if it carries our label. */
async function ownerOf(bridge) {
    return parseOwnerLabel(await external_node_fs_.promises.readFile(`/sys/class/net/${bridge}/ifalias`, 'utf8').catch(() => ''));
}
/** Marks the bridge as this process's: a sweep elsewhere then leaves it alone while we work on it. */
async function claimBridge(privilege, name) {
    await runAsRoot(privilege, 'ip', ['link', 'set', 'dev', name, 'alias', await ownerLabel()]);
}
/**
 * Creates the bridge and reads the host's networks as they are with it, in one `ip -batch`
 * instead of six processes: each spawn costs milliseconds on the way to ready. A rival that took
 * the same block meanwhile shows in what it returns.
 */
async function createBridge(privilege, plan) {
    const commands = [
        `link add name ${plan.name} type bridge`,
        // Names this process as its owner, so that a sweep for crashed runs' leftovers never takes it.
        `link set dev ${plan.name} alias "${await ownerLabel()}"`,
        `addr add ${plan.gatewayCidr} dev ${plan.name}`,
        `link set ${plan.name} up`,
        // Only reached when every command above succeeded: the batch stops at the first failure.
        ...HOST_NETWORK_QUERIES,
    ];
    const { stdout } = await runAsRoot(privilege, 'ip', ['-4', '-o', '-batch', '-'], 30_000, commands.join('\n') + '\n');
    return parseHostNetworks(stdout);
}
/** The ids of the instances whose bridges exist on this machine. */
async function instancesWithBridges() {
    const links = await external_node_fs_.promises.readdir('/sys/class/net').catch(() => []);
    return links.map(idOfMarker).filter((id) => id !== undefined);
}
async function bridgeExists(privilege, name) {
    try {
        await runAsRoot(privilege, 'ip', ['link', 'show', 'dev', name]);
        return true;
    }
    catch {
        return false;
    }
}
/** Deletes the bridge; true when it was there, false when it was already gone. */
async function deleteBridge(privilege, name) {
    if (!(await bridgeExists(privilege, name)))
        return false;
    await runAsRoot(privilege, 'ip', ['link', 'delete', 'dev', name]);
    return true;
}

;// CONCATENATED MODULE: ./src/host/network/iptables.ts

const BACKENDS = ['iptables-nft', 'iptables-legacy'];
/** The tables our chains go into. */
const OUR_TABLES = ['filter', 'nat', 'raw'];
/** Runs one iptables command as root. `-w` waits for the xtables lock instead of failing when
 * another daemon (the runner's dockerd) changes rules at the same moment; nft accepts and ignores it. */
async function iptables(privilege, backend, table, args) {
    const { stdout } = await runAsRoot(privilege, backend, ['-w', '10', '-t', table, ...args]);
    return stdout;
}
/** One rule of `iptables -S` output as its arguments; double-quoted words (comments) kept whole. */
function splitRule(line) {
    const words = [];
    for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
        words.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]);
    }
    return words;
}
/** The user-defined chains (`-N name`) of an `iptables -S` listing. */
function chainsOf(listing) {
    return listing
        .split('\n')
        .map((line) => /^-N (\S+)$/.exec(line.trim())?.[1])
        .filter((name) => name !== undefined);
}
/**
 * One table of an `iptables-save` output as `iptables -S` lists it: `-P` for a built-in chain's
 * policy, `-N` for a chain of one's own, then the rules, which both print alike. Empty when the
 * output holds no such table (a kernel without it, or a backend never used).
 */
function listingOfSaved(saved, table) {
    const lines = saved.split('\n').map((line) => line.trim());
    const start = lines.indexOf(`*${table}`);
    if (start < 0)
        return '';
    const end = lines.indexOf('COMMIT', start);
    const listing = [];
    for (const line of lines.slice(start + 1, end < 0 ? undefined : end)) {
        const chain = /^:(\S+) (\S+)/.exec(line);
        if (chain)
            listing.push(chain[2] === '-' ? `-N ${chain[1]}` : `-P ${chain[1]} ${chain[2]}`);
        else if (line.startsWith('-A '))
            listing.push(line);
    }
    return listing.length > 0 ? `${listing.join('\n')}\n` : '';
}
/** The rules (`-A chain ...`) of a listing, each split into words, `-A` included. */
function rulesOf(listing) {
    return listing
        .split('\n')
        .filter((line) => line.startsWith('-A '))
        .map(splitRule);
}
/** Whether the host's firewall shows the chains of a Docker daemon (the runner's) in this listing. */
function showsDockerChains(listing) {
    return chainsOf(listing).some((chain) => /^DOCKER(-|$)/.test(chain));
}
/** `iptables --version` says "(nf_tables)" or "(legacy)"; older releases say neither. */
function backendOfVersion(version) {
    if (version.includes('nf_tables'))
        return 'iptables-nft';
    if (version.includes('legacy'))
        return 'iptables-legacy';
    return undefined;
}
async function listFilter(privilege, backend) {
    return iptables(privilege, backend, 'filter', ['-S']).catch((error) => error);
}
const LEGACY_TABLES = '/proc/net/ip_tables_names';
/**
 * Legacy tables exist only once something used them; /proc/net/ip_tables_names lists them. Asking
 * iptables-legacy itself would load the x_tables modules on a host that never used them.
 */
async function legacyInUse(privilege) {
    const names = await readAsRoot(privilege, LEGACY_TABLES).catch(() => '');
    return names.split('\n').includes('filter');
}
/** The backends that may hold rules of ours, working or not: nft, and legacy when it is in use. */
async function backendCandidates(privilege) {
    return (await legacyInUse(privilege)) ? [...BACKENDS] : ['iptables-nft'];
}
/** The save program that goes with each backend: every table in one process. */
const SAVE = {
    'iptables-nft': 'iptables-nft-save',
    'iptables-legacy': 'iptables-legacy-save',
    iptables: 'iptables-save',
};
/** Every table of one backend in one process; undefined where the save program fails. */
function saveTables(privilege, backend) {
    return runAsRoot(privilege, SAVE[backend], []).then((out) => out.stdout, () => undefined);
}
async function surveyFirewall(privilege) {
    const candidates = await backendCandidates(privilege);
    const saves = await Promise.all(candidates.map((backend) => saveTables(privilege, backend)));
    return { candidates, saved: new Map(candidates.map((backend, index) => [backend, saves[index]])) };
}
/**
 * A backend's filter table from the survey, as `iptables -S` lists it; undefined where the survey
 * has none (a save that failed, or a table not yet made, which `-S` may still list).
 */
function surveyedFilter(survey, backend) {
    const saved = survey?.saved.get(backend);
    return (saved && listingOfSaved(saved, 'filter')) || undefined;
}
/** The backends whose tables can hold rules of ours: nft when it works, legacy when it is in use. */
async function backendsInUse(privilege) {
    const candidates = await backendCandidates(privilege);
    const listed = await Promise.all(candidates.map(async (backend) => typeof (await listFilter(privilege, backend)) === 'string'));
    return candidates.filter((_, index) => listed[index]);
}
async function alternative(privilege) {
    const version = await runAsRoot(privilege, 'iptables', ['--version']).catch(() => undefined);
    return version ? backendOfVersion(version.stdout) : undefined;
}
/**
 * Picks the backend to use (see IptablesBackend); `backend` is undefined when none works. A survey
 * taken just before (`surveyFirewall`, with nothing changed since) stands in for the listings of the
 * backends whose filter table it holds.
 */
async function chooseBackend(privilege, survey) {
    const failures = [];
    const listings = new Map();
    const tried = new Set();
    const probe = async (backend) => {
        if (!tried.has(backend)) {
            tried.add(backend);
            const listing = surveyedFilter(survey, backend) ?? (await listFilter(privilege, backend));
            if (typeof listing === 'string')
                listings.set(backend, listing);
            else
                failures.push(listing.message);
        }
        return listings.has(backend);
    };
    const legacyAsked = survey ? Promise.resolve(survey.candidates.includes('iptables-legacy')) : legacyInUse(privilege);
    const [, legacy] = await Promise.all([probe('iptables-nft'), legacyAsked]);
    if (legacy)
        await probe('iptables-legacy');
    const chosen = (backend) => ({ backend, failures, filter: listings.get(backend) });
    const withDocker = [...listings].filter(([, listing]) => showsDockerChains(listing)).map(([backend]) => backend);
    // Usually one backend shows the runner daemon's chains: the alternative is asked only when that
    // does not decide (one process less while our dockerd boots).
    if (withDocker.length === 1)
        return chosen(withDocker[0]);
    const preferred = await alternative(privilege);
    if (withDocker.length > 0)
        return chosen(withDocker.find((b) => b === preferred) ?? withDocker[0]);
    if (preferred && (await probe(preferred)))
        return chosen(preferred);
    // A host whose legacy tables are still unused, or one with only a plain `iptables` (no suffix).
    for (const backend of ['iptables-nft', 'iptables-legacy', 'iptables']) {
        if (await probe(backend))
            return chosen(backend);
    }
    return { failures };
}

;// CONCATENATED MODULE: ./src/host/network/firewall-rules.ts



/** Networks that dockerd creates get bridges named br-<network id>. */
const USER_NETWORK_BRIDGES = 'br-+';
const firewall_rules_ID = /^[0-9A-Za-z]{1,16}$/;
const OUR_CHAIN = new RegExp(`^${CHAIN_PREFIX}([0-9A-Za-z]{1,16})-(FWD|NAT|RAW)$`);
function chainNames(id) {
    // iptables chain names hold at most 28 characters: "DTLS-" + 16 + "-FWD" is 25.
    if (!firewall_rules_ID.test(id))
        throw new Error(`Not an instance id: ${JSON.stringify(id)}`);
    return { forward: `${CHAIN_PREFIX}${id}-FWD`, nat: `${CHAIN_PREFIX}${id}-NAT`, raw: `${CHAIN_PREFIX}${id}-RAW` };
}
/**
 * The rules of our FORWARD chain. Accepted traffic comes from one of our bridges AND from our block:
 * our own bridge by its exact name, the networks our dockerd creates by dockerd's `br-` names (made
 * at run time, by compose and tests, so not known when the rules go in). A source address of our
 * block on a bridge of someone else's (the runner's Docker) never gets here: antiSpoofRules drops
 * it on entry. The source alone could be spoofed by a neighbour on the host's network, the interface
 * alone would take in the br-* bridges of the runner's daemon. With br_netfilter on, frames between two
 * containers on one bridge pass FORWARD too (in and out on the same bridge), hence the rules for
 * traffic that stays inside the block even when nothing leaves it.
 */
function forwardRules(spec) {
    const { forward } = chainNames(spec.id);
    const fromOurBridges = [spec.bridge, USER_NETWORK_BRIDGES].map((bridge) => ['-i', bridge, '-s', spec.block]);
    if (spec.outbound) {
        return [
            ['-A', forward, '-d', spec.block, '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT'],
            ...fromOurBridges.map((match) => ['-A', forward, ...match, '-j', 'ACCEPT']),
        ];
    }
    // Without outbound access: only traffic inside the block, and an explicit DROP of anything else
    // into or out of it, so the promise holds on a host whose FORWARD policy is ACCEPT as well.
    return [
        ...fromOurBridges.map((match) => ['-A', forward, ...match, '-d', spec.block, '-j', 'ACCEPT']),
        ['-A', forward, '-s', spec.block, '-j', 'DROP'],
        ['-A', forward, '-d', spec.block, '-j', 'DROP'],
    ];
}
/**
 * In raw PREROUTING: a packet whose source is in our block must arrive on the interface the route
 * back to that source leaves by (one of our bridges); any other is forged (a container on the
 * runner's Docker, a neighbour on the host's network) and dropped before it is routed.
 */
function antiSpoofRules(spec) {
    const { raw } = chainNames(spec.id);
    return [['-A', raw, '-s', spec.block, '-m', 'rpfilter', '--invert', '-j', 'DROP']];
}
/** Masquerades what leaves the block; traffic between our own networks keeps its addresses. */
function natRules(spec) {
    if (!spec.outbound)
        return [];
    const { nat } = chainNames(spec.id);
    return [['-A', nat, '-s', spec.block, '!', '-d', spec.block, '-j', 'MASQUERADE']];
}
/** A device name as the kernel takes it (at most 15 characters, no separator), and not one iptables would read as an option. */
const DEVICE = /^[0-9A-Za-z_][0-9A-Za-z_.-]{0,14}$/;
/**
 * The rules that give such a network what the block's rules give ours, in the same chains and by
 * its exact bridge. Accepts go first in the chain (a DROP of the block's must not come before them);
 * DROPs go last. A subnet outside the block: forwarding out and back when `outbound` (else only inside
 * the subnet, anything else into or out of it dropped), NAT of what leaves it, and the anti-spoofing
 * check where our raw chain is in (`antiSpoof`). A subnet inside the block (a bridge name of its own
 * on a subnet of our pools): only the forwarding, which the block's rules give `br-*` bridges alone.
 */
function firewall_rules_networkRules(spec, network, antiSpoof) {
    if (!DEVICE.test(network.bridge))
        throw new Error(`Not a network device: ${JSON.stringify(network.bridge)}`);
    const block = parseCidr(spec.block);
    if (!block)
        throw new Error(`Not an address block: ${JSON.stringify(spec.block)}`);
    return network.subnets.flatMap((subnet) => {
        const net = parseCidr(subnet);
        if (!net || formatCidr(net) !== subnet)
            throw new Error(`Not an IPv4 subnet: ${JSON.stringify(subnet)}`);
        return contains(block, net)
            ? subnetInBlockRules(spec, network.bridge, subnet)
            : subnetRules(spec, network.bridge, subnet, antiSpoof);
    });
}
function subnetInBlockRules(spec, bridge, subnet) {
    const { forward } = chainNames(spec.id);
    const to = spec.outbound ? [] : ['-d', spec.block];
    return [{ table: 'filter', args: ['-I', forward, '1', '-i', bridge, '-s', subnet, ...to, '-j', 'ACCEPT'] }];
}
function subnetRules(spec, bridge, subnet, antiSpoof) {
    const { forward, nat, raw } = chainNames(spec.id);
    const first = (args) => ({ table: 'filter', args: ['-I', forward, '1', ...args] });
    const last = (args) => ({ table: 'filter', args: ['-A', forward, ...args] });
    const forwarding = spec.outbound
        ? [
            first(['-o', bridge, '-d', subnet, '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT']),
            first(['-i', bridge, '-s', subnet, '-j', 'ACCEPT']),
        ]
        : [
            first(['-i', bridge, '-s', subnet, '-d', subnet, '-j', 'ACCEPT']),
            last(['-s', subnet, '-j', 'DROP']),
            last(['-d', subnet, '-j', 'DROP']),
        ];
    const masquerade = spec.outbound
        ? [{ table: 'nat', args: ['-A', nat, '-s', subnet, '!', '-d', subnet, '-j', 'MASQUERADE'] }]
        : [];
    const checked = antiSpoof
        ? [{ table: 'raw', args: ['-A', raw, '-s', subnet, '-m', 'rpfilter', '--invert', '-j', 'DROP'] }]
        : [];
    return [...forwarding, ...masquerade, ...checked];
}
/** What takes `commands` (rules appended, or inserted with a position) out again: the same rules, deleted. */
function firewall_rules_deletionOf(commands) {
    return commands.map(({ table, args }) => ({
        table,
        args: ['-D', args[1], ...args.slice(args[0] === '-I' ? 3 : 2)],
    }));
}
/**
 * Where our FORWARD hook goes, given filter's `iptables -S` listing: right after the jump to the
 * runner daemon's DOCKER-USER, the chain Docker keeps for its users' own policy, so that a rule
 * there applies to our containers as to the runner's; first when there is none.
 */
function forwardHookPosition(filterListing) {
    const forward = rulesOf(filterListing).filter((rule) => rule[1] === 'FORWARD');
    const dockerUser = forward.findIndex((rule) => rule.join(' ') === '-A FORWARD -j DOCKER-USER');
    return dockerUser + 2;
}
/**
 * Everything to run, in order: chains first, then their rules, and the hooks last, so that no packet
 * meets a chain that is only half filled. The FORWARD hook goes at `forwardPosition`
 * (forwardHookPosition); the others first.
 */
function installCommands(spec, forwardPosition = 1) {
    const { forward, nat } = chainNames(spec.id);
    const commands = [
        { table: 'filter', args: ['-N', forward] },
        ...forwardRules(spec).map((args) => ({ table: 'filter', args })),
        { table: 'filter', args: ['-I', 'FORWARD', String(forwardPosition), '-j', forward] },
    ];
    if (!spec.outbound)
        return commands;
    return [
        ...commands,
        { table: 'nat', args: ['-N', nat] },
        ...natRules(spec).map((args) => ({ table: 'nat', args })),
        { table: 'nat', args: ['-I', 'POSTROUTING', '1', '-j', nat] },
    ];
}
/** The anti-spoofing chain and its hook, installed on their own: an old kernel may lack rpfilter. */
function antiSpoofCommands(spec) {
    const { raw } = chainNames(spec.id);
    return [
        { table: 'raw', args: ['-N', raw] },
        ...antiSpoofRules(spec).map((args) => ({ table: 'raw', args })),
        { table: 'raw', args: ['-I', 'PREROUTING', '1', '-j', raw] },
    ];
}
/**
 * What removes `chains` from one table, given its `iptables -S` listing: every rule that jumps to
 * one of them (our hooks, however many), then the chains themselves. Chains already gone produce no
 * command, so removal is idempotent; nothing else in the table is named.
 */
function removalCommands(table, listing, chains) {
    const present = chainsOf(listing).filter((chain) => chains.includes(chain));
    const hooks = rulesOf(listing).filter((rule) => {
        const target = rule.indexOf('-j');
        return target > 0 && chains.includes(rule[target + 1]) && !chains.includes(rule[1]);
    });
    return [
        ...hooks.map((rule) => ({ table, args: ['-D', ...rule.slice(1)] })),
        ...present.flatMap((chain) => [
            { table, args: ['-F', chain] },
            { table, args: ['-X', chain] },
        ]),
    ];
}
/**
 * The commands as one `iptables-restore --noflush` input: a table at a time, each committed whole.
 * `-N chain` becomes the chain's declaration. Our arguments hold no spaces or quotes (names, CIDRs,
 * flags); anything else is refused rather than quoted.
 */
function restoreInput(commands) {
    const lines = [];
    for (const table of OUR_TABLES) {
        const ofTable = commands.filter((command) => command.table === table);
        if (ofTable.length === 0)
            continue;
        lines.push(`*${table}`);
        for (const { args } of ofTable) {
            if (args.some((arg) => !/^[^\s"'#]+$/.test(arg)))
                throw new Error(`not a plain iptables argument: ${args.join(' ')}`);
            lines.push(args[0] === '-N' ? `:${args[1]} - [0:0]` : args.join(' '));
        }
        lines.push('COMMIT');
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/host/network/firewall.ts



const NO_FIREWALL_HINT = 'Install iptables (apt-get install iptables) and make sure the kernel has nf_tables or ip_tables ' +
    '(modprobe nf_tables); or set outbound to false when containers need no network beyond each other.';
async function run(privilege, backend, commands) {
    for (const command of commands)
        await iptables(privilege, backend, command.table, command.args);
}
/** The restore program that goes with each backend. */
const RESTORE = {
    'iptables-nft': 'iptables-nft-restore',
    'iptables-legacy': 'iptables-legacy-restore',
    iptables: 'iptables-restore',
};
/** Rules into (or out of) our chains, all at once: one restore, refused whole. */
function changeRules(privilege, backend, commands) {
    return runAsRoot(privilege, RESTORE[backend], ['--noflush', '--wait', '10'], 30_000, restoreInput(commands));
}
/**
 * Installs our chains with one process (a dozen iptables processes cost the start ~100 ms). Where
 * that fails, the anti-spoofing chain is what a kernel most likely lacks (the rpfilter match): the
 * rest goes in without it, and the warning returned says what is not checked; where even that
 * fails, one iptables process per command, as before.
 */
async function install(privilege, backend, spec, position) {
    const main = installCommands(spec, position);
    try {
        await changeRules(privilege, backend, [...main, ...antiSpoofCommands(spec)]);
        return undefined;
    }
    catch (error) {
        await removeFirewall(privilege, spec.id, backend);
        await changeRules(privilege, backend, main).catch(async () => {
            await removeFirewall(privilege, spec.id, backend);
            await run(privilege, backend, main);
        });
        return `Packets claiming an address of ${spec.block} are not checked for where they come from, so a container on another bridge could forge one (${backend} refused the rpfilter match: ${error.message}).`;
    }
}
/**
 * Installs our chains and hooks (replacing any of this instance's from an earlier attempt). Never
 * throws for a firewall that cannot be changed: the result then carries the warning for the log, and
 * the daemon can start with containers that have no network beyond this machine. `survey`: the
 * sweep's, when nothing changed since (see chooseBackend).
 */
async function applyFirewall(privilege, spec, survey) {
    const choice = await chooseBackend(privilege, survey);
    const what = spec.outbound ? 'no outbound network' : 'no network between each other';
    if (!choice.backend) {
        return {
            applied: false,
            warning: `Containers of this daemon have ${what}: no iptables works here (${choice.failures.join('; ')}).`,
            hint: NO_FIREWALL_HINT,
        };
    }
    let spoofWarning;
    try {
        // A fresh id has no chains yet; the chooser's listing (taken of every backend it chooses) shows any
        // of an earlier attempt.
        if (chainsOf(choice.filter ?? '').includes(chainNames(spec.id).forward))
            await removeFirewall(privilege, spec.id, choice.backend);
        spoofWarning = await install(privilege, choice.backend, spec, forwardHookPosition(choice.filter ?? ''));
    }
    catch (error) {
        await removeFirewall(privilege, spec.id, choice.backend).catch(() => undefined);
        return {
            applied: false,
            warning: `Containers of this daemon have ${what}: ${choice.backend} refused our rules (${error.message}).`,
            hint: NO_FIREWALL_HINT,
        };
    }
    const { forward, nat, raw } = chainNames(spec.id);
    const chains = [forward, ...(spec.outbound ? [nat] : []), ...(spoofWarning ? [] : [raw])];
    return { applied: true, backend: choice.backend, chains, warnings: spoofWarning ? [spoofWarning] : [] };
}
/**
 * Removes `chains` from every table of one backend: one save lists them all and one restore removes
 * them, two processes where a listing per table and a process per command took twelve (each through
 * sudo on a runner). Where the restore is refused, one process per command for what is still there
 * (a legacy restore commits table by table, so part of it may have gone in).
 */
async function removeChains(privilege, backend, chains) {
    const commandsNow = async () => (await ourTables(privilege, backend)).flatMap(([table, listing]) => removalCommands(table, listing, chains));
    const commands = await commandsNow();
    if (commands.length === 0)
        return 0;
    try {
        await changeRules(privilege, backend, commands);
    }
    catch {
        await run(privilege, backend, await commandsNow());
    }
    return commands.filter((command) => command.args[0] === '-X').length;
}
/** Our tables as `iptables -S` lists them: from one save, or a listing each where the save fails. */
async function ourTables(privilege, backend) {
    const saved = await saveTables(privilege, backend);
    if (saved !== undefined)
        return OUR_TABLES.map((table) => [table, listingOfSaved(saved, table)]);
    const listings = OUR_TABLES.map((table) => iptables(privilege, backend, table, ['-S']).catch((error) => {
        // A kernel without the raw table holds no chain of ours there.
        if (table === 'raw')
            return '';
        throw error;
    }));
    return Promise.all(listings).then((each) => OUR_TABLES.map((table, index) => [table, each[index]]));
}
/**
 * Unhooks and deletes this instance's chains, and only those; chains already gone are fine.
 * Returns how many chains were removed. Without `backend` (none recorded), it looks in both.
 */
async function removeFirewall(privilege, id, backend) {
    const { forward, nat, raw } = chainNames(id);
    let removed = 0;
    for (const each of backend ? [backend] : await backendsInUse(privilege)) {
        removed += await removeChains(privilege, each, [forward, nat, raw]);
    }
    return removed;
}
/** Instance ids that have chains of ours in any table of any backend the survey saved. */
function instancesWithChains(survey) {
    const chains = [...survey.saved.values()].flatMap((text = '') => [...text.matchAll(/^:(\S+) /gm)].map((match) => match[1]));
    return [...new Set(chains.map((chain) => OUR_CHAIN.exec(chain)?.[1]).filter((id) => !!id))].sort();
}
/**
 * For the crash sweep: removes the chains of every instance `isDead` says is gone (the sweep's own
 * test: no owner, no dockerd) and returns their ids. Chains of live instances stay. The survey it
 * read comes back too while it still shows the firewall as it is: when there was nothing to remove.
 */
async function sweepFirewalls(privilege, isDead) {
    const survey = await surveyFirewall(privilege);
    const dead = [];
    for (const id of instancesWithChains(survey))
        if (await isDead(id))
            dead.push(id);
    if (dead.length === 0)
        return { swept: [], survey };
    const swept = [];
    for (const id of dead)
        if ((await removeFirewall(privilege, id)) > 0)
            swept.push(id);
    return { swept };
}

;// CONCATENATED MODULE: ./src/host/network/ip-forward.ts




const DEFAULT_FORWARDING_PATHS = {
    dir: '/run/docker-tls-action/ip-forward',
    sysctl: '/proc/sys/net/ipv4/ip_forward',
};
// $1 dir, $2 sysctl, $3 hold|release|show, $4 instance id. Writes the switch only when it changes:
// each write resets accept_redirects on every interface. Only a hold creates the directory; it stays
// (empty but for the lock) after the last release, because deleting a lock file others may be
// waiting on would let two of them in at once. Files are read and listed by the shell itself: each
// program the script runs is one more process competing with the daemon's boot for the CPU, so a
// hold or a listing runs flock alone (and mkdir and mv the first time).
const SCRIPT = `set -eu
dir=$1 sysctl=$2 action=$3 id=\${4:-}
umask 077
# The first line of a file; fails (as cat would) when it cannot be read.
first() { line=; IFS= read -r line <"$1" || [ -n "$line" ]; }
if [ -L "$dir" ]; then echo "$dir is a symbolic link: refusing to use it" >&2; exit 3; fi
if [ "$action" != hold ] && [ ! -d "$dir" ]; then first "$sysctl"; echo "value=$line"; exit 0; fi
if [ ! -d "$dir/holders" ]; then mkdir -p "$dir/holders"; chmod 700 "$dir"; fi
exec 9>>"$dir/lock"
flock -w 20 9
first "$sysctl"; value=$line
case $action in
hold)
  if [ ! -f "$dir/before" ]; then printf '%s\\n' "$value" >"$dir/before.new"; mv "$dir/before.new" "$dir/before"; fi
  : >"$dir/holders/$id"
  if [ "$value" != 1 ]; then echo 1 >"$sysctl"; fi ;;
release)
  rm -f "$dir/holders/$id"
  left=
  for holder in "$dir"/holders/* "$dir"/holders/.[!.]*; do if [ -e "$holder" ]; then left=1; fi; done
  if [ -z "$left" ] && [ -f "$dir/before" ]; then
    first "$dir/before"; before=$line
    case $before in 0|1|2) if [ "$value" != "$before" ]; then echo "$before" >"$sysctl"; fi ;; esac
    rm -f "$dir/before"
  fi ;;
esac
first "$sysctl"; echo "value=$line"
if [ -f "$dir/before" ]; then first "$dir/before"; echo "before=$line"; fi
for holder in "$dir"/holders/*; do if [ -e "$holder" ]; then echo "holder=\${holder##*/}"; fi; done
`;
const ip_forward_ID = /^[0-9A-Za-z-]{1,64}$/;
function parseForwardingRecord(output) {
    const record = { value: '', holders: [] };
    for (const line of output.split('\n')) {
        const [key, ...rest] = line.trim().split('=');
        const value = rest.join('=');
        if (key === 'value')
            record.value = value;
        else if (key === 'before')
            record.before = value;
        else if (key === 'holder')
            record.holders.push(value);
    }
    record.holders.sort();
    return record;
}
/** What each action does, for its error message. */
const WHAT = {
    hold: 'hold net.ipv4.ip_forward',
    release: 'release net.ipv4.ip_forward',
    show: 'read who holds net.ipv4.ip_forward',
};
async function update(privilege, action, id, paths) {
    if (action !== 'show' && !ip_forward_ID.test(id))
        throw new Error(`Not an instance id: ${JSON.stringify(id)}`);
    const args = ['-c', SCRIPT, 'sh', paths.dir, paths.sysctl, action, id];
    const { stdout } = await runAsRoot(privilege, 'sh', args).catch((error) => {
        // runAsRoot's message quotes the command, here the whole script: what it said is what helps.
        const cause = error.cause;
        const said = saidBy(cause) ?? (cause?.code ? `sh could not run (${cause.code})` : (cause ?? error).message);
        throw new Error(`Could not ${WHAT[action]} (the record in ${paths.dir}): ${said}`, { cause: error });
    });
    return parseForwardingRecord(stdout);
}
/** Turns forwarding on for instance `id`, recording the earlier value when it is the first holder. */
function holdIpForward(privilege, id, paths = DEFAULT_FORWARDING_PATHS) {
    return update(privilege, 'hold', id, paths);
}
/** Drops instance `id`'s hold; the last holder restores the recorded value. Idempotent. */
function releaseIpForward(privilege, id, paths = DEFAULT_FORWARDING_PATHS) {
    return update(privilege, 'release', id, paths);
}
function readIpForwardRecord(privilege, paths = DEFAULT_FORWARDING_PATHS) {
    return update(privilege, 'show', '', paths);
}
/**
 * The instances that hold it. Listed by this process when it is root: every start's sweep asks,
 * while the daemon boots, and the script takes a shell and flock under `timeout`. A listing needs
 * no lock: each release takes it.
 */
async function holdersOf(privilege, paths) {
    if (!rootIsThisProcess(privilege))
        return (await readIpForwardRecord(privilege, paths)).holders;
    const holders = await external_node_fs_.promises.readdir((0,external_node_path_.join)(paths.dir, 'holders')).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    });
    // As the script lists them (holders/*): a hidden file is no instance.
    return holders.filter((name) => !name.startsWith('.')).sort();
}
/** For the crash sweep: releases the hold of every instance `isDead` says is gone; returns their ids. */
async function sweepIpForward(privilege, isDead, paths = DEFAULT_FORWARDING_PATHS) {
    const swept = [];
    for (const id of await holdersOf(privilege, paths)) {
        if (!(await isDead(id)))
            continue;
        await releaseIpForward(privilege, id, paths);
        swept.push(id);
    }
    return swept;
}

;// CONCATENATED MODULE: ./src/host/network/pools.ts



/**
 * Address pools of our own. Each instance gets one block (a /20): its bridge takes the first /24 of
 * it, and `default-address-pools` hands the other fifteen /24s to the networks its dockerd creates
 * (`docker network create`, compose's `<project>_default`, testcontainers' networks). Because the
 * bridge lies inside the block, the routes and addresses of another instance's bridge fall inside
 * that instance's block, and one overlap check against the host's networks keeps two instances
 * apart as well as away from the host's own networks. Fifteen networks at once is more than a CI
 * job holds (Docker's own defaults give 31 to the whole machine); a /24 keeps the 254 addresses per
 * network that users expect.
 *
 * Blocks are taken from ranges nobody hands out by default: 10.213.0.0/16 (outside Docker's pools,
 * the 10.1.0.0/16 of GitHub's Azure runners, Kubernetes' 10.42/10.43/10.96-111/10.244 and
 * Podman's 10.88) and, when a VPN or a corporate route covers that, 198.18.0.0/15 (reserved for
 * benchmarks, RFC 2544: never on the internet and rarely on a LAN).
 */
const BLOCK_BITS = 20;
const NETWORK_BITS = 24;
const OUR_RANGES = ['10.213.0.0/16', '198.18.0.0/15'];
/** Docker's default `default-address-pools`, which the runner's own daemon draws from. */
const DOCKER_DEFAULT_POOLS = [
    ...Array.from({ length: 15 }, (_, index) => `172.${17 + index}.0.0/16`),
    '192.168.0.0/16',
];
/** The block minus its first /24, as pools of /24 networks: the buddies /24, /23, /22, /21. */
function poolsAfterBridge(block) {
    const pools = [];
    for (let bits = NETWORK_BITS; bits > BLOCK_BITS; bits -= 1) {
        pools.push({ base: ipv4_formatCidr(subnetAt(block, bits, 1)), size: NETWORK_BITS });
    }
    return pools;
}
function planForBlock(block) {
    const bridge = subnetAt(block, NETWORK_BITS, 0);
    const gateway = formatAddress(bridge.base + 1);
    return {
        block: ipv4_formatCidr(block),
        bridgeSubnet: ipv4_formatCidr(bridge),
        gateway,
        gatewayCidr: `${gateway}/${NETWORK_BITS}`,
        defaultAddressPools: poolsAfterBridge(block),
    };
}
function mustParse(cidr) {
    const net = ipv4_parseCidr(cidr);
    if (!net)
        throw new Error(`Not an IPv4 network: ${cidr}`);
    return net;
}
/** Candidate blocks in order: each range from a point derived from the id, so that two instances
 * planning at the same moment rarely even try the same block. */
function candidates(instanceId, ranges) {
    const start = parseInt(instanceId.slice(0, 4), 16) || 0;
    return ranges.flatMap((cidr) => {
        const range = mustParse(cidr);
        const count = 2 ** Math.max(0, BLOCK_BITS - range.bits);
        return Array.from({ length: count }, (_, step) => subnetAt(range, BLOCK_BITS, (start + step) % count));
    });
}
/**
 * Picks a block for `instanceId` that overlaps none of `hostNetworks` (the host's routes in every
 * table and its addresses: readHostNetworks) and none of Docker's default pools.
 */
function planAddresses(instanceId, hostNetworks, options = {}) {
    const ranges = options.ranges ?? OUR_RANGES;
    const taken = [
        ...hostNetworks.map((host) => host.net),
        ...DOCKER_DEFAULT_POOLS.map(mustParse),
        ...(options.exclude ?? []).map(mustParse),
    ];
    const block = candidates(instanceId, ranges).find((candidate) => !taken.some((net) => ipv4_overlaps(net, candidate)));
    if (block)
        return planForBlock(block);
    throw exhausted(ranges, hostNetworks);
}
function exhausted(ranges, hostNetworks) {
    const occupants = hostNetworks
        .filter((host) => ranges.some((range) => ipv4_overlaps(host.net, mustParse(range))))
        .map((host) => `${ipv4_formatCidr(host.net)}${host.device ? ` on ${host.device}` : ''}`);
    const unique = [...new Set(occupants)];
    const shown = unique.slice(0, 8).join(', ') + (unique.length > 8 ? `, and ${unique.length - 8} more` : '');
    return new errors/* DockerTlsError */.iw(`No free /${BLOCK_BITS} block is left for the daemon's networks in ${ranges.join(' or ')}: ` +
        `the host's routes and addresses occupy them${shown ? ` (${shown})` : ''}.`, 'Remove the networks there that are leftovers (`ip link delete <bridge>`, `ip route del <network>`; ' +
        `bridges ${INSTANCE_PREFIX}* and br-* of a dead daemon), or disconnect the VPN that routes these ranges.`);
}
/**
 * Networks inside the plan's block that are not on `ownBridge`: another instance that planned at the
 * same moment took the same block. Check after creating the bridge; when this is not empty, delete
 * the bridge and plan again with the block in `exclude`.
 */
function foreignOccupants(plan, hostNetworks, ownBridge) {
    const block = mustParse(plan.block);
    return hostNetworks.filter((host) => ipv4_overlaps(host.net, block) && host.device !== ownBridge);
}

;// CONCATENATED MODULE: ./src/engines/dockerd/network-bridges.ts





/** Where a bridge network's own bridge name is, among its driver options. */
const BRIDGE_NAME_OPTION = 'com.docker.network.bridge.name';
/** How dockerd names the bridge of a network it creates: br- and the first 12 hex digits of its id. */
const DOCKERD_BRIDGE = /^br-[0-9a-f]{12}$/;
/** The bridge networks of a GET /networks answer, with the device each one's bridge is. */
function network_bridges_bridgeNetworks(list) {
    return list
        .filter((network) => network.Driver === 'bridge')
        .map((network) => ({
        name: network.Name,
        bridge: network.Options?.[BRIDGE_NAME_OPTION] || `br-${network.Id.slice(0, 12)}`,
        subnets: (network.IPAM?.Config ?? []).map((config) => config.Subnet ?? '').filter(Boolean),
    }));
}
/**
 * The networks our firewall lets no traffic through for: our chains accept what comes from our own
 * bridge or a `br-<12 hex>` one, with a source in our block (host/network/firewall-rules.ts). A
 * network with an IPv4 subnet outside the block, or a bridge name of its own, is not one of them.
 */
function network_bridges_outsideOurRules(networks, block, ownBridge) {
    const ours = ipv4_parseCidr(block);
    if (!ours)
        return [];
    return networks.filter((network) => {
        if (network.bridge === ownBridge)
            return false;
        const outside = network.subnets.map(ipv4_parseCidr).some((net) => net !== undefined && !ipv4_contains(ours, net));
        return outside || !DOCKERD_BRIDGE.test(network.bridge);
    });
}
/**
 * What the post step says of such networks that the network watch did not open (network-watch.ts):
 * what went wrong in the job, why, and how to avoid it.
 */
function outsideOurRulesWarning(networks, block, watchSaid = []) {
    const each = networks.map((network) => `${network.name} (${[...network.subnets, network.bridge].join(', ')})`);
    const why = watchSaid.length > 0 ? ` The network watch logged: ${watchSaid.join('; ')}.` : '';
    return (`The network(s) ${each.join('; ')} lay outside this daemon's firewall rules, which let through the ` +
        `br-* bridges of its address block ${block} and the networks the network watch opened: where the ` +
        'FORWARD policy is DROP (as on GitHub-hosted runners) their containers reached neither each other nor ' +
        `other networks.${why} The watch opens a network whose bridge this daemon made and whose subnet ` +
        "overlaps none of the machine's networks: give a network a bridge name no device of the machine has " +
        'and a subnet of its own that is free, or leave both to the daemon.');
}
/**
 * A client of our running dockerd that it answers: through its unix socket, else (a user outside
 * its socket's group) through its mTLS endpoint with the client's files. Undefined when neither does.
 */
async function reachOurDaemon(daemon, timeoutMs) {
    const { socket, dockerHost, certPath } = daemon;
    const endpoints = [
        ...(socket ? [() => parseEngineEndpoint(`unix://${socket}`)] : []),
        ...(dockerHost && certPath ? [() => endpointWithCertPath(dockerHost, certPath)] : []),
    ];
    for (const endpoint of endpoints) {
        try {
            const client = new EngineClient(await endpoint(), timeoutMs);
            await client.ping();
            return client;
        }
        catch {
            // Not this way (no access to the socket, a daemon that stopped): the next, if any.
        }
    }
    return undefined;
}
/** The bridge networks of our running dockerd; undefined when it does not answer. */
async function askDaemonNetworks(state, timeoutMs = 3000) {
    const where = { socket: state.socket, dockerHost: state.dockerHost, certPath: state.environment?.DOCKER_CERT_PATH };
    const client = await reachOurDaemon(where, timeoutMs);
    return client?.networks().then(network_bridges_bridgeNetworks, () => undefined);
}
async function ifindexOf(device) {
    const text = await external_node_fs_.promises.readFile((0,external_node_path_.join)('/sys/class/net', device, 'ifindex'), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : Number(text.trim());
}
/**
 * Of `bridges`, those that are still bridges and were made after `own`, our own bridge: interface
 * indexes only grow, so a device of the machine's that a network of ours merely took as its bridge
 * (an existing name given as its bridge name) is never among them.
 */
async function bridgesMadeAfter(bridges, own) {
    const ownIndex = await ifindexOf(own);
    if (ownIndex === undefined)
        return [];
    const made = [];
    for (const bridge of new Set(bridges)) {
        if (bridge === own || !(await external_node_fs_.promises.stat((0,external_node_path_.join)('/sys/class/net', bridge, 'bridge')).catch(() => undefined)))
            continue;
        if (((await ifindexOf(bridge)) ?? 0) > ownIndex)
            made.push(bridge);
    }
    return made;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/networking.ts








/** Another instance may plan the same block at the same moment: after that many clashes, give up. */
const PLAN_ATTEMPTS = 4;
/** Plans a block, creates our bridge on it, and plans again if another instance took the block too. */
async function createOurBridge(run, privilege) {
    const exclude = [];
    for (let attempt = 1;; attempt += 1) {
        const plan = planAddresses(run.id, await readHostNetworks(privilege), { exclude });
        run.saveProgress({ bridge: run.marker, addressBlock: plan.block });
        const withOurs = await createBridge(privilege, {
            name: run.marker,
            gatewayCidr: plan.gatewayCidr,
            subnet: plan.bridgeSubnet,
        });
        const rivals = foreignOccupants(plan, withOurs, run.marker);
        if (rivals.length === 0 || attempt === PLAN_ATTEMPTS)
            return plan;
        run.logger.debug(`${plan.block} is taken by ${rivals.map((rival) => rival.device ?? '?').join(', ')}; planning again`);
        await deleteBridge(privilege, run.marker);
        exclude.push(plan.block);
    }
}
/**
 * Our chains, then ip_forward when containers go out; a firewall that cannot be changed is a warning.
 * `survey`: the crash sweep's, when it changed nothing (the backend is chosen from it).
 */
async function openFirewall(run, privilege, plan, survey) {
    const outbound = run.options.outbound;
    run.saveProgress({ firewall: true });
    const spec = { id: run.id, block: plan.block, bridge: run.marker, outbound };
    const result = await applyFirewall(privilege, spec, survey);
    if (!result.applied)
        run.logger.warning(`${result.warning} ${result.hint}`);
    else
        run.saveProgress({ firewallBackend: result.backend });
    for (const warning of result.applied ? result.warnings : [])
        run.logger.warning(warning);
    if (outbound) {
        run.saveProgress({ ipForwardHeld: true });
        const record = await holdIpForward(privilege, run.id);
        run.logger.debug(`net.ipv4.ip_forward is ${record.value} (${record.before ?? '?'} before our first instance)`);
    }
    if (!result.applied)
        return undefined;
    return { spec, backend: result.backend, antiSpoof: result.chains.includes(chainNames(run.id).raw) };
}
/** Undoes openFirewall: our chains and hooks, then our hold of ip_forward. */
async function closeFirewall(privilege, state) {
    if (state.firewall || state.firewallBackend)
        await removeFirewall(privilege, state.id, state.firewallBackend);
    if (state.ipForwardHeld)
        await releaseIpForward(privilege, state.id);
}
/** The block a bridge of ours lies in, from its address: our bridge takes the first /24 of its block. */
function blockOfBridge(hostNetworks, bridge) {
    const address = hostNetworks.find((host) => host.device === bridge && host.net.bits <= 24);
    if (!address)
        return undefined;
    const mask = (0xffffffff << (32 - BLOCK_BITS)) >>> 0;
    return ipv4_formatCidr({ base: (address.net.base & mask) >>> 0, bits: BLOCK_BITS });
}
/**
 * The bridges (br-<network id>) of the networks our dockerd created: dockerd keeps them, with their
 * addresses and routes, after it stops. Only bridges named as dockerd names them (br- and 12 hex
 * digits of the network's id) whose networks lie inside our block are ours; and when our own bridge
 * still stands, the block must be the one it lies in (`bridge`), not merely what a state says.
 */
async function removeUserBridges(privilege, block, bridge) {
    const ours = ipv4_parseCidr(block);
    if (!ours)
        return [];
    const networks = await readHostNetworks(privilege);
    const actual = bridge === undefined ? undefined : blockOfBridge(networks, bridge);
    if (actual !== undefined && actual !== block) {
        throw new Error(`${bridge} lies in ${actual}, not in ${block}: the bridges of ${block} are not ours`);
    }
    const devices = networks
        .filter((host) => DOCKERD_BRIDGE.test(host.device ?? '') && ipv4_contains(ours, host.net))
        .map((host) => host.device);
    const unique = [...new Set(devices)];
    for (const device of unique)
        await runAsRoot(privilege, 'ip', ['link', 'delete', 'dev', device]);
    return unique;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/engines/dockerd/network-watch.ts



// Our dockerd runs with iptables off, and our chains let through the `br-*` bridges of our block
// (host/network/firewall-rules.ts). A network with a subnet of the user's choosing (`--subnet`,
// compose's `ipam`) or a bridge name of its own lies outside those rules: where FORWARD drops (as on
// GitHub-hosted runners) its containers reach neither each other nor anything else. The network
// watch follows our dockerd's network events and opens each such network in our chains, by its
// exact bridge and subnets, while it exists. It ends with the event stream, when dockerd stops.
/** The lines the watch logs for a network it opened and closed again; post reads them (networksOpened). */
const OPENED = 'opened';
const CLOSED = 'closed';
/**
 * Why `network` is not opened, or undefined when it may be: a bridge our dockerd did not make (an
 * existing device given as its bridge name: the runner's docker0, say) or a subnet that overlaps a
 * network of the machine would open traffic that is not ours.
 */
function reasonNotToOpen(network, hostNetworks, madeAfterOurs) {
    if (!madeAfterOurs)
        return `its bridge ${network.bridge} was not made by this daemon`;
    if (network.subnets.length === 0)
        return 'it has no IPv4 subnet';
    for (const subnet of network.subnets) {
        const net = parseCidr(subnet);
        const clash = hostNetworks.find((host) => host.device !== network.bridge && overlaps(host.net, net));
        if (clash)
            return `its subnet ${subnet} overlaps ${formatCidr(clash.net)} on ${clash.device ?? '?'}`;
    }
    return undefined;
}
/** A network's IPv4 subnets, written as formatCidr writes them (IPv6 ones are left out: no ip6tables). */
function withIpv4Subnets(network) {
    const subnets = network.subnets.map(parseCidr).flatMap((net) => (net ? [formatCidr(net)] : []));
    return { ...network, subnets };
}
/**
 * Opens each network outside our rules that exists or is created, closes it when it is destroyed,
 * and resolves when the daemon's event stream ends. One network at a time, in the order of events.
 */
async function watchNetworks(spec, ports) {
    const opened = new Map();
    let queue = Promise.resolve();
    const enqueue = (work) => {
        queue = queue.then(work).catch((error) => ports.log(`error: ${error.message}`));
    };
    const open = async (info) => {
        if (!info || opened.has(info.Id))
            return;
        const network = bridgeNetworks([info]).map(withIpv4Subnets)[0];
        const { block, bridge } = spec.firewall;
        if (!network || outsideOurRules([network], block, bridge).length === 0)
            return;
        const why = reasonNotToOpen(network, await ports.hostNetworks(), await ports.madeAfterOurs(network.bridge));
        if (why)
            return ports.log(`left ${network.name} closed: ${why}`);
        try {
            const commands = networkRules(spec.firewall, network, spec.antiSpoof);
            await ports.apply(commands);
            opened.set(info.Id, { name: network.name, bridge: network.bridge, commands });
            ports.log(`${OPENED} ${network.name} ${network.bridge} ${network.subnets.join(' ')}`);
        }
        catch (error) {
            ports.log(`error: could not open ${network.name}: ${error.message}`);
        }
    };
    const close = async (id) => {
        const network = opened.get(id);
        if (!network)
            return;
        opened.delete(id);
        await ports.apply(deletionOf(network.commands));
        ports.log(`${CLOSED} ${network.name} ${network.bridge}`);
    };
    const onEvent = (event) => enqueue(async () => event.Action === 'create' ? open(await ports.inspect(event.Actor.ID)) : close(event.Actor.ID));
    // The networks made before the stream listened: listed once it does, so that none is missed.
    const onOpen = () => enqueue(async () => {
        for (const info of await ports.networks())
            await open(info);
    });
    await ports.events(onEvent, onOpen);
    await queue;
}
/** The bridges a watch's log says are open: opened, and not closed since. */
function networksOpened(log) {
    const open = new Set();
    for (const [, what, bridge] of log.matchAll(new RegExp(`^(${OPENED}|${CLOSED}) \\S+ (\\S+)`, 'gm'))) {
        if (what === OPENED)
            open.add(bridge);
        else
            open.delete(bridge);
    }
    return [...open];
}

;// CONCATENATED MODULE: ./src/engines/dockerd/network-watch-process.ts







// The network watch (network-watch.ts) as a process of its own: it must follow dockerd's events for
// as long as dockerd runs, past the step that started it. It runs as this user, not as root: its
// code lies where the job's user may write (the action's checkout), so root runs only the trusted
// iptables-restore it calls through sudo for each network.
/** The option that names a watch's configuration, and by it the process as the instance's. */
const WATCH_CONFIG_OPTION = '--watch-config';
const WATCH_CONFIG_FILE = 'network-watch.json';
/** A niceness of its own: see startNetworkWatch. */
const WATCH_NICENESS = 10;
function networkWatchPaths(workDir) {
    return { config: (0,external_node_path_.join)(workDir, WATCH_CONFIG_FILE), log: (0,external_node_path_.join)(workDir, 'network-watch.log') };
}
/**
 * The watch's module: beside this one in the sources (run with tsx), `dist/network-watch/index.js`
 * from a bundle. Spelled at run time, so that the bundler does not take it for an asset of its own.
 */
function watchCommand() {
    const here = import.meta.url;
    if (here.endsWith('.ts')) {
        return ['--import', import.meta.resolve('tsx'), (0,external_node_url_.fileURLToPath)(new URL('./network-watch-main.ts', here))];
    }
    return [(0,external_node_url_.fileURLToPath)(new URL(['..', 'network-watch', 'index.js'].join('/'), here))];
}
/** Starts the watch beside our running dockerd; it ends by itself when dockerd stops. */
async function startNetworkWatch(workDir, config) {
    const paths = networkWatchPaths(workDir);
    await files_writeFileAtomic(paths.config, JSON.stringify(config) + '\n', 0o600);
    const fd = (0,external_node_fs_.openSync)(paths.log, 'a', 0o600);
    try {
        const command = [...watchCommand(), WATCH_CONFIG_OPTION, paths.config];
        // The job's environment holds its inputs and whatever else a step exported: the watch needs none
        // of it, only where programs are.
        const env = { PATH: process.env.PATH ?? '' };
        const child = (0,external_node_child_process_.spawn)(process.execPath, command, { detached: true, stdio: ['ignore', fd, fd], env });
        child.on('error', () => undefined);
        child.unref();
        // Its node start takes the CPU the start's last steps (the refusal proof, the outputs) want:
        // it yields to them, and has the machine once the step has ended, long before a later step
        // makes a network.
        try {
            if (child.pid !== undefined)
                (0,external_node_os_.setPriority)(child.pid, WATCH_NICENESS);
        }
        catch {
            // Gone already (its log says why), or a system that refuses: it runs at ours.
        }
        return child.pid;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The bridges the instance's watch opened, and the problems it logged, from its log. */
async function networkWatchReport(workDir) {
    const log = await external_node_fs_.promises.readFile(networkWatchPaths(workDir).log, 'utf8').catch(() => '');
    const problems = log.split('\n').filter((line) => /^(error:|left )/.test(line));
    return { opened: networksOpened(log), problems };
}

;// CONCATENATED MODULE: ./src/engines/dockerd/paths.ts


/**
 * exec-root holds containerd's sockets, whose paths must stay under the 108-byte limit of sun_path:
 * a short path in /run, or /tmp where there is no /run, rather than one under a deep RUNNER_TEMP.
 * The crash sweep looks in both.
 */
const EXEC_ROOT_PARENTS = ['/run', '/tmp'];
async function dockerdPaths(workDir, marker) {
    const parent = (await isDir(EXEC_ROOT_PARENTS[0])) ? EXEC_ROOT_PARENTS[0] : EXEC_ROOT_PARENTS[1];
    return dockerdPathsIn(workDir, (0,external_node_path_.join)(parent, marker));
}
/** The paths for a work directory and an exec-root: also what a saved state must name. */
function dockerdPathsIn(workDir, execRoot) {
    return {
        execRoot,
        dataRoot: (0,external_node_path_.join)(workDir, 'data'),
        pidFile: (0,external_node_path_.join)(workDir, 'docker.pid'),
        logFile: (0,external_node_path_.join)(workDir, 'docker.log'),
        socket: (0,external_node_path_.join)(workDir, 'docker.sock'),
        config: (0,external_node_path_.join)(workDir, 'daemon.json'),
    };
}
async function isDir(path) {
    return (await external_node_fs_.promises.stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/process-selection.ts


/** The value after `flag` (`flag value` or `flag=value`), undefined when absent. */
function argumentOf(argv, flag) {
    for (let index = 0; index < argv.length; index += 1) {
        if (argv[index] === flag)
            return argv[index + 1];
        if (argv[index].startsWith(`${flag}=`))
            return argv[index].slice(flag.length + 1);
    }
    return undefined;
}
/** Whether `path` is `<work dir>/<name>` of the instance: exactly, or by the work dir's name form. */
function isFileOfWorkDir(path, name, identity) {
    if (path === undefined || (0,external_node_path_.basename)(path) !== name)
        return false;
    if (identity.workDir !== undefined)
        return path === (0,external_node_path_.join)(identity.workDir, name);
    return (0,external_node_path_.basename)((0,external_node_path_.dirname)(path)) === identity.marker;
}
/** dockerd (or sudo in front of it) on the instance's daemon.json. */
function isInstanceDaemon(argv, identity) {
    return isFileOfWorkDir(argumentOf(argv, '--config-file'), 'daemon.json', identity);
}
/** The instance's network watch (network-watch-process.ts), a node process of the job's user. */
function isNetworkWatch(argv, identity) {
    return isFileOfWorkDir(argumentOf(argv, WATCH_CONFIG_OPTION), WATCH_CONFIG_FILE, identity);
}
function isInstanceProcess(argv, identity) {
    if (isInstanceDaemon(argv, identity))
        return true;
    if (isFileOfWorkDir(argumentOf(argv, '--config'), 'containerd.toml', identity))
        return true;
    if (isNetworkWatch(argv, identity))
        return true;
    const namespace = argumentOf(argv, '-namespace');
    const address = argumentOf(argv, '-address');
    return ((namespace === identity.marker || namespace === `${identity.marker}-plugins`) &&
        identity.execRoots.some((root) => address === (0,external_node_path_.join)(root, 'containerd', 'containerd.sock')));
}
/** The instance's processes and all of their descendants; never `self` or an ancestor of it. */
function processesOfInstance(all, identity, self = process.pid) {
    const selected = new Set(all.filter((info) => isInstanceProcess(info.argv, identity)).map((info) => info.pid));
    let grew = true;
    while (grew) {
        grew = false;
        for (const info of all) {
            if (!selected.has(info.pid) && selected.has(info.ppid)) {
                selected.add(info.pid);
                grew = true;
            }
        }
    }
    const protectedPids = ancestorsOf(all, self);
    return all.filter((info) => selected.has(info.pid) && !protectedPids.has(info.pid));
}
/** `self` and its ancestors: a CLI invoked with our paths in its arguments must not kill itself. */
function ancestorsOf(all, self = process.pid) {
    const byPid = new Map(all.map((info) => [info.pid, info]));
    const result = new Set([self]);
    let current = byPid.get(self);
    while (current && current.ppid > 0 && !result.has(current.ppid)) {
        result.add(current.ppid);
        current = byPid.get(current.ppid);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/leftover-files.ts






/**
 * Files our daemon leaves outside its own directories. dockerd 20.10 writes its trust key to
 * /etc/docker/key.json when there is none (making /etc/docker too); containerd's shims listen on
 * sockets in /run/containerd/s, whatever the state directory, and a shim that is killed leaves its
 * socket there. Only what our instance made is removed: the key by the device and inode it had once
 * our daemon ran, the sockets by the name our own shims' arguments give.
 */
const TRUST_KEY = '/etc/docker/key.json';
const SHIM_SOCKET_DIR = '/run/containerd/s';
async function trustKeyBefore(path = TRUST_KEY) {
    const [key, dir] = await Promise.all([identityOf(path), identityOf((0,external_node_path_.dirname)(path))]);
    return { existed: key !== undefined, dirExisted: dir !== undefined };
}
/** Once our daemon runs: the key it wrote, if there was none before. */
async function trustKeyWritten(before, path = TRUST_KEY) {
    if (before.existed)
        return {};
    const identity = await identityOf(path);
    return identity ? { trustKey: identity, trustKeyDirMade: !before.dirExisted } : {};
}
/** Removes the key our daemon wrote, while it is still that file, and /etc/docker if we made it and it is empty. */
async function removeTrustKey(privilege, record, path = TRUST_KEY) {
    if (!record.trustKey || !(await isSameFile(path, record.trustKey)))
        return [];
    await removeFile(privilege, path);
    const removed = [path];
    if (record.trustKeyDirMade && (await rmdirAsRoot(privilege, (0,external_node_path_.dirname)(path))))
        removed.push((0,external_node_path_.dirname)(path));
    return removed;
}
/**
 * The socket a containerd shim listens on, from its arguments: containerd names it after the
 * SHA-256 of `<containerd address>/<namespace>/<id>` in /run/containerd/s.
 */
function shimSocketOf(argv, dir = SHIM_SOCKET_DIR) {
    const [address, namespace, id] = ['-address', '-namespace', '-id'].map((flag) => argumentOf(argv, flag));
    if (!address || !namespace || !id)
        return undefined;
    return (0,external_node_path_.join)(dir, (0,external_node_crypto_.createHash)('sha256')
        .update((0,external_node_path_.join)(address, namespace, id))
        .digest('hex'));
}
/** Removes the sockets of our shims (gone by now, given by their arguments) still there; returns those removed. */
async function removeShimSockets(privilege, shims, dir = SHIM_SOCKET_DIR) {
    const removed = [];
    for (const socket of new Set(shims.map((argv) => shimSocketOf(argv, dir)))) {
        if (!socket || !(await external_node_fs_.promises.lstat(socket).catch(() => undefined))?.isSocket())
            continue;
        await removeFile(privilege, socket);
        removed.push(socket);
    }
    return removed;
}
async function removeFile(privilege, path) {
    if (privilege.viaSudo)
        await runAsRoot(privilege, 'rm', ['-f', path]);
    else
        await external_node_fs_.promises.rm(path, { force: true });
}
async function rmdirAsRoot(privilege, dir) {
    const removing = privilege.viaSudo ? runAsRoot(privilege, 'rmdir', [dir]) : external_node_fs_.promises.rmdir(dir);
    return removing.then(() => true, () => false);
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/host/instance-presence.ts





/** How long a loopback connection may take before the answer counts as "something is there". */
const CONNECT_TIMEOUT_MS = 1_000;
/**
 * Whether the instance `id`, whose daemon was at `dockerHost`, provably left nothing running: no
 * bridge of its name, nothing listening at its endpoint (a loopback address that refuses the
 * connection), and no process whose command line names it. Anything less, or a question that cannot
 * be answered (an endpoint that is not loopback, a timeout), says it may still be there: what is
 * kept by mistake is a leftover, what is removed by mistake breaks someone's job.
 *
 * A live instance makes its docker context after its daemon's process (or container) exists, and
 * its bridge before that: one caught between the two is never taken for gone.
 */
async function instanceIsGone(id, dockerHost) {
    if (!(await loopbackRefuses(dockerHost)))
        return false;
    const cmdlines = async () => (await listProcesses()).map((info) => info.cmdline);
    return nothingNames(id, new Set(await instancesWithBridges()), cmdlines);
}
/**
 * No bridge of the instance's name (`bridges`: the ids of those there are) and no process whose
 * command line names it. The processes are asked for only when there is no such bridge.
 */
async function nothingNames(id, bridges, cmdlines) {
    const marker = naming_markerOf(id);
    return !bridges.has(id) && !(await cmdlines()).some((cmdline) => cmdline.includes(marker));
}
/** True only when `tcp://HOST:PORT` names a loopback address and the connection is refused. */
async function loopbackRefuses(dockerHost) {
    const match = /^tcp:\/\/(?:\[([^\]]+)\]|([^:/]+)):(\d+)$/.exec(dockerHost);
    if (!match)
        return false;
    const host = match[1] ?? match[2];
    if ((0,san/* parseIpAddress */.D_)(host)?.range() !== 'loopback')
        return false;
    return new Promise((resolve) => {
        const socket = (0,external_node_net_.connect)({ host, port: Number(match[3]) });
        const settle = (refused) => {
            socket.destroy();
            resolve(refused);
        };
        socket.setTimeout(CONNECT_TIMEOUT_MS, () => settle(false));
        socket.once('connect', () => settle(false));
        socket.once('error', (error) => settle(error.code === 'ECONNREFUSED'));
    });
}

;// CONCATENATED MODULE: ./src/host/docker-context.ts









/**
 * A docker context for clients that do not read DOCKER_HOST/DOCKER_CERT_PATH (buildx refuses TLS
 * from the environment). Created with the docker CLI as the invoking user, never through sudo:
 * contexts live in that user's $DOCKER_CONFIG (~/.docker). The current context is never switched.
 */
const MAX_SUFFIX = 100;
/** The marker ends at the colon: instance "ab" must not claim instance "abc"'s context. */
const isOurs = (description, marker) => description.startsWith(`${marker}:`);
const descriptionFor = (marker, dockerHost) => `${marker}: mutual TLS to ${dockerHost}, removed when the job ends`;
/** The instance and endpoint a description made by `descriptionFor` names; undefined for any other. */
function instanceOfDescription(description) {
    const match = /^(.*): mutual TLS to (\S+), removed when the job ends$/.exec(description);
    const id = match?.[1].slice(naming_contextMarker('').length);
    return match && id && naming_contextMarker(id) === match[1] && naming_isInstanceId(id) ? { id, dockerHost: match[2] } : undefined;
}
/**
 * The instance whose leftover the context `name` is: one of ours that ended without its post step
 * (a self-hosted runner killed mid-job): the crash sweep finds instances by their bridge, and one
 * that left only its context (a rootless or dind instance, or a bridge already swept) would keep
 * its name taken for ever. Asked only when the name is wanted, so a start pays nothing for it.
 * A context younger than the longest start may belong to an instance still starting, whose daemon
 * does not listen yet (a dind container's has no process that names it): it is kept.
 */
async function leftoverOf(name, description, options) {
    const owner = instanceOfDescription(description);
    if (!owner)
        return undefined;
    const age = await contextAgeMs(name, options.env ?? process.env);
    if (age === undefined || age < STARTUP_TIMEOUT_BOUNDS.maxMs)
        return undefined;
    return (await (options.instanceIsGone ?? instanceIsGone)(owner.id, owner.dockerHost)) ? owner.id : undefined;
}
/** Where the docker CLI keeps the context `name`'s metadata: $DOCKER_CONFIG/contexts/meta/<SHA-256 of the name>/. */
function contextMetaFile(name, env) {
    const config = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    return (0,external_node_path_.join)(config, 'contexts', 'meta', (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex'), 'meta.json');
}
/**
 * How long ago the context `name` was made: the age of its metadata file. Undefined when it is not
 * there (another store layout): the context is then never taken for a leftover.
 */
async function contextAgeMs(name, env) {
    const stat = await external_node_fs_.promises.stat(contextMetaFile(name, env)).catch(() => undefined);
    return stat && Date.now() - stat.mtimeMs;
}
async function docker(args, options) {
    try {
        const env = (options.env ?? process.env);
        const { stdout } = await runProgram(options.docker ?? 'docker', args, { env, timeoutMs: 30_000 });
        return stdout;
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* DockerTlsError */.iw('The docker CLI is not installed, so no docker context can be made.', 'Install the docker CLI, or set the context input to "none".', { cause: error });
        }
        throw new errors/* DockerTlsError */.iw(`docker ${args.slice(0, 2).join(' ')} failed: ${(error instanceof CommandError ? error.stderr : error.message).trim()}`, undefined, {
            cause: error,
        });
    }
}
/** The contexts in the store, by name, with their descriptions. */
async function listContexts(options = {}) {
    const stdout = await docker(['context', 'ls', '--format', '{{json .}}'], options);
    const contexts = new Map();
    for (const line of stdout.split('\n').filter((text) => text.trim() !== '')) {
        const entry = JSON.parse(line);
        contexts.set(entry.Name, entry.Description ?? '');
    }
    return contexts;
}
/** docker reads --docker as one CSV record: quote a field that holds a comma or a quote. */
function csvField(field) {
    return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
function docker_context_candidates(base) {
    return [base, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, index) => `${base}-${index + 2}`)];
}
/**
 * Creates the context under `base`, or `base-2`, `-3`, … when that name is taken by a context that
 * is not this instance's. One of this instance's own (a re-run), or a leftover of an instance that
 * is gone, is replaced.
 */
async function createDockerContext(base, instanceId, endpoint, options = {}) {
    const marker = naming_contextMarker(instanceId);
    const description = descriptionFor(marker, endpoint.dockerHost);
    const dockerEndpoint = [
        `host=${endpoint.dockerHost}`,
        `ca=${endpoint.caPath}`,
        `cert=${endpoint.certPath}`,
        `key=${endpoint.keyPath}`,
    ]
        .map(csvField)
        .join(',');
    const create = async (name) => {
        try {
            await docker(['context', 'create', name, '--description', description, '--docker', dockerEndpoint], options);
            return true;
        }
        catch (error) {
            if (/already exists/i.test(error.message))
                return false;
            throw error;
        }
    };
    // The usual case, a free name, in one docker process: the listing (another, tens of milliseconds
    // of CPU while the daemon boots) only once the name turns out to be taken.
    if (await create(base))
        return { name: base, marker };
    const existing = await listContexts(options);
    for (const name of docker_context_candidates(base)) {
        const taken = existing.get(name);
        const someoneElses = taken !== undefined && !isOurs(taken, marker);
        const leftover = someoneElses ? await leftoverOf(name, taken, options) : undefined;
        if (someoneElses && !leftover)
            continue;
        // A removal that fails (another start removed that leftover first) leaves the name to `create`.
        if (taken !== undefined)
            await docker(['context', 'rm', '--force', name], options).catch(() => undefined);
        // False: another instance took the name between the listing and now; try the next one.
        if (!(await create(name)))
            continue;
        return leftover ? { name, marker, replacedLeftoverOf: leftover } : { name, marker };
    }
    throw new errors/* DockerTlsError */.iw(`Every context name from ${base} to ${base}-${MAX_SUFFIX} is taken.`, 'Remove unused contexts (docker context ls, docker context rm NAME) or choose another name with the context input.');
}
/**
 * Removes a context this instance made. A context of that name that no longer carries our marker
 * (removed and made again by someone else) is left alone. Never throws: returns what happened.
 */
async function removeDockerContext(context, options = {}) {
    try {
        const description = (await listContexts(options)).get(context.name);
        if (description === undefined)
            return { removed: false, detail: `context ${context.name} is already gone` };
        if (!isOurs(description, context.marker)) {
            return { removed: false, detail: `context ${context.name} is not ours any more; left in place` };
        }
        await docker(['context', 'rm', '--force', context.name], options);
        return { removed: true, detail: `removed docker context ${context.name}` };
    }
    catch (error) {
        return { removed: false, detail: `could not remove docker context ${context.name}: ${error.message}` };
    }
}
/** The docker CLI is not installed: there are no contexts to make or remove. */
const cliMissing = (error) => error instanceof errors/* DockerTlsError */.iw && error.cause?.code === 'ENOENT';
/** Removes every context whose description carries `marker`. Never throws: says what it did. */
async function removeContextsMarked(marker, options = {}) {
    let names;
    try {
        const contexts = await listContexts(options);
        names = [...contexts].filter(([, description]) => isOurs(description, marker)).map(([name]) => name);
    }
    catch (error) {
        return cliMissing(error) ? [] : [`could not list docker contexts: ${error.message}`];
    }
    const details = [];
    for (const name of names)
        details.push((await removeDockerContext({ name, marker }, options)).detail);
    return details;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/sweep.ts

















// Leftovers of earlier runs that ended without their post step (a self-hosted runner killed mid-job,
// a machine that lost power): containerd, shims and containers of a dead dockerd, their mounts, the
// bridge and the exec-root. Each bridge carries an owner label (the process that made it or is
// tearing it down); an instance is swept only when it provably belongs to no live process:
//  - its bridge has our label, written in this pid namespace, naming a process that is gone, and
//  - no live process runs dockerd (or sudo or a wrapper in front of it) with its daemon.json.
// A bridge without our label (made by hand, by an older version, or in the instant between its
// creation and its labelling) is left alone. The work directory under the dead run's RUNNER_TEMP is
// left to the runner, which empties RUNNER_TEMP for each job.
// Firewall chains (DTLS-<id>-*) and ip_forward holds belong to a dead instance when its bridge is
// gone and no process names it: a live instance makes its bridge before them and removes it after.
/** Why the instance `id` may not be swept; undefined when it provably belongs to nobody. */
async function reasonToKeep(id, processes) {
    const owner = await ownerOf(naming_markerOf(id));
    if (!owner)
        return 'it carries no owner label of ours';
    if (owner.pidNamespace !== (await pidNamespace()))
        return 'its owner ran in another pid namespace';
    if ((await isAlive(owner.pid)) && (await startTimeOf(owner.pid)) === owner.start) {
        return `its owner (pid ${owner.pid}) runs`;
    }
    if (processes.some((info) => isInstanceDaemon(info.argv, sweep_identityOf(id))))
        return 'its dockerd runs';
    return undefined;
}
/**
 * Removes what crashed runs left and logs each instance it removed. Never throws: a problem is logged
 * and the new run goes on, as leftovers never stop it (they have other names, ports and subnets).
 * Bridges and processes first, awaited: planning needs the subnets they free. The firewall chains and
 * ip_forward holds of dead instances are swept each time the caller calls `firewall` (the start
 * calls it once, before its own chains go in); its promise never rejects, and resolves with the
 * firewall's survey where the sweep changed nothing in it.
 */
async function sweepStaleInstances(privilege, logger) {
    const swept = [];
    try {
        const ids = await instancesWithBridges();
        // Listed only when a leftover needs it: reading every process's command line is tens of
        // milliseconds of this thread's work, on the way to the daemon's start, and most starts find none.
        let listing;
        const processes = () => (listing ??= listProcesses());
        for (const id of ids) {
            const keep = await reasonToKeep(id, await processes());
            if (keep) {
                logger.debug(`Left ${naming_markerOf(id)} alone: ${keep}.`);
                continue;
            }
            // Its docker context too, when the crashed run was this user's (contexts live in the user's store).
            const done = [await sweepInstance(privilege, id), ...(await removeContextsMarked(naming_contextMarker(id)))].join(', ');
            swept.push(naming_markerOf(id));
            logger.info(`Removed leftovers of an earlier run (${naming_markerOf(id)}), whose dockerd and owner are gone: ${done}.`);
        }
        const cmdlines = async () => (await processes()).map((info) => info.cmdline);
        const firewall = () => sweepFirewallLeftovers(privilege, logger, swept, cmdlines).catch((error) => {
            logger.warning(`Could not check for firewall leftovers of earlier runs: ${error.message}`);
            return undefined;
        });
        return { swept, firewall };
    }
    catch (error) {
        logger.warning(`Could not check for leftovers of earlier runs: ${error.message}`);
    }
    return { swept, firewall: () => Promise.resolve(undefined) };
}
/**
 * Chains and ip_forward holds of instances swept now, or of ones whose bridge and processes are gone;
 * the firewall's survey where no chain was removed.
 */
async function sweepFirewallLeftovers(privilege, logger, swept, cmdlines) {
    const bridges = new Set(await instancesWithBridges());
    const isDead = async (id) => swept.includes(naming_markerOf(id)) || nothingNames(id, bridges, cmdlines);
    const [chains, holds] = await Promise.all([sweepFirewalls(privilege, isDead), sweepIpForward(privilege, isDead)]);
    for (const id of chains.swept)
        logger.info(`Removed the firewall chains of an earlier run (${naming_markerOf(id)}).`);
    for (const id of holds)
        logger.info(`Released the ip_forward hold of an earlier run (${naming_markerOf(id)}).`);
    return chains.survey;
}
/** Whether the promise resolves: each removal is best effort, and a concurrent sweep may win. */
function succeeds(promise) {
    return promise.then(() => true, () => false);
}
/** A crashed instance as the sweep knows it: by its id alone (its work directory was elsewhere). */
function sweep_identityOf(id) {
    const marker = naming_markerOf(id);
    return { marker, execRoots: EXEC_ROOT_PARENTS.map((parent) => (0,external_node_path_.join)(parent, marker)) };
}
async function sweepInstance(privilege, id) {
    const marker = naming_markerOf(id);
    const done = [];
    // Claimed first, so that a sweep running at the same time elsewhere leaves it to us.
    await claimBridge(privilege, marker).catch(() => undefined);
    // Never this process or an ancestor of it, whatever its arguments.
    const processes = processesOfInstance(await listProcesses(), sweep_identityOf(id));
    if (processes.length > 0) {
        await killProcesses(privilege, processes);
        const sockets = await removeShimSockets(privilege, processes.map((info) => info.argv)).catch(() => []);
        if (sockets.length > 0)
            done.push(`${sockets.length} shim socket(s) removed`);
        const names = processes.map((info) => info.cmdline.split(' ')[0]).join(', ');
        done.push(`${processes.length} process(es) stopped (${names})`);
    }
    // Its mounts: under its exec-root, or under a data-root in a work directory of its name.
    let unmounted = 0;
    for (const point of await mountsOfInstance(marker, EXEC_ROOT_PARENTS)) {
        if (await succeeds(unmountPoint(privilege, point)))
            unmounted += 1;
    }
    if (unmounted > 0)
        done.push(`${unmounted} mount(s) removed`);
    const cgroups = await removeCgroupsOf(privilege, marker).catch(() => []);
    if (cgroups.length > 0)
        done.push(`${cgroups.length} cgroup(s) removed`);
    const block = blockOfBridge(await readHostNetworks(privilege), marker);
    const userBridges = block ? await removeUserBridges(privilege, block).catch(() => []) : [];
    if (userBridges.length > 0)
        done.push(`network bridge(s) ${userBridges.join(', ')} removed`);
    if (await deleteBridge(privilege, marker).catch(() => false))
        done.push(`bridge ${marker} removed`);
    for (const execRoot of EXEC_ROOT_PARENTS.map((parent) => (0,external_node_path_.join)(parent, marker))) {
        if ((await succeeds(external_node_fs_.promises.lstat(execRoot))) && (await succeeds(removeAsRoot(privilege, execRoot)))) {
            done.push(`${execRoot} removed`);
        }
    }
    return done.join(', ') || 'nothing left to remove';
}

;// CONCATENATED MODULE: ./src/engines/dockerd/launch.ts

















/**
 * A dockerd of our own on the server certificates: containerd boots while the bridge and the
 * certificates are made (it needs none of them), then dockerd is spawned on its own daemon.json,
 * and our firewall goes in while it boots.
 */
async function launchDockerd(run, tools) {
    run.saveProgress({ viaSudo: tools.privilege.viaSudo });
    const paths = await dockerdPaths(run.workDir, run.marker);
    const containerdFiles = containerdPaths(run.workDir, paths.execRoot);
    run.saveProgress({ execRoot: paths.execRoot, dataRoot: paths.dataRoot, containerdLogFile: containerdFiles.logFile });
    const containerd = await spawnContainerd(run, tools, paths, containerdFiles);
    const { plan, sweepFirewalls } = await makeBridge(run, tools.privilege);
    const dockerd = await spawnDockerd(run, tools, paths, plan, containerdFiles, containerd);
    // The firewall is needed once containers run, not before dockerd starts: it is opened (after the
    // sweep of crashed runs' chains) while dockerd boots, and awaited before the daemon is reported
    // ready. Not sooner: its dozen processes would compete for the CPU with the certificate thread,
    // which is what dockerd's spawn waits for. Whatever fails, it has ended before the roll-back
    // (see `settled`).
    const firewall = sweepFirewalls()
        .then((survey) => openFirewall(run, tools.privilege, plan, survey))
        .then((opened) => {
        run.logPhase('firewall open');
        return opened;
    });
    const firewallEnded = firewall.then(() => undefined, () => undefined);
    return launchedDockerd(run, tools, dockerd, firewall, firewallEnded);
}
/** dockerd on its own daemon.json, once the certificates are written and containerd listens. */
async function spawnDockerd(run, tools, paths, plan, containerdFiles, containerd) {
    // daemon.json names the TLS files by their paths: it is written while they are made. Both end
    // before anything goes on, so that a failure leaves no write under way for the roll-back.
    // Whether /etc/docker/key.json exists before our dockerd: asked meanwhile too.
    const trustKeyAsked = trustKeyBefore();
    const made = await Promise.allSettled([
        certificatesWhileContainerdBoots(run, plan, containerdFiles, containerd),
        writeDaemonJson(run, paths, plan, containerdFiles),
        trustKeyAsked,
    ]);
    for (const each of made)
        if (each.status === 'rejected')
            throw each.reason;
    const trustKey = await trustKeyAsked;
    run.saveProgress({ pidFile: paths.pidFile, logFile: paths.logFile, socket: paths.socket });
    const launchedAt = performance.now();
    const dockerd = spawnDetached(tools.privilege, [tools.dockerd, '--config-file', paths.config, ...dockerdFlags(run.marker)], paths.logFile, env(tools));
    run.saveProgress({ spawnedPid: dockerd.child.pid });
    run.logPhase('dockerd spawned');
    run.logger.info(`dockerd started (pid ${dockerd.child.pid}), log: ${paths.logFile}`);
    return { process: dockerd, paths, launchedAt, trustKey };
}
/** Our daemon's configuration: its TLS files (where they will be), sockets, roots, bridge and pools. */
async function writeDaemonJson(run, paths, plan, containerdFiles) {
    const daemonJson = buildDaemonJson({
        // Where the certificates' step writes the daemon's copy of the server's files.
        serverTls: daemonTlsFiles(run.workDir),
        socketPath: paths.socket,
        listen: run.listen,
        dataRoot: paths.dataRoot,
        execRoot: paths.execRoot,
        pidFile: paths.pidFile,
        bridge: run.marker,
        addressPools: plan.defaultAddressPools,
        containerdSocket: containerdFiles.socket,
        marker: run.marker,
        cgroupParent: cgroupParentOf(run.marker, cgroupDriverOf(run.options.daemonConfig)),
        userConfig: run.options.daemonConfig,
    });
    await files_writeFileAtomic(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
}
async function spawnContainerd(run, tools, paths, containerdFiles) {
    await files_writeFileAtomic(containerdFiles.config, containerdConfig(paths.dataRoot, paths.execRoot, containerdFiles.socket), 0o600);
    const containerd = spawnDetached(tools.privilege, [tools.containerd, '--config', containerdFiles.config], containerdFiles.logFile, env(tools));
    run.saveProgress({ containerdPid: containerd.child.pid });
    run.logPhase('containerd spawned');
    return containerd;
}
/** The environment of our containerd and dockerd: ours, never the job's (see daemon-env.ts). */
function env(tools) {
    return daemonEnvironment([tools.dockerd, tools.containerd], process.env);
}
/**
 * Our bridge, after the sweep of crashed runs' bridges (their subnets are free again then). The
 * sweep of their firewall chains is left to `sweepFirewalls`, which our own chains wait for.
 */
async function makeBridge(run, privilege) {
    const { firewall } = await sweepStaleInstances(privilege, run.logger);
    const plan = await createOurBridge(run, privilege);
    run.logPhase('bridge created');
    run.logger.debug(`Bridge ${run.marker} on ${plan.bridgeSubnet}; networks of this daemon in ${plan.block}`);
    return { plan, sweepFirewalls: firewall };
}
async function certificatesWhileContainerdBoots(run, plan, containerdFiles, containerd) {
    // The gateway: a container of ours reaches this daemon there (bound to it or to every interface).
    await run.daemonCertificates([{ type: 'ip', value: plan.gateway }]);
    await waitForContainerd({
        socket: containerdFiles.socket,
        timeoutMs: run.options.startupTimeoutMs,
        timeoutOption: spelled(run.options.names, 'startupTimeout'),
        exitReason: containerd.exitReason,
        logTail: async () => lastLines(await external_node_fs_.promises.readFile(containerdFiles.logFile, 'utf8').catch(() => ''), 15),
        signal: run.signal,
    });
    containerd.child.unref();
    run.logPhase('containerd listens');
}
function launchedDockerd(run, tools, { process: dockerd, paths, launchedAt, trustKey }, firewall, firewallEnded) {
    return {
        name: 'dockerd',
        launchedAt,
        exitReason: dockerd.exitReason,
        explainFailure: async () => {
            const log = await external_node_fs_.promises.readFile(paths.logFile, 'utf8').catch(() => '');
            const cause = diagnoseDaemonLog(log, run.options.names);
            return `${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${paths.logFile}):\n${redactRequestData(lastLines(log, 15)) || '(empty)'}`;
        },
        settled: () => firewallEnded,
        ready: async () => {
            const opened = await firewall;
            // Meanwhile: it never fails the start (watchNetworksOf says why in a warning).
            const watching = opened ? watchNetworksOf(run, tools.privilege, paths, opened) : undefined;
            const pid = await readPid(paths.pidFile);
            // dockerd 20.10 writes /etc/docker/key.json at start when there is none: ours to remove then.
            run.saveProgress({ pid, ...(await trustKeyWritten(trustKey)) });
            await watching;
            dockerd.child.unref();
            return { pid: pid ?? dockerd.child.pid, logFile: paths.logFile, socket: paths.socket };
        },
    };
}
/**
 * The network watch beside our dockerd, once it answers and our chains are in: it opens the networks
 * that lie outside the block's rules (a subnet or a bridge name of their own), and ends with dockerd.
 */
async function watchNetworksOf(run, privilege, paths, opened) {
    const { prefix, viaSudo, env } = privilege;
    try {
        const { certs } = await run.certificates();
        await startNetworkWatch(run.workDir, {
            spec: { firewall: opened.spec, antiSpoof: opened.antiSpoof },
            backend: opened.backend,
            privilege: { prefix, viaSudo, env },
            socket: paths.socket,
            dockerHost: run.listen.dockerHost,
            certPath: certs.clientDir,
        });
    }
    catch (error) {
        // The daemon and the networks of its pools work without it.
        run.logger.warning(`Networks with a subnet or a bridge name of their own will not forward: the network watch did not start (${error.message}).`);
    }
}

;// CONCATENATED MODULE: ./src/engines/dockerd/state.ts







/** Where an exec-root of the instance may be: `/run/dtls-<id>`, or `/tmp/dtls-<id>` without /run. */
function execRootsOf(state) {
    return EXEC_ROOT_PARENTS.map((parent) => (0,external_node_path_.join)(parent, naming_markerOf(state.id)));
}
/** A file main puts in the work directory or the exec-root (dockerdPathsIn, containerdPaths). */
function fileOf(pick) {
    return state_equalTo((state) => {
        const execRoot = state.execRoot ?? execRootsOf(state)[0];
        return pick(dockerdPathsIn(state.workDir, execRoot), containerdPaths(state.workDir, execRoot).logFile);
    });
}
/** A /20 of our ranges, as planAddresses cuts it (so a forged 0.0.0.0/0 names no one else's bridges). */
const isOurBlock = (value) => {
    const net = typeof value === 'string' ? ipv4_parseCidr(value) : undefined;
    const ours = net !== undefined &&
        net.bits === BLOCK_BITS &&
        ipv4_formatCidr(net) === value &&
        OUR_RANGES.some((range) => ipv4_contains(ipv4_parseCidr(range), net));
    return ours ? undefined : `is not a /${BLOCK_BITS} of ${OUR_RANGES.join(' or ')}`;
};
/**
 * The dockerd engine's fields of a saved state, each as launch.ts records it: files in the work
 * directory, the exec-root `/run/dtls-<id>` or `/tmp/dtls-<id>`, the bridge named after the
 * instance, a block of our ranges, a firewall backend we drive, pids that are positive integers.
 */
const DOCKERD_STATE_FIELDS = {
    viaSudo: state_isBoolean,
    execRoot: (value, state) => execRootsOf(state).includes(value) ? undefined : `is not one of ${execRootsOf(state).join(', ')}`,
    dataRoot: fileOf((paths) => paths.dataRoot),
    pidFile: fileOf((paths) => paths.pidFile),
    logFile: fileOf((paths) => paths.logFile),
    socket: fileOf((paths) => paths.socket),
    containerdLogFile: fileOf((_paths, containerdLog) => containerdLog),
    bridge: state_equalTo((state) => naming_markerOf(state.id)),
    addressBlock: isOurBlock,
    firewall: state_isBoolean,
    firewallBackend: (value) => ['iptables-nft', 'iptables-legacy', 'iptables'].includes(value) ? undefined : 'is not an iptables',
    ipForwardHeld: state_isBoolean,
    spawnedPid: isPid,
    pid: isPid,
    containerdPid: isPid,
    trustKey: state_isFileIdentity,
    trustKeyDirMade: state_isBoolean,
};

// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
;// CONCATENATED MODULE: ./src/engines/dockerd/teardown-processes.ts




/**
 * The tree as it is before anything is stopped: a child whose parent dies first (a wrapper's child,
 * a container whose shim died) no longer descends from anything of ours when we look again.
 */
async function listTreeBefore(teardown) {
    teardown.treeBefore = processesOfInstance(await listProcesses(), teardown.identity);
}
/** A pid is ours only while its arguments are still our instance's: pids get reused. */
async function teardown_processes_isOurs(pid, identity) {
    if (pid === undefined || !(await isAlive(pid)))
        return false;
    const argv = await argumentsOf(pid);
    return argv !== undefined && isInstanceProcess(argv, identity);
}
async function stopDockerd({ state, privilege, identity, report, logger, options, }) {
    const candidates = [state.pid, state.pidFile ? await readPid(state.pidFile) : undefined, state.spawnedPid];
    let pid;
    for (const candidate of candidates) {
        if (await teardown_processes_isOurs(candidate, identity)) {
            pid = candidate;
            break;
        }
    }
    if (!pid)
        return;
    const stopped = await stopDaemonProcess({ name: 'dockerd', pid, socket: state.socket }, privilege, logger, options);
    report.daemon = stopped.outcome;
    if (stopped.warning)
        report.warnings.push(stopped.warning);
}
/**
 * A daemon's stop, for mode dockerd and rootless alike: its running containers killed through its
 * socket, then SIGTERM, then SIGKILL after the deadline; how it ended, and a warning if it was killed.
 */
async function stopDaemonProcess(daemon, privilege, logger, options) {
    const { name, pid, socket } = daemon;
    if (socket) {
        const killed = await killRunningContainers(socket).catch(() => 0);
        if (killed > 0)
            logger.info(`Killed ${killed} container(s) still running.`);
    }
    await signalProcesses(privilege, [pid], 'TERM');
    if (await waitForExit(pid, options.stopTimeoutMs ?? 20_000))
        return { outcome: 'stopped' };
    await signalProcesses(privilege, [pid], 'KILL');
    return {
        outcome: (await waitForExit(pid, 5000)) ? 'killed' : 'still running',
        warning: `${name} (pid ${pid}) did not stop within the deadline after SIGTERM and was killed.`,
    };
}
async function stopContainerd({ state, privilege, identity }) {
    const pid = state.containerdPid;
    if (!pid || !(await teardown_processes_isOurs(pid, identity)))
        return;
    await signalProcesses(privilege, [pid], 'TERM');
    // What does not stop in time is killed with the other leftovers just after.
    await waitForExit(pid, 5000);
}
/**
 * The network watch has nothing left to do once teardown begins: stopped before dockerd, so that it
 * is gone long before the leftovers are counted.
 */
async function stopNetworkWatch({ privilege, identity, treeBefore }) {
    const watches = treeBefore.filter((info) => isNetworkWatch(info.argv, identity)).map((info) => info.pid);
    await signalProcesses(privilege, watches, 'TERM');
}
/** After a crash or a SIGKILL, containerd, its shims and the containers live on. */
async function killLeftovers({ privilege, identity, report, logger, treeBefore, }) {
    const all = await listProcesses();
    const self = ancestorsOf(all);
    // Same pid and same command line as before: still that process, not a reused pid.
    const survivors = all.filter((info) => treeBefore.some((before) => before.pid === info.pid && before.cmdline === info.cmdline));
    const leftovers = [
        ...new Map([...processesOfInstance(all, identity), ...survivors].map((info) => [info.pid, info])).values(),
    ].filter((info) => !self.has(info.pid));
    if (leftovers.length === 0)
        return;
    await killProcesses(privilege, leftovers);
    report.processesKilled = leftovers.length;
    logger.info(`Stopped ${leftovers.length} process(es) left behind by dockerd: ${leftovers.map((info) => info.pid).join(', ')}`);
}
/**
 * Kills the containers still running, so that stopping the daemon does not wait out each one's
 * stop timeout (10 s by default): nothing in a finished job needs a polite shutdown.
 */
async function killRunningContainers(socket) {
    const client = new EngineClient(parseEngineEndpoint(`unix://${socket}`), 5000);
    const running = await client.runningContainers();
    await Promise.all(running.map((id) => client.killContainer(id)));
    return running.length;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/teardown.ts













/**
 * Undoes whatever `state` lists, in reverse order of creation: the daemon (SIGTERM, then SIGKILL
 * after a deadline), any process left from it (containerd, shims, containers), mounts, the firewall,
 * the bridges, and what dockerd made as root (its data-root and exec-root). The work directory
 * around them is the lifecycle's to remove. Idempotent, and it never throws: a problem becomes a
 * warning and the rest goes on.
 */
async function stopDockerdInstance(state, logger, options = {}) {
    const teardown = {
        state,
        logger,
        options,
        privilege: state.viaSudo ? VIA_SUDO : AS_ROOT,
        marker: naming_markerOf(state.id),
        identity: {
            marker: naming_markerOf(state.id),
            workDir: state.workDir,
            execRoots: state.execRoot ? [state.execRoot] : [],
        },
        report: {
            summary: '',
            warnings: [],
            daemonDied: false,
            nothingFound: false,
            daemon: 'not running',
            processesKilled: 0,
            mountsRemoved: 0,
            bridgeRemoved: false,
            pathsRemoved: [],
        },
        treeBefore: [],
    };
    // Ours while we work on it: a sweep for crashed runs' leftovers elsewhere then leaves it alone.
    if (state.bridge)
        await claimBridge(teardown.privilege, state.bridge).catch(() => undefined);
    for (const [what, body] of stepsFor(state)) {
        try {
            await body(teardown);
        }
        catch (error) {
            teardown.report.warnings.push(`${what}: ${error.message}`);
        }
    }
    return finish(teardown);
}
function stepsFor(state) {
    return [
        ['listing processes', listTreeBefore],
        ...(state.addressBlock ? [['asking dockerd for its networks', listNetworks]] : []),
        ['stopping the network watch', stopNetworkWatch],
        ['stopping dockerd', stopDockerd],
        ['stopping containerd', stopContainerd],
        ['stopping processes left by dockerd', killLeftovers],
        ['removing sockets of our containerd shims', removeOurShimSockets],
        ...(state.trustKey ? [['removing the trust key dockerd wrote', removeOurTrustKey]] : []),
        ['unmounting', unmount],
        ['removing the cgroups of our containers', removeOurCgroups],
        // Before the bridge: while it exists, the crash sweep counts the chains and the hold as in use.
        ['removing firewall chains and the ip_forward hold', ({ privilege }) => closeFirewall(privilege, state)],
        ...(state.addressBlock ? [['removing the bridges of our networks', removeNetworkBridges]] : []),
        ...(state.bridge ? [[`removing bridge ${state.bridge}`, removeBridge]] : []),
        ...pathsToRemove(state).map((path) => [`removing ${path}`, (teardown) => removePath(teardown, path)]),
    ];
}
/**
 * A shim killed (here or in a crash before) leaves its socket in /run/containerd/s. Ours are named
 * by our shims' arguments, and by the containers in our data-root (when this user can list it).
 */
async function removeOurShimSockets({ state, privilege, identity, report, treeBefore }) {
    const ids = state.dataRoot ? await external_node_fs_.promises.readdir((0,external_node_path_.join)(state.dataRoot, 'containers')).catch(() => []) : [];
    const address = identity.execRoots.map((root) => (0,external_node_path_.join)(root, 'containerd', 'containerd.sock'))[0];
    const fromContainers = address
        ? ids.flatMap((id) => [identity.marker, `${identity.marker}-plugins`].map((namespace) => [
            ...['-namespace', namespace, '-id', id, '-address', address],
        ]))
        : [];
    const shims = [...treeBefore.map((info) => info.argv), ...fromContainers];
    report.pathsRemoved.push(...(await removeShimSockets(privilege, shims)));
}
async function removeOurTrustKey({ state, privilege, report }) {
    report.pathsRemoved.push(...(await removeTrustKey(privilege, state)));
}
async function unmount({ state, privilege, report }) {
    const roots = [state.execRoot, state.dataRoot, state.workDir].filter((path) => Boolean(path));
    for (const point of await mountsUnder(roots)) {
        await unmountPoint(privilege, point);
        report.mountsRemoved += 1;
    }
}
/** The cgroup parent of our own, empty once the processes are gone (host/cgroups.ts). */
async function removeOurCgroups({ privilege, marker, logger }) {
    const removed = await removeCgroupsOf(privilege, marker);
    if (removed.length > 0)
        logger.debug(`Removed the cgroups of this daemon's containers: ${removed.join(', ')}`);
}
/**
 * The networks our dockerd made, while it still answers: their bridges are removed after it stops,
 * whatever their subnet or name; those outside our rules that the network watch did not open are
 * named, with what the watch logged.
 */
async function listNetworks(teardown) {
    const { state, logger } = teardown;
    teardown.networks = await askDaemonNetworks(state);
    const watch = await networkWatchReport(state.workDir);
    const outside = network_bridges_outsideOurRules(teardown.networks ?? [], state.addressBlock, state.bridge).filter((network) => !watch.opened.includes(network.bridge));
    if (outside.length > 0)
        logger.warning(outsideOurRulesWarning(outside, state.addressBlock, watch.problems));
}
/**
 * What dockerd keeps after it stops: the bridges of the networks it created, with their routes. The
 * br-* bridges in our block, and every bridge dockerd named before it stopped that was made after
 * our own (one of a subnet outside the block, or with a name of its own).
 */
async function removeNetworkBridges({ state, privilege, logger, networks }) {
    const removed = await removeUserBridges(privilege, state.addressBlock, state.bridge);
    const named = (networks ?? []).map((network) => network.bridge).filter((bridge) => !removed.includes(bridge));
    for (const bridge of state.bridge ? await bridgesMadeAfter(named, state.bridge) : []) {
        await runAsRoot(privilege, 'ip', ['link', 'delete', 'dev', bridge]);
        removed.push(bridge);
    }
    if (removed.length > 0)
        logger.debug(`Removed the bridges of this daemon's networks: ${removed.join(', ')}`);
}
async function removeBridge({ state, privilege, report }) {
    report.bridgeRemoved = await deleteBridge(privilege, state.bridge);
}
/** What dockerd and containerd made as root: the data-root (in the work directory) and the exec-root. */
function pathsToRemove(state) {
    return [state.dataRoot, state.execRoot].filter((path) => path !== undefined);
}
async function removePath({ privilege, report }, path) {
    if (!(await external_node_fs_.promises.lstat(path).catch(() => undefined)))
        return;
    // dockerd made parts of these as root; without root ourselves, remove them with sudo.
    if (privilege.viaSudo)
        await removeAsRoot(privilege, path);
    else
        await io.rmRF(path);
    report.pathsRemoved.push(path);
}
function finish({ state, report }) {
    const started = state.spawnedPid !== undefined || state.pid !== undefined;
    report.daemonDied = started && report.daemon === 'not running';
    report.summary = `dockerd ${report.daemon}; ${report.processesKilled} leftover process(es) stopped; ${report.mountsRemoved} mount(s) and ${report.bridgeRemoved ? 'the' : 'no'} bridge removed; ${report.pathsRemoved.length} path(s) removed`;
    report.nothingFound =
        report.daemon === 'not running' &&
            report.processesKilled === 0 &&
            report.mountsRemoved === 0 &&
            !report.bridgeRemoved &&
            report.pathsRemoved.length === 0;
    if (report.daemon === 'not running' && state.pid && !report.nothingFound) {
        report.stoppedEarly = `dockerd (pid ${state.pid})`;
    }
    return report;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/engine.ts






/** A dockerd of our own on this machine, with its own containerd, roots, bridge and firewall chains. */
const dockerdEngine = {
    mode: 'dockerd',
    listens: true,
    async check(options) {
        const privilege = await detectPrivilege(withoutRoot(options.names));
        const [dockerd, containerd] = await Promise.all([findDockerd(), findContainerd()]);
        return { launch: (run) => launchDockerd(run, { privilege, dockerd, containerd }) };
    },
    stop: stopDockerdInstance,
    stateFields: DOCKERD_STATE_FIELDS,
    logsOf: (state) => [
        ...(state.logFile ? [{ title: 'dockerd log', file: state.logFile }] : []),
        ...(state.containerdLogFile ? [{ title: 'containerd log', file: state.containerdLogFile }] : []),
    ],
};
/** What a user without root or sudo can start instead (self-hosted runners often have no sudo). */
function withoutRoot(names) {
    const dind = names.style === 'flag' ? `--${names.mode}` : setting(names, 'mode', 'dind');
    return (`Without root or sudo, ${setting(names, 'rootless', 'true')} starts a daemon that belongs to this user, ` +
        `and ${dind} starts one in a container of a Docker engine this user can reach.`);
}

;// CONCATENATED MODULE: ./src/host/rootless/apparmor.ts

/**
 * Ubuntu 24.04 turns on kernel.apparmor_restrict_unprivileged_userns: a program may make a user
 * namespace with capabilities in it only when an AppArmor profile attached to its path allows
 * `userns`. Ubuntu's apparmor package ships such a profile for /usr/bin/rootlesskit (the path of
 * the rootlesskit and docker-ce-rootless-extras packages); a rootlesskit elsewhere needs its own.
 */
const RESTRICT_SYSCTL = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
const PROFILE_DIR = '/etc/apparmor.d';
/** Where the packages install rootlesskit: the path to look for when it is not installed yet. */
const PACKAGED_ROOTLESSKIT = '/usr/bin/rootlesskit';
/** A rule line `userns,` (or `userns create,`); a commented one starts with # and does not count. */
const USERNS_RULE = /^\s*userns\b[^,\n]*,/m;
/** `include <local/x>`, `include if exists <local/x>` and the older `#include <local/x>`. */
const LOCAL_INCLUDE = /^\s*#?include\s+(?:if\s+exists\s+)?<(local\/[^>\s]+)>/gm;
const apparmor_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A profile header attaches to the path: `profile NAME PATH flags=(…) {` or `PATH {`, the path bare
 * or quoted. A rule that merely names the path (`/usr/bin/rootlesskit rix,`) is no attachment.
 */
function attachesTo(text, path) {
    const header = `^\\s*(?:profile\\s+\\S+\\s+)?"?${apparmor_escape(path)}"?\\s*(?:flags\\s*=\\s*\\([^)]*\\)\\s*)?\\{`;
    return new RegExp(header, 'm').test(text);
}
/** Whether the profile text, or a local file it includes, has a `userns` rule. */
async function allowsUserns(probe, text) {
    if (USERNS_RULE.test(text))
        return true;
    for (const [, local] of text.matchAll(LOCAL_INCLUDE)) {
        const included = await probe.readFile(`${PROFILE_DIR}/${local}`);
        if (included !== undefined && USERNS_RULE.test(included))
            return true;
    }
    return false;
}
/**
 * The file in /etc/apparmor.d whose profile attaches to `path` and allows `userns`, or undefined.
 * It reads the files, as the apparmor service loads them at boot; whether the running kernel has
 * loaded one written since cannot be told without root, so the fix says to reload.
 */
async function userNamespaceProfile(probe, path) {
    for (const name of (await probe.listDirectory(PROFILE_DIR)).sort()) {
        const file = `${PROFILE_DIR}/${name}`;
        const text = await probe.readFile(file);
        if (text !== undefined && attachesTo(text, path) && (await allowsUserns(probe, text)))
            return file;
    }
    return undefined;
}
/**
 * The profile to install for rootlesskit at `path`: unconfined, with user namespaces allowed. It
 * is named after its file, so that one for another path does not replace Ubuntu's `rootlesskit`.
 */
function profileText(path) {
    const name = profileFileName(path);
    const attachment = /\s/.test(path) ? `"${path}"` : path;
    return [
        'abi <abi/4.0>,',
        'include <tunables/global>',
        '',
        `profile ${name} ${attachment} flags=(unconfined) {`,
        '  userns,',
        '',
        `  include if exists <local/${name}>`,
        '}',
    ].join('\n');
}
/** AppArmor's naming of a profile file after the program's path: /usr/bin/x → usr.bin.x. */
function profileFileName(path) {
    return path === PACKAGED_ROOTLESSKIT ? (0,external_node_path_.basename)(path) : path.replace(/^\//, '').replace(/\//g, '.');
}
function profileFix(path) {
    const file = `${PROFILE_DIR}/${profileFileName(path)}`;
    return [
        `Install an AppArmor profile that lets rootlesskit (${path}) make user namespaces, as ${file}:`,
        '',
        profileText(path),
        '',
        `then load it: sudo apparmor_parser -r ${file} (or sudo systemctl restart apparmor.service).`,
        ...(path === PACKAGED_ROOTLESSKIT
            ? [
                "Ubuntu's apparmor package ships this file: if it was deleted, bring it back with",
                'sudo apt-get install --reinstall -o Dpkg::Options::=--force-confmiss apparmor.',
            ]
            : []),
        'Or lift the restriction for every program: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0.',
    ].join('\n');
}
/** kernel.apparmor_restrict_unprivileged_userns as set; undefined on kernels without it. */
async function appArmorRestriction(probe) {
    return (await probe.readFile(RESTRICT_SYSCTL))?.trim();
}
const restricts = (restriction) => restriction !== undefined && restriction !== '0';
/** No AppArmor restriction on user namespaces, or a profile that lifts it for rootlesskit. */
async function appArmorFinding(probe, restrict, rootlesskit) {
    if (!restricts(restrict)) {
        const detail = `AppArmor does not restrict unprivileged user namespaces (${restrict === undefined ? `${RESTRICT_SYSCTL} is absent` : 'kernel.apparmor_restrict_unprivileged_userns=0'}).`;
        return { check: 'apparmor-userns', ok: true, detail };
    }
    const path = rootlesskit ?? PACKAGED_ROOTLESSKIT;
    const of = rootlesskit ? `rootlesskit (${path})` : `rootlesskit where its package puts it (${path})`;
    const profile = await userNamespaceProfile(probe, path);
    if (profile) {
        const detail = `kernel.apparmor_restrict_unprivileged_userns=${restrict}, and ${profile} lets ${of} make user namespaces.`;
        return { check: 'apparmor-userns', ok: true, detail };
    }
    return {
        check: 'apparmor-userns',
        ok: false,
        detail: `kernel.apparmor_restrict_unprivileged_userns=${restrict} (Ubuntu 24.04 and later), and no profile in ${PROFILE_DIR} lets ${of} make user namespaces: it would fail with "permission denied" as it makes its namespace.`,
        fix: profileFix(path),
    };
}

;// CONCATENATED MODULE: ./src/host/rootless/probe.ts





/** The user as the findings name it: "alice (uid 1001)", or "uid 1001" without a name. */
const describeUser = (user) => (user.name ? `${user.name} (uid ${user.uid})` : `uid ${user.uid}`);
/** As trustedCommand searches, but with what was passed over kept for the finding's detail. */
function findProgram(name) {
    return findTrustedExecutable(name, { ...systemLookup, path: searchPath() });
}
function currentUser() {
    const uid = process.geteuid?.() ?? -1;
    try {
        // os.userInfo() reads the entry of the effective uid; it throws when there is none.
        return { uid, name: (0,external_node_os_.userInfo)().username };
    }
    catch {
        return { uid };
    }
}
async function probe_run(file, args, timeoutMs) {
    try {
        const timeoutProgram = (await findProgram('timeout')).path;
        const { stdout, stderr } = await runProgram(file, args, { timeoutMs, timeoutProgram });
        return { ok: true, stdout, stderr };
    }
    catch (error) {
        const stderr = error instanceof CommandError ? error.stderr.trim() : '';
        return { ok: false, stdout: '', stderr: stderr || error.message };
    }
}
/** The machine this process runs on. */
const systemProbe = {
    user: async () => currentUser(),
    readFile: (path) => external_node_fs_.promises.readFile(path, 'utf8').catch(() => undefined),
    listDirectory: (path) => external_node_fs_.promises.readdir(path).catch(() => []),
    readWriteDenied: (path) => external_node_fs_.promises.access(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK).then(() => undefined, (error) => error.code ?? error.message),
    stat: (path) => external_node_fs_.promises.stat(path).then((stat) => ({ mode: stat.mode, uid: stat.uid }), () => undefined),
    realpath: (path) => external_node_fs_.promises.realpath(path).catch(() => path),
    findProgram,
    run: probe_run,
};

;// CONCATENATED MODULE: ./src/host/rootless/ids.ts

const SUBUID_FILE = '/etc/subuid';
const SUBGID_FILE = '/etc/subgid';
/**
 * Images hold files of uids and gids up to 65535 (nobody is 65534): the namespace must map them
 * all, and beyond id 0 (the user itself) every id comes from the subordinate ranges.
 */
const NEEDED_IDS = 65536;
/** Where Debian's and Ubuntu's useradd start handing out subordinate ids. */
const FIRST_FREE = 100000;
/** Every well-formed `owner:start:count` line; comments, blank and malformed lines are skipped. */
function parseSubordinateRanges(text) {
    const ranges = [];
    for (const line of text.split('\n')) {
        const fields = line.trim().split(':');
        if (fields.length !== 3 || fields[0] === '' || fields[0].startsWith('#'))
            continue;
        if (!/^\d+$/.test(fields[1]) || !/^\d+$/.test(fields[2]))
            continue;
        ranges.push({ owner: fields[0], start: Number(fields[1]), count: Number(fields[2]) });
    }
    return ranges;
}
/** The ranges of `user`: shadow's newuidmap takes a line naming the user or its numeric uid. */
function rangesOf(ranges, user) {
    return ranges.filter((range) => range.owner === user.name || range.owner === String(user.uid));
}
/**
 * How many ids the user's ranges give. rootlesskit maps each range after the one before, so that
 * together they make one run of ids in the namespace: what counts is their sum.
 */
function subordinateCount(ranges) {
    return ranges.reduce((sum, range) => sum + range.count, 0);
}
/** A range no line of either file uses yet: the fix must not share another user's ids with this one. */
function freeRange(all) {
    const start = Math.max(FIRST_FREE, ...all.map((range) => range.start + range.count));
    return `${start}-${start + NEEDED_IDS - 1}`;
}
async function readIds(probe, file, user) {
    const text = await probe.readFile(file);
    const all = parseSubordinateRanges(text ?? '');
    const mine = rangesOf(all, user);
    const count = subordinateCount(mine);
    const flag = file === SUBUID_FILE ? '--add-subuids' : '--add-subgids';
    const listed = mine.map((range) => `${range.start}-${range.start + range.count - 1}`).join(', ');
    const said = text === undefined
        ? `${file} does not exist or cannot be read`
        : mine.length === 0
            ? `${file} has no line for ${describeUser(user)}`
            : `${file} gives ${describeUser(user)} ${count} ids (${listed})${count < NEEDED_IDS ? `, fewer than the ${NEEDED_IDS} images need` : ''}`;
    return { file, flag, all, count, said };
}
function subordinateFix(user, short, range) {
    if (user.name) {
        const flags = short.map((reading) => `${reading.flag} ${range}`).join(' ');
        return `Give the user its own ${NEEDED_IDS} subordinate ids, a range no other user has: sudo usermod ${flags} ${user.name}`;
    }
    const [start] = range.split('-');
    const lines = short.map((reading) => `"${user.uid}:${start}:${NEEDED_IDS}" to ${reading.file}`).join(' and ');
    return `uid ${user.uid} has no name for usermod: as root, append the line ${lines} (a range no other user has).`;
}
/** Subordinate uids and gids for this user, at least NEEDED_IDS of each. */
async function subordinateIdsFinding(probe, user) {
    const readings = await Promise.all([SUBUID_FILE, SUBGID_FILE].map((file) => readIds(probe, file, user)));
    const short = readings.filter((reading) => reading.count < NEEDED_IDS);
    const detail = `${readings.map((reading) => reading.said).join('; ')}.`;
    if (short.length === 0)
        return { check: 'subordinate-ids', ok: true, detail };
    const range = freeRange(readings.flatMap((reading) => reading.all));
    return { check: 'subordinate-ids', ok: false, detail, fix: subordinateFix(user, short, range) };
}

;// CONCATENATED MODULE: ./src/host/rootless/kernel.ts
const TUN_DEVICE = '/dev/net/tun';
const MAX_USER_NAMESPACES = '/proc/sys/user/max_user_namespaces';
/** Debian's and older Ubuntu's kernels only: absent elsewhere, where nothing switches them off. */
const USERNS_CLONE = '/proc/sys/kernel/unprivileged_userns_clone';
const kernel_octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
/**
 * slirp4netns and pasta open /dev/net/tun inside the namespace, where their root is this user on
 * the machine: the device must be readable and writable by everyone (Ubuntu makes it 0666; some
 * distributions leave it 0600).
 */
async function tunFinding(probe) {
    const [denied, facts] = await Promise.all([probe.readWriteDenied(TUN_DEVICE), probe.stat(TUN_DEVICE)]);
    const mode = facts ? `mode ${kernel_octal(facts.mode)}, owner uid ${facts.uid}` : 'absent';
    if (denied === undefined) {
        return { check: 'dev-net-tun', ok: true, detail: `${TUN_DEVICE} is readable and writable by this user (${mode}).` };
    }
    if (denied === 'ENOENT') {
        return {
            check: 'dev-net-tun',
            ok: false,
            detail: `${TUN_DEVICE} does not exist: the kernel's tun module is not loaded.`,
            fix: `Load it and let users open it: sudo modprobe tun && sudo chmod 0666 ${TUN_DEVICE} (echo tun | sudo tee /etc/modules-load.d/tun.conf keeps it loaded after a reboot).`,
        };
    }
    return {
        check: 'dev-net-tun',
        ok: false,
        detail: `${TUN_DEVICE} is not readable and writable by this user (${denied}; ${mode}): the user-mode network cannot open it.`,
        fix: `sudo chmod 0666 ${TUN_DEVICE} (as Ubuntu has it; a udev rule KERNEL=="tun", MODE="0666" in /etc/udev/rules.d/ keeps it after a reboot).`,
    };
}
/** The sysctls that switch unprivileged user namespaces off; each problem with its fix. */
async function sysctlProblems(probe) {
    const [max, clone] = (await Promise.all([probe.readFile(MAX_USER_NAMESPACES), probe.readFile(USERNS_CLONE)])).map((text) => text?.trim());
    const seen = [];
    const problems = [];
    const fixes = [];
    if (max !== undefined)
        seen.push(`user.max_user_namespaces=${max}`);
    if (max !== undefined && Number(max) <= 0) {
        problems.push(`user.max_user_namespaces=${max} allows no user namespace`);
        fixes.push('sudo sysctl -w user.max_user_namespaces=28633');
    }
    if (clone !== undefined)
        seen.push(`kernel.unprivileged_userns_clone=${clone}`);
    if (clone !== undefined && clone !== '1') {
        problems.push(`kernel.unprivileged_userns_clone=${clone} refuses them to users other than root`);
        fixes.push('sudo sysctl -w kernel.unprivileged_userns_clone=1');
    }
    return { seen, problems, fixes };
}
/**
 * The proof: util-linux's unshare makes a user namespace with this user as its root and runs
 * `true` in it; the namespace ends with it. Only tried where the sysctls allow namespaces and no
 * AppArmor restriction applies (under one, unshare has no profile and fails whatever rootlesskit's
 * profile allows), and never as root (root may always).
 */
async function tryUserNamespace(probe) {
    const unshare = (await probe.findProgram('unshare')).path;
    if (!unshare)
        return { tried: false, why: 'unshare (util-linux) is not installed' };
    const args = ['--user', '--map-root-user', 'true'];
    const outcome = await probe.run(unshare, args, 10_000);
    const command = `unshare ${args.join(' ')}`;
    return {
        tried: true,
        ok: outcome.ok,
        said: outcome.ok ? `${command} worked` : `${command} failed: ${outcome.stderr}`,
    };
}
/**
 * Unprivileged user namespaces allowed by the sysctls, then proven by `trial` when it is given
 * (the caller decides whether the proof may be tried; see tryUserNamespace).
 */
async function userNamespacesFinding(probe, trial) {
    const { seen, problems, fixes } = await sysctlProblems(probe);
    const settings = seen.length > 0 ? seen.join(', ') : 'no sysctl limits them';
    if (problems.length > 0) {
        const fix = `${fixes.join(' && ')} (a file in /etc/sysctl.d/ keeps it after a reboot).`;
        return { check: 'user-namespaces', ok: false, detail: `${problems.join('; ')}.`, fix };
    }
    const result = await trial(probe);
    if (!result.tried)
        return { check: 'user-namespaces', ok: true, detail: `${settings}; ${result.why}.` };
    if (result.ok)
        return { check: 'user-namespaces', ok: true, detail: `${settings}; ${result.said}.` };
    return {
        check: 'user-namespaces',
        ok: false,
        detail: `${settings}, yet the kernel refuses a user namespace: ${result.said}.`,
        fix: 'Find what forbids them: a kernel built without CONFIG_USER_NS, a seccomp filter or a container this job runs in (run the job on the machine itself, or give its container user namespaces).',
    };
}

;// CONCATENATED MODULE: ./src/host/rootless/programs.ts
const SETUID = 0o4000;
/** Where a lookup looked, for a detail that says why a program was not taken. */
function missing(name, found) {
    const passed = found.skipped.length > 0 ? ` (passed over: ${found.skipped.join('; ')})` : '';
    return `${name} is not in a directory only root can write${passed}`;
}
/**
 * newuidmap and newgidmap write the id maps of rootlesskit's namespace with the subordinate ids,
 * which only a privileged program may: setuid root (Debian's and Ubuntu's uidmap package) or with
 * the file capability cap_setuid / cap_setgid (Fedora's shadow-utils). Without either they map
 * the user's own id alone, and rootlesskit fails with "write to uid_map failed".
 */
async function privilegeOf(probe, path, capability) {
    const facts = await probe.stat(path);
    if (facts && facts.uid === 0 && facts.mode & SETUID)
        return 'setuid root';
    // Node cannot read the security.capability attribute; libcap's getcap can, without root.
    const getcap = (await probe.findProgram('getcap')).path;
    if (!getcap)
        return undefined;
    const { ok, stdout } = await probe.run(getcap, [path], 10_000);
    if (!ok)
        return undefined;
    return new RegExp(`\\b${capability}\\b`).test(stdout) ? `file capability ${capability}` : 'unprivileged';
}
const MAPPERS = [
    { name: 'newuidmap', capability: 'cap_setuid' },
    { name: 'newgidmap', capability: 'cap_setgid' },
];
async function mapperState(probe, mapper) {
    const found = await probe.findProgram(mapper.name);
    if (!found.path)
        return { ...mapper, found, said: missing(mapper.name, found) };
    const real = await probe.realpath(found.path);
    const privilege = await privilegeOf(probe, real, mapper.capability);
    return {
        ...mapper,
        found,
        real,
        privilege,
        said: `${mapper.name} at ${found.path} (${privilege ?? 'not setuid root'})`,
    };
}
/** newuidmap and newgidmap present, and privileged as they must be. */
async function uidmapFinding(probe) {
    const states = await Promise.all(MAPPERS.map((mapper) => mapperState(probe, mapper)));
    const detail = `${states.map((state) => state.said).join('; ')}.`;
    if (states.some((state) => !state.found.path)) {
        const fix = 'Install the package uidmap (newuidmap and newgidmap): sudo apt-get install -y uidmap (shadow-utils on Fedora and RHEL).';
        return { check: 'uidmap', ok: false, detail, fix };
    }
    const unprivileged = states.filter((state) => state.privilege === 'unprivileged');
    if (unprivileged.length > 0) {
        const fix = unprivileged
            .map((state) => `sudo chmod u+s ${state.real} (or sudo setcap ${state.capability}=ep ${state.real})`)
            .join('; ');
        const why = `${unprivileged.map((state) => state.name).join(' and ')} has neither the setuid bit nor its file capability: it maps this user's own id only, not the subordinate ones rootlesskit needs`;
        return {
            check: 'uidmap',
            ok: false,
            detail: `${detail} ${why}.`,
            fix: `Make it privileged as its package does: ${fix}.`,
        };
    }
    const unsure = states.filter((state) => state.privilege === undefined);
    if (unsure.length === 0)
        return { check: 'uidmap', ok: true, detail };
    // Not setuid, and getcap is not there to read a file capability: likely fine (Fedora), not sure.
    const caution = ` Caution: ${unsure.map((state) => state.name).join(' and ')} is not setuid root and its file capabilities could not be read (getcap is not installed); if rootlesskit fails with "write to uid_map failed", it has neither.`;
    return { check: 'uidmap', ok: true, detail: detail + caution };
}
/** rootlesskit: where it is (the AppArmor check needs its real path), or undefined. */
async function findRootlesskit(probe) {
    const found = await probe.findProgram('rootlesskit');
    return found.path ? { found, real: await probe.realpath(found.path) } : { found };
}
function rootlesskitFinding(rootlesskit) {
    const { found, real } = rootlesskit;
    if (found.path) {
        const resolved = real && real !== found.path ? ` (${real})` : '';
        return { check: 'rootlesskit', ok: true, detail: `rootlesskit at ${found.path}${resolved}.` };
    }
    return {
        check: 'rootlesskit',
        ok: false,
        detail: `${missing('rootlesskit', found)}.`,
        fix: "Install the package rootlesskit: sudo apt-get install -y rootlesskit (or Docker's docker-ce-rootless-extras); one in a directory the user can write is not used.",
    };
}
/** The user-mode network the namespace gets: slirp4netns when present (the longer proven), else pasta. */
async function chooseNetworkDriver(probe) {
    const [slirp4netns, pasta] = await Promise.all([probe.findProgram('slirp4netns'), probe.findProgram('pasta')]);
    const found = { slirp4netns, pasta };
    if (slirp4netns.path)
        return { driver: { name: 'slirp4netns', path: slirp4netns.path }, found };
    if (pasta.path)
        return { driver: { name: 'pasta', path: pasta.path }, found };
    return { found };
}
async function networkDriverFinding(probe) {
    const { driver, found } = await chooseNetworkDriver(probe);
    if (driver) {
        const also = driver.name === 'slirp4netns' && found.pasta.path ? ` (pasta at ${found.pasta.path} too)` : '';
        return { check: 'network-driver', ok: true, detail: `${driver.name} at ${driver.path} will be used${also}.` };
    }
    return {
        check: 'network-driver',
        ok: false,
        detail: `No user-mode network driver: ${missing('slirp4netns', found.slirp4netns)}, and ${missing('pasta', found.pasta)}.`,
        fix: 'Install one: sudo apt-get install -y slirp4netns (or passt, which gives pasta).',
    };
}

;// CONCATENATED MODULE: ./src/host/rootless/index.ts










/** Rootless as root protects nothing: root in the namespace would be root on the machine. */
function notRootFinding(user) {
    const who = describeUser(user);
    if (user.uid !== 0)
        return { check: 'not-root', ok: true, detail: `Running as ${who}, not root.` };
    return {
        check: 'not-root',
        ok: false,
        detail: `Running as ${who}: a rootless daemon started by root is refused, as it would run as root and protect nothing.`,
        fix: 'Run it as the unprivileged user the daemon should belong to (e.g. the runner\'s user, without sudo); as root, start the ordinary daemon instead (without --rootless or "rootless: true").',
    };
}
/** Whether unshare may prove user namespaces here, and why not when it may not. */
function trialFor(user, restriction) {
    if (user.uid === 0)
        return async () => ({ tried: false, why: 'not tried as root, who may always make them' });
    if (restricts(restriction)) {
        const why = "not tried with unshare: under the AppArmor restriction it fails for want of a profile of its own, whatever rootlesskit's allows (see apparmor-userns)";
        return async () => ({ tried: false, why });
    }
    return tryUserNamespace;
}
/**
 * Every precondition of a rootless daemon, in a fixed order: not-root, uidmap, subordinate-ids,
 * dev-net-tun, user-namespaces, apparmor-userns, rootlesskit, network-driver. Each is found on its
 * own, so that one run names everything to fix. Nothing on the machine is changed.
 */
async function rootlessFindings(probe = systemProbe) {
    const [user, rootlesskit, restriction] = await Promise.all([
        probe.user(),
        findRootlesskit(probe),
        appArmorRestriction(probe),
    ]);
    const findings = await Promise.all([
        notRootFinding(user),
        uidmapFinding(probe),
        subordinateIdsFinding(probe, user),
        tunFinding(probe),
        userNamespacesFinding(probe, trialFor(user, restriction)),
        appArmorFinding(probe, restriction, rootlesskit.real),
        rootlesskitFinding(rootlesskit),
        networkDriverFinding(probe),
    ]);
    return findings;
}
/**
 * The check a rootless start makes before it makes anything: one DockerTlsError naming every
 * precondition that fails (the message) and every fix (the hint); the findings when all hold.
 */
async function checkRootlessPreconditions(probe = systemProbe) {
    const findings = await rootlessFindings(probe);
    const failed = findings.filter((finding) => !finding.ok);
    if (failed.length === 0)
        return findings;
    const causes = failed.map((finding) => `- ${finding.check}: ${finding.detail}`);
    const fixes = failed.map((finding) => `- ${finding.check}: ${indent(finding.fix ?? 'see the detail above.')}`);
    throw new errors/* DockerTlsError */.iw([`A rootless Docker daemon cannot start here: ${failed.length} precondition(s) fail.`, ...causes].join('\n'), ['To fix:', ...fixes].join('\n'));
}
/** A multi-line fix (a profile to write) stays under its bullet. */
const indent = (text) => text.replace(/\n(?=.)/g, '\n    ');

;// CONCATENATED MODULE: ./src/engines/rootless/diagnose.ts
/** What a rootless start's log says went wrong, in the user's terms; undefined when it says nothing known. */
const KNOWN_CAUSES = [
    [
        /newuidmap.*(Operation not permitted|Permission denied)|uid_map.*(Operation not permitted|Permission denied)/i,
        'the user namespace could not get this user\'s subordinate ids (newuidmap refused): check /etc/subuid and /etc/subgid, that newuidmap and newgidmap are setuid root, and, on Ubuntu 24.04, the AppArmor profile for rootlesskit ("docker-tls doctor --rootless" names each).',
    ],
    [
        /\/dev\/net\/tun.*(permission denied|no such file)/i,
        '/dev/net/tun is not usable by this user (slirp4netns needs it): "sudo chmod 0666 /dev/net/tun", or load the tun module.',
    ],
    [
        /listen tcp [^:]*:\d+: bind: address already in use|address already in use/i,
        'the port is taken on this machine: choose another port, or 0 for a free one.',
    ],
    [
        /executable file not found in \$PATH.*(slirp4netns|pasta)|(slirp4netns|pasta).*not found/i,
        'the user-mode network driver is missing: install slirp4netns (or passt for pasta).',
    ],
];
function diagnoseRootlessLog(log) {
    return KNOWN_CAUSES.find(([pattern]) => pattern.test(log))?.[1];
}

;// CONCATENATED MODULE: ./src/engines/rootless/state.ts



/**
 * The exec-root holds containerd's sockets, whose paths must stay under the 108 bytes of sun_path:
 * a short directory in /tmp rather than one under a deep RUNNER_TEMP (a user without root has no
 * /run to write to). Everything else lives in the instance's work directory.
 */
const ROOTLESS_EXEC_ROOT_PARENT = '/tmp';
function rootlessPathsIn(workDir, id) {
    return {
        stateDir: (0,external_node_path_.join)(workDir, 'rootlesskit'),
        execRoot: (0,external_node_path_.join)(ROOTLESS_EXEC_ROOT_PARENT, `${naming_markerOf(id)}-rootless`),
        dataRoot: (0,external_node_path_.join)(workDir, 'data'),
        runtimeDir: (0,external_node_path_.join)(workDir, 'run'),
        pidFile: (0,external_node_path_.join)(workDir, 'docker.pid'),
        logFile: (0,external_node_path_.join)(workDir, 'docker.log'),
        socket: (0,external_node_path_.join)(workDir, 'docker.sock'),
        config: (0,external_node_path_.join)(workDir, 'daemon.json'),
    };
}
function pathOf(pick) {
    return state_equalTo((state) => rootlessPathsIn(state.workDir, state.id)[pick]);
}
/** Each field exactly as launch.ts records it: paths derived from the work directory and the id. */
const ROOTLESS_STATE_FIELDS = {
    stateDir: pathOf('stateDir'),
    execRoot: pathOf('execRoot'),
    dataRoot: pathOf('dataRoot'),
    runtimeDir: pathOf('runtimeDir'),
    pidFile: pathOf('pidFile'),
    logFile: pathOf('logFile'),
    socket: pathOf('socket'),
    spawnedPid: isPid,
};

;// CONCATENATED MODULE: ./src/engines/rootless/launch.ts












/**
 * In the child's namespaces, /run is a copy of the host's (--copy-up): the host daemon's
 * /run/docker and /run/containerd (whose socket dockerd would use instead of starting its own) and
 * iptables' lock are dropped from that copy before dockerd starts, as Docker's rootless script does.
 */
const CHILD_SCRIPT = 'rm -f /run/docker /run/containerd /run/xtables.lock; exec "$@"';
/**
 * A rootless dockerd: rootlesskit makes a user, mount, network and pid namespace as this user,
 * with the user-mode network driver, and publishes the TLS port on this machine through its port
 * driver; dockerd runs in there on the server certificates, with a containerd of its own.
 */
async function launchRootless(run, tools) {
    const paths = rootlessPathsIn(run.workDir, run.id);
    const { stateDir, execRoot, dataRoot, runtimeDir, pidFile, logFile, socket } = paths;
    run.saveProgress({ stateDir, execRoot, dataRoot, runtimeDir, pidFile, logFile, socket });
    // Exclusive: a directory another user planted at this path is never taken for ours.
    await external_node_fs_.promises.mkdir(execRoot, { mode: PRIVATE_DIR_MODE });
    await external_node_fs_.promises.mkdir(runtimeDir, { mode: PRIVATE_DIR_MODE });
    const { daemonTls } = await run.daemonCertificates();
    const cgroups = await cgroupSettings(process.getuid?.() ?? -1, run.options.daemonConfig);
    const daemonJson = rootlessDaemonJson(paths, run.listen, daemonTls, {
        ...cgroups.config,
        ...run.options.daemonConfig,
    });
    await files_writeFileAtomic(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
    const launchedAt = performance.now();
    const env = { ...environment(tools, paths), ...cgroups.env };
    const kit = spawnDetached(AS_THIS_USER, rootlesskitCommand(tools, paths, run.listen), logFile, env);
    run.saveProgress({ spawnedPid: kit.child.pid });
    run.logPhase('rootlesskit spawned');
    run.logger.info(`rootless dockerd started in rootlesskit (pid ${kit.child.pid}), log: ${logFile}`);
    return {
        name: 'the rootless dockerd',
        launchedAt,
        exitReason: kit.exitReason,
        explainFailure: async () => {
            const log = await external_node_fs_.promises.readFile(logFile, 'utf8').catch(() => '');
            const cause = diagnoseRootlessLog(log);
            return `${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${logFile}):\n${redactRequestData(lastLines(log, 15)) || '(empty)'}`;
        },
        ready: async () => {
            kit.child.unref();
            return { pid: kit.child.pid, logFile, socket };
        },
    };
}
/** rootlesskit's flags as Docker's dockerd-rootless.sh sets them, plus a pid namespace and our port. */
function rootlesskitCommand(tools, paths, listen) {
    const slirp = tools.network.driver === 'slirp4netns';
    return [
        tools.rootlesskit,
        `--state-dir=${paths.stateDir}`,
        `--net=${tools.network.driver}`,
        '--mtu=65520',
        ...(slirp ? ['--slirp4netns-sandbox=auto', '--slirp4netns-seccomp=auto'] : []),
        // Containers cannot reach this machine's loopback (its other services) through the network driver.
        '--disable-host-loopback',
        '--port-driver=builtin',
        '--copy-up=/etc',
        '--copy-up=/run',
        '--propagation=rslave',
        // The daemon, containerd, the shims and the containers share one pid namespace: when it ends,
        // the kernel ends every process in it, so that nothing of the instance outlives its stop.
        '--pidns',
        `--publish=${publishAddress(listen.bindHost)}:${listen.port}:${listen.port}/tcp`,
        '/bin/sh',
        '-c',
        CHILD_SCRIPT,
        'sh',
        tools.dockerd,
        '--config-file',
        paths.config,
    ];
}
/** rootlesskit takes an IPv6 address in brackets. */
function publishAddress(bindHost) {
    return bindHost.includes(':') ? `[${bindHost}]` : bindHost;
}
/**
 * In the daemon's own network namespace its TLS port listens on loopback, where the port driver
 * connects; containers' published ports bind on this machine to the daemon's own address, as in
 * mode dockerd. iptables stays on: in there it changes only the namespace's own tables.
 */
function rootlessDaemonJson(paths, listen, tls, userConfig) {
    const defaults = {
        'data-root': paths.dataRoot,
        'exec-root': paths.execRoot,
        pidfile: paths.pidFile,
        ...publishedPortsAddress(listen.bindHost),
        'shutdown-timeout': 3,
    };
    const hosts = [`unix://${paths.socket}`, tcpUrl('127.0.0.1', listen.port)];
    return { ...defaults, ...userConfig, ...enforcedTls(tls, hosts) };
}
/**
 * On a cgroup v2 machine run by systemd, a rootless dockerd takes systemd's cgroup driver, which
 * works through the user's own systemd: reached by the session bus of a login (or lingering) user.
 * A job's user has none when the runner is a service or the job came through sudo, and every
 * container then fails to start ("open /sys/fs/cgroup/user.slice/user-UID.slice/cgroup.controllers:
 * no such file or directory"). Without that bus the daemon runs its containers without cgroups of
 * their own (dockerd's "none" driver, as on cgroup v1); a daemon-config with exec-opts wins.
 */
async function cgroupSettings(uid, userConfig, busExists = (path) => external_node_fs_.promises.stat(path).then((stat) => stat.isSocket(), () => false)) {
    if ('exec-opts' in userConfig)
        return { config: {}, env: {} };
    const bus = `/run/user/${uid}/bus`;
    if (await busExists(bus))
        return { config: {}, env: { DBUS_SESSION_BUS_ADDRESS: `unix:path=${bus}` } };
    return { config: { 'exec-opts': ['native.cgroupdriver=cgroupfs'] }, env: {} };
}
/** The daemon's environment: ours (daemonEnvironment), with a runtime directory and a home. */
function environment(tools, paths) {
    return {
        ...daemonEnvironment([tools.dockerd, tools.rootlesskit, tools.network.program], process.env),
        XDG_RUNTIME_DIR: paths.runtimeDir,
        HOME: (0,external_node_os_.homedir)(),
    };
}

;// CONCATENATED MODULE: ./src/engines/rootless/teardown.ts








/**
 * Stops rootlesskit (SIGTERM: it stops dockerd, whose pid namespace then ends with every container
 * in it; SIGKILL after the deadline), kills whatever of the instance is left, then removes the
 * daemon's directories. Idempotent, and it never throws: a problem becomes a warning.
 */
async function stopRootlessInstance(state, logger, options = {}) {
    const report = {
        summary: '',
        warnings: [],
        daemonDied: false,
        nothingFound: false,
        daemon: 'not running',
        processesKilled: 0,
        pathsRemoved: [],
    };
    const steps = [
        ['stopping rootlesskit', () => stopKit(state, report, logger, options)],
        ["removing the daemon's directories", () => removeDirectories(state, report)],
    ];
    for (const [what, body] of steps) {
        try {
            await body();
        }
        catch (error) {
            report.warnings.push(`${what}: ${error.message}`);
        }
    }
    return teardown_finish(state, report);
}
/** rootlesskit's pid while it is still ours: its arguments name the instance's state directory. */
async function ourKit(state) {
    if (!state.spawnedPid || !state.stateDir)
        return undefined;
    const argv = await argumentsOf(state.spawnedPid);
    return argv?.includes(`--state-dir=${state.stateDir}`) ? state.spawnedPid : undefined;
}
/**
 * A process of the instance by its exact arguments: rootlesskit and its child (our state
 * directory), dockerd (our daemon.json), containerd and the shims (files in our exec-root).
 */
function teardown_isInstanceProcess(argv, state) {
    const config = rootlessPathsIn(state.workDir, state.id).config;
    return argv.some((arg) => (state.stateDir !== undefined && arg === `--state-dir=${state.stateDir}`) ||
        arg === config ||
        (state.execRoot !== undefined && arg.startsWith(`${state.execRoot}/`)));
}
/** rootlesskit and every process under it (its child, the network driver, the daemon…). */
function treeOf(all, pid) {
    const tree = withDescendants(all, [pid]);
    return all.filter((info) => tree.has(info.pid));
}
async function stopKit(state, report, logger, options) {
    const kit = await ourKit(state);
    const before = await listProcesses();
    const tree = [...(kit ? treeOf(before, kit) : []), ...before.filter((info) => teardown_isInstanceProcess(info.argv, state))];
    if (kit) {
        // As mode dockerd's: its containers killed first, then rootlesskit, which stops dockerd.
        const daemon = { name: 'rootlesskit', pid: kit, socket: state.socket };
        const stopped = await stopDaemonProcess(daemon, AS_THIS_USER, logger, options);
        report.daemon = stopped.outcome;
        if (stopped.warning)
            report.warnings.push(stopped.warning);
    }
    await teardown_killLeftovers(state, tree, report, logger);
}
/** What outlived rootlesskit: the same pid with the same command line as before, or named by the marker. */
async function teardown_killLeftovers(state, tree, report, logger) {
    const now = await listProcesses();
    const survivors = now.filter((info) => tree.some((before) => before.pid === info.pid && before.cmdline === info.cmdline));
    const named = now.filter((info) => teardown_isInstanceProcess(info.argv, state));
    // Never this process or what runs it (a sudo or a shell whose arguments may name our files).
    const self = ancestorsOf(now);
    const leftovers = [...new Map([...survivors, ...named].map((info) => [info.pid, info])).values()].filter((info) => !self.has(info.pid));
    if (leftovers.length === 0)
        return;
    await killProcesses(AS_THIS_USER, leftovers);
    report.processesKilled = leftovers.length;
    logger.info(`Stopped ${leftovers.length} process(es) left behind: ${leftovers.map((info) => info.cmdline.split(' ')[0]).join(', ')}`);
}
/**
 * The data-root holds image layers owned by the user's subordinate ids, which the user can remove
 * only from inside a user namespace that maps them: rootlesskit runs `rm` in one (as Docker's docs
 * advise for a rootless data-root).
 */
async function removeDirectories(state, report) {
    const paths = [state.dataRoot, state.execRoot, state.stateDir, state.runtimeDir].filter((path) => path !== undefined);
    const present = [];
    for (const path of paths)
        if (await external_node_fs_.promises.lstat(path).catch(() => undefined))
            present.push(path);
    if (present.length === 0)
        return;
    const stubborn = [];
    for (const path of present)
        await io.rmRF(path).catch(() => stubborn.push(path));
    if (stubborn.length > 0) {
        const rootlesskit = await trustedCommand('rootlesskit');
        await runProgram(rootlesskit, ['--net=host', 'rm', '-rf', '--', ...stubborn], { timeoutMs: 60_000 });
    }
    report.pathsRemoved.push(...present);
}
function teardown_finish(state, report) {
    report.daemonDied = state.spawnedPid !== undefined && report.daemon === 'not running';
    report.summary = `rootless dockerd ${report.daemon}; ${report.processesKilled} leftover process(es) stopped; ${report.pathsRemoved.length} path(s) removed`;
    report.nothingFound =
        report.daemon === 'not running' && report.processesKilled === 0 && report.pathsRemoved.length === 0;
    if (report.daemonDied && !report.nothingFound && state.spawnedPid) {
        report.stoppedEarly = `rootlesskit (pid ${state.spawnedPid})`;
    }
    return report;
}

;// CONCATENATED MODULE: ./src/engines/rootless/engine.ts








/**
 * Mode dockerd without root: a dockerd of the invoking user's in rootlesskit's namespaces, behind
 * the same mutual TLS, reached through rootlesskit's port driver. No sudo anywhere, start or stop.
 */
const rootlessEngine = {
    mode: 'rootless',
    listens: true,
    async check(options) {
        refuseWhatRootlessCannotDo(options);
        // Every precondition at once, each failure with its fix, before anything is made.
        await checkRootlessPreconditions();
        const tools = await findTools();
        return { launch: (run) => launchRootless(run, tools) };
    },
    stop: stopRootlessInstance,
    stateFields: ROOTLESS_STATE_FIELDS,
    logsOf: (state) => state.logFile ? [{ title: 'rootless dockerd log (rootlesskit, dockerd, containerd)', file: state.logFile }] : [],
};
/** Containers always reach out through the user-mode network: there are no chains of ours to leave out. */
function refuseWhatRootlessCannotDo(options) {
    if (!options.outbound) {
        throw new errors/* DockerTlsError */.iw(`${setting(options.names, 'outbound', 'false')} is not available with ${setting(options.names, 'rootless', 'true')}: a rootless daemon's containers reach other networks through the user-mode network driver (slirp4netns or pasta), which has no switch for that.`, `Leave ${setting(options.names, 'outbound', 'true')} with rootless, or run mode dockerd as root (${setting(options.names, 'rootless', 'false')}) to keep containers off other networks.`, { badInput: true });
    }
}
async function findTools() {
    const [rootlesskit, dockerd, network] = await Promise.all([
        trustedCommand('rootlesskit'),
        findDockerd(),
        networkDriver(),
    ]);
    return { rootlesskit, dockerd, network };
}
/** slirp4netns (Docker's default for rootless), else pasta: the preconditions made sure of one. */
async function networkDriver() {
    const { driver } = await chooseNetworkDriver(systemProbe);
    if (!driver)
        throw new errors/* DockerTlsError */.iw('No user-mode network driver (slirp4netns or pasta) was found.');
    return { driver: driver.name, program: driver.path };
}

;// CONCATENATED MODULE: ./src/engines/index.ts




/** Every engine by its kind: the options name one to start (engineKindOf), post and down find it in the state. */
const ENGINES = {
    dockerd: dockerdEngine,
    dind: dindEngine,
    certs: certsEngine,
    rootless: rootlessEngine,
};
function engines_engineFor(kind) {
    return ENGINES[kind];
}

;// CONCATENATED MODULE: ./src/lifecycle/docker-context-step.ts



/**
 * The docker context, made while the daemon comes up (its endpoint and the client's files are
 * known by then; a roll-back removes it with the rest). Its marker is recorded before it is made,
 * so that teardown finds it even if the start stops in between, and its name once it exists.
 * Without a docker CLI there is nothing to make a context for: a warning, not a failure.
 */
function dockerContextWhileStarting(request, logger) {
    return async (client) => {
        const marker = naming_contextMarker(client.id);
        client.saveProgress({ context: { marker } });
        try {
            const endpoint = {
                dockerHost: client.endpoint.dockerHost,
                caPath: client.certs.clientCa,
                certPath: client.certs.clientCert,
                keyPath: client.certs.clientKey,
            };
            const created = await createDockerContext(request.name, client.id, endpoint, request.options);
            client.saveProgress({ context: { marker, name: created.name } });
            if (created.replacedLeftoverOf) {
                logger.info(`Replaced the docker context ${created.name} that instance ${created.replacedLeftoverOf} left: its daemon, bridge and processes are gone.`);
            }
            logger.info(`docker context ${created.name} (not made current): docker --context ${created.name} …`);
            return { dockerContext: created.name };
        }
        catch (error) {
            if (client.signal?.aborted || (request.required && !cliMissing(error)))
                throw error;
            logger.warning(`No docker context was made, so buildx cannot reach this daemon: ${(0,errors/* describeError */.Uc)(error)}\n` +
                'Check that $DOCKER_CONFIG (default ~/.docker) is writable by this user, or set the context input to "none".');
            return {};
        }
    };
}
/** Removes every context that carries this instance's marker. Never throws: says what it did. */
async function removeDockerContextsOf(state, options) {
    return state.context ? removeContextsMarked(state.context.marker, options) : [];
}

;// CONCATENATED MODULE: ./src/host/cert-dir.ts





// Whether a certificate set may go to a directory, checked once before anything is generated (so a
// bad cert-dir fails before a CA or a daemon exists), and the writing of the set there.
async function entriesOf(dir, input) {
    try {
        return await external_node_fs_.promises.readdir(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ENOTDIR') {
            throw new errors/* DockerTlsError */.iw(`The ${input} ${dir} is not a directory (a file is in the way).`, `Point ${input} at a new or empty directory.`, {
                badInput: true,
            });
        }
        throw error;
    }
}
const OUR_LAYOUT = new Set(['server', 'client']);
const OUR_FILES = new Set(['ca.pem', 'cert.pem', 'key.pem']);
/**
 * Refuses a directory that already holds something, so a typo in an output path cannot clobber a
 * user's files. With `replace`, only a directory laid out as ours (server/, client/) is replaced.
 */
async function cert_dir_checkCertificateDir(dir, options) {
    const { input } = options;
    const paths = certificatePaths(dir);
    const entries = await entriesOf(paths.dir, input);
    if (!entries || entries.length === 0)
        return { paths, existed: entries !== undefined, input };
    const foreign = entries.filter((entry) => !OUR_LAYOUT.has(entry));
    // Replacing removes server/ and client/ whole on failure: they must hold nothing but our files.
    for (const sub of entries.filter((entry) => OUR_LAYOUT.has(entry))) {
        const inside = (await entriesOf((0,external_node_path_.join)(paths.dir, sub), input)) ?? [];
        foreign.push(...inside.filter((name) => !OUR_FILES.has(name)).map((name) => `${sub}/${name}`));
    }
    if (!options.replace || foreign.length > 0) {
        const replaceHint = options.replaceOption
            ? `, or ask to replace the certificates there (${options.replaceOption})`
            : '';
        throw new errors/* DockerTlsError */.iw(`The ${input} ${dir} already exists and is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}).`, foreign.length > 0
            ? `Point ${input} at a new or empty directory; it holds files that are not certificates of ours.`
            : `Point ${input} at a new or empty directory${replaceHint}.`, { badInput: true });
    }
    return { paths, existed: true, input };
}
/**
 * cert-dir must be a new or empty directory this process can write: checked before anything is made,
 * so a read-only mount or a file in the way is one clear error instead of a half-made set-up.
 */
async function checkUsableCertificateDir(dir, input) {
    await cert_dir_refuseUntrusted(dir, input, 'swap the certificates there or redirect what is written and removed');
    const checked = await cert_dir_checkCertificateDir(dir, { input }).catch((error) => {
        if (error instanceof errors/* DockerTlsError */.iw)
            throw error;
        throw unusableCertificateDir(dir, input, error);
    });
    // The directory, or the nearest part of its path that exists: it will be created below that.
    let existing = dir;
    while (!(await external_node_fs_.promises.lstat(existing).catch(() => undefined)) && (0,external_node_path_.dirname)(existing) !== existing) {
        existing = (0,external_node_path_.dirname)(existing);
    }
    try {
        if (!(await external_node_fs_.promises.stat(existing)).isDirectory()) {
            throw Object.assign(new Error(`${existing} is not a directory`), { code: 'ENOTDIR' });
        }
        await external_node_fs_.promises.access(existing, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch (error) {
        throw unusableCertificateDir(dir, input, error);
    }
    return checked;
}
/**
 * Refuses a directory (or a directory above it) that another user could replace or redirect: owned
 * by someone other than this user and root, or writable by others without the sticky bit. Checked
 * before anything is written there; `risk` says what another user could do.
 */
async function cert_dir_refuseUntrusted(dir, input, risk) {
    const untrusted = await files_untrustedComponentOf(dir, process.getuid?.() ?? 0);
    if (!untrusted)
        return;
    throw new errors/* DockerTlsError */.iw(`The ${input} ${dir} cannot be used: ${untrusted.path === (0,external_node_path_.resolve)(dir) ? 'it' : untrusted.path} is not safe from other users (${untrusted.reason}). Another user could ${risk}.`, `Point ${input} at a directory only this user and root can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true });
}
function unusableCertificateDir(dir, input, error) {
    const code = error.code;
    const reason = code === 'ENOTDIR'
        ? 'a file is in the way (not a directory)'
        : code === 'EROFS'
            ? 'it is on a read-only file system'
            : code === 'EACCES' || code === 'EPERM'
                ? 'this user may not write there (permission denied)'
                : error.message;
    return new errors/* DockerTlsError */.iw(`The ${input} ${dir} cannot be used: ${reason}.`, `Point ${input} at a new or empty directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true, cause: error });
}
/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again. Checks the
 * directory first, unless it is given as checked already.
 */
async function cert_dir_writeCertificateSet(dir, set, options = {}) {
    return (await writeCertificateSetRecorded(dir, set, options)).paths;
}
/** writeCertificateSet, also saying what it made: the action's teardown removes exactly that. */
async function writeCertificateSetRecorded(dir, set, options = {}) {
    const checked = typeof dir === 'string' ? await cert_dir_checkCertificateDir(dir, { input: 'directory', ...options }) : dir;
    const { paths } = checked;
    const made = { createdDirs: [], identities: {} };
    try {
        if (checked.existed)
            made.originalMode = (await external_node_fs_.promises.lstat(paths.dir)).mode & 0o7777;
        made.createdDirs = await makePrivateDir(paths.dir);
        await Promise.all([makePrivateDir(paths.serverDir), makePrivateDir(paths.clientDir)]);
        await Promise.all([
            files_writeFileAtomic(paths.serverCa, set.caCertPem, CERT_MODE),
            files_writeFileAtomic(paths.serverCert, set.server.certPem, CERT_MODE),
            files_writeFileAtomic(paths.serverKey, set.server.keyPem, KEY_MODE),
            files_writeFileAtomic(paths.clientCa, set.caCertPem, CERT_MODE),
            files_writeFileAtomic(paths.clientCert, set.client.certPem, CERT_MODE),
            files_writeFileAtomic(paths.clientKey, set.client.keyPem, KEY_MODE),
        ]);
        for (const path of new Set([paths.dir, ...made.createdDirs, paths.serverDir, paths.clientDir])) {
            const identity = await identityOf(path);
            if (identity)
                made.identities[path] = identity;
        }
    }
    catch (error) {
        // Loaded only on this path: its `assert` is a few milliseconds of every `docker-tls certs` otherwise.
        const { rmRF } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8701));
        await (checked.existed
            ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => rmRF(sub)))
            : rmRF(made.createdDirs[0] ?? paths.dir));
        if (made.originalMode !== undefined)
            await external_node_fs_.promises.chmod(paths.dir, made.originalMode).catch(() => undefined);
        const code = error.code;
        throw new errors/* DockerTlsError */.iw(`Cannot write certificates to ${paths.dir}: ${error.message}`, code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'Choose a directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.'
            : undefined, { cause: error });
    }
    return { paths, made };
}
/**
 * A copy of the server's files in the instance's private work directory (0700, ours or root's):
 * the daemon reads only these, so a user-given cert-dir, whatever becomes of it while the daemon
 * starts, can never hand it another CA.
 */
async function writeDaemonTlsFiles(workDir, set) {
    await makePrivateDir(daemonTlsDir(workDir));
    const files = daemonTlsFiles(workDir);
    await Promise.all([
        files_writeFileAtomic(files.ca, set.caCertPem, CERT_MODE),
        files_writeFileAtomic(files.cert, set.server.certPem, CERT_MODE),
        files_writeFileAtomic(files.key, set.server.keyPem, KEY_MODE),
    ]);
    return files;
}

;// CONCATENATED MODULE: ./src/host/network/ports.ts



function listenOnce(host, port) {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_.createServer)();
        server.once('error', reject);
        server.listen({ host, port, exclusive: true }, () => {
            const address = server.address();
            const bound = typeof address === 'object' && address ? address.port : port;
            server.close(() => resolve(bound));
        });
    });
}
/**
 * Port 0 becomes a free port the kernel picks; any other port is checked, so a port in use is
 * reported before anything is created rather than as a daemon that dies during start-up.
 */
async function reservePort(host, port, names) {
    try {
        return await listenOnce(host, port);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EADDRINUSE') {
            throw new errors/* DockerTlsError */.iw(`Port ${port} on ${host} is already in use by another process.`, `Choose another port, or ${setting(names, 'port', '0')} for a free one.`, { badInput: true });
        }
        if (code === 'EADDRNOTAVAIL') {
            throw new errors/* DockerTlsError */.iw(`${host} is not an address of this machine, so nothing can listen on it.`, `Use ${setting(names, 'host', '127.0.0.1')} (the default), 0.0.0.0 for every interface, or an address that "ip addr" lists.`, { badInput: true });
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/core/pki/index.ts + 6 modules
var pki = __webpack_require__(5844);
;// CONCATENATED MODULE: ./src/lifecycle/certificates.ts


/**
 * Issues the server certificate (naming `extraSans` too) and writes the daemon's copy of its files
 * into the private work directory; then, while the daemon starts, the client's certificate and
 * the whole set into the given cert-dir (checked before anything was made) or our own. What it
 * made in a given cert-dir is recorded by device and inode, so that teardown removes only that.
 */
function makeCertificates(options, prepared, where, extraSans, saveProgress, logger) {
    const forDaemon = (async () => {
        const given = typeof where.dir === 'string' ? undefined : where.dir;
        const certDir = given?.paths.dir ?? where.dir;
        saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
        const server = await (await prepared).server(extraSans);
        return { server, daemonTls: await writeDaemonTlsFiles(where.workDir, server) };
    })();
    const all = forDaemon.then(async ({ server, daemonTls }) => {
        const certificateSet = { ...server, client: await (await prepared).client() };
        const certs = await writeCertDir(options, where.dir, certificateSet, saveProgress);
        saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
        logger.info(`Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certs.dir}`);
        return { certificateSet, certs, daemonTls };
    });
    // Whoever waits for the daemon's part alone still gets this failure from `all` when it asks.
    all.catch(() => undefined);
    return { forDaemon, all };
}
/** The set in cert-dir; in a given one, what was made there is recorded for teardown. */
async function writeCertDir(options, dir, certificateSet, saveProgress) {
    const { paths, made } = await writeCertificateSetRecorded(dir, certificateSet, { input: options.names.certDir });
    if (typeof dir !== 'string') {
        saveProgress({
            certDirCreated: made.createdDirs,
            certDirIdentities: made.identities,
            certDirMode: made.originalMode,
        });
    }
    return paths;
}
/**
 * `docker-tls certs`: a set written to `dir` to keep (no state, no teardown). The directory is
 * checked before a key is generated (seconds for RSA-4096).
 */
async function writeCertificateFiles(options, dir, where) {
    await refuseUntrusted(dir, where.input, 'swap the certificates there or redirect what is written');
    const checked = await checkCertificateDir(dir, where);
    const set = await createCertificateSet(options);
    return { set, paths: await writeCertificateSet(checked, set) };
}

;// CONCATENATED MODULE: ./src/lifecycle/begin.ts






/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
async function makeWorkDir(tempDir, newId = newInstanceId) {
    await external_node_fs_.promises.mkdir(tempDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    for (let attempt = 1;; attempt += 1) {
        const id = newId();
        const workDir = (0,external_node_path_.join)(tempDir, naming_markerOf(id));
        try {
            await external_node_fs_.promises.mkdir(workDir, { mode: PRIVATE_DIR_MODE });
        }
        catch (error) {
            if (error.code === 'EEXIST' && attempt < 10)
                continue;
            throw error;
        }
        await external_node_fs_.promises.chmod(workDir, PRIVATE_DIR_MODE);
        return { id, workDir };
    }
}
const noop = () => undefined;
/** The instance's id, its private work directory and its first saved state; the run an engine uses. */
async function beginInstance(engine, options, context, where, logPhase, work) {
    const { listen, givenCertDir } = where;
    const { id, workDir } = await makeWorkDir(context.tempDir);
    let state = { version: 1, mode: engine.mode, id, workDir };
    const saveProgress = (more) => {
        state = { ...state, ...more };
        context.store.save(state);
        context.signal?.throwIfAborted();
    };
    saveProgress({});
    // Under way on a thread of its own since the start began (start.ts): only the leaves' signatures
    // wait for the server's names (dind's addresses come with the container's start).
    const prepared = work.prepared;
    let certificates;
    // Made once: the engine asks while it works, the lifecycle afterwards for the client's keys.
    const underWay = (extraSans) => (certificates ??= makeCertificates(options, prepared, { dir: givenCertDir ?? (0,external_node_path_.join)(workDir, 'certs'), workDir }, 
    // Read when they are made: an engine's bridge made before then is among the interfaces.
    [...(engine.listens ? bindAddressSans(listen.bindHost) : []), ...extraSans], saveProgress, context.logger));
    return {
        id,
        marker: naming_markerOf(id),
        workDir,
        options,
        listen,
        logger: context.logger,
        signal: context.signal,
        saveProgress,
        logPhase,
        daemonCertificates: (extraSans = []) => underWay(extraSans).forDaemon,
        certificates: (extraSans = []) => underWay(extraSans).all,
        certificatesWritten: () => certificates?.all.then(noop, noop) ?? Promise.resolve(),
        state: () => state,
        stranger: () => work.stranger,
    };
}

// EXTERNAL MODULE: ./src/lifecycle/certificate-thread.ts
var certificate_thread = __webpack_require__(2152);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/core/probes.ts



// What a client sees of a Docker daemon's TLS port: one mTLS /_ping, and the probes that must be
// refused (no client certificate, a stranger's, plain HTTP). Used by the start (readiness and the
// refusal proof) and by the doctor; they only connect, and judge what came back.
const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';
/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
function clientContext(tls) {
    return (0,external_node_tls_.createSecureContext)({ ca: tls.ca, cert: tls.cert, key: tls.key });
}
/** One mTLS `GET /_ping`; resolves with the status code and body, rejects on any error or timeout. */
function pingOnce(host, port, secureContext, timeoutMs) {
    return new Promise((resolve, reject) => {
        // https passes its options on to tls.connect, which takes a prebuilt secureContext; the
        // https typings do not list it.
        const options = {
            host,
            port,
            path: '/_ping',
            method: 'GET',
            secureContext,
            agent: false,
            timeout: timeoutMs,
        };
        const req = (0,external_node_https_.request)(options, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}
const PROBE_TIMEOUT_MS = 2000;
/** OpenSSL's messages carry source paths and codes; the alert name is what a reader needs. */
function tlsErrorSummary(error) {
    const alert = /alert ([a-z ]+?)(?::|$| \(|\n)/i.exec(error.message)?.[1];
    if (alert)
        return `TLS alert "${alert.trim()}"`;
    const code = error.code;
    return code ? `${code}: ${error.message.split('\n')[0]}` : error.message.split('\n')[0];
}
/** An alert the server sent (OpenSSL words it "... alert ..."), not a check of ours that failed. */
function isServerAlert(error) {
    return /\balert\b/i.test(error.message) && String(error.code ?? '').startsWith('ERR_SSL');
}
const SERVER_CLOSED = new Set(['ECONNRESET', 'EPIPE']);
/**
 * Whether a TLS exchange shows the server refusing: an alert from it, or a close or reset once the
 * connection was made and before any answer. Any HTTP answer means it let the client in; a refused
 * connection, a timeout or our own verification error proves nothing.
 */
function judgeTlsRefusal({ response, error, connected }) {
    const status = /^HTTP\/1\.[01] \d{3}[^\r\n]*/.exec(response)?.[0];
    if (status)
        return { refused: false, detail: `answered ${status}` };
    if (!connected)
        return { refused: false, detail: `no connection (${error ? tlsErrorSummary(error) : 'closed'})` };
    if (!error)
        return { refused: true, detail: 'closed the connection without an answer' };
    if (isServerAlert(error))
        return { refused: true, detail: tlsErrorSummary(error) };
    const code = error.code ?? '';
    if (SERVER_CLOSED.has(code))
        return { refused: true, detail: `${code}: closed the connection without an answer` };
    return { refused: false, detail: `no refusal seen (${tlsErrorSummary(error)})` };
}
/** Plain HTTP to a TLS port: Go's TLS server answers 400 ("Client sent an HTTP request to an HTTPS server"). */
function judgePlainRefusal({ response, error, connected }) {
    const status = /^HTTP\/1\.[01] (\d{3})[^\r\n]*/.exec(response);
    if (status?.[1] === '400')
        return { refused: true, detail: `answered ${status[0]}` };
    if (status)
        return { refused: false, detail: `answered ${status[0]}` };
    const how = error ? tlsErrorSummary(error) : 'closed without an answer';
    return { refused: false, detail: connected ? `no HTTP 400 (${how})` : `no connection (${how})` };
}
/** Sends the ping over TLS with `options` (no client certificate, or a stranger's), judged by judgeTlsRefusal. */
function probeTls(host, port, options, timeoutMs) {
    return sendPingAndJudge(timeoutMs, judgeTlsRefusal, (onData, finish, onConnect) => {
        const socket = (0,external_node_tls_.connect)({ host, port, servername: isNameForSni(host) ? host : undefined, ...options }, () => socket.write(PING_REQUEST));
        socket.once('connect', onConnect);
        socket.on('data', onData);
        socket.on('error', finish);
        socket.on('close', () => finish());
        return socket;
    });
}
/**
 * Sends the ping over TLS without a client certificate. With TLS 1.3 the client's handshake ends
 * before the server has checked for a certificate, so the verdict comes from what follows: an
 * alert or a close means refused, any HTTP answer means the daemon does not enforce client certificates.
 */
function probeWithoutClientCert(host, port, ca, timeoutMs) {
    return probeTls(host, port, { ca }, timeoutMs);
}
/** The ping with a client certificate of another CA: the daemon must trust our CA only. */
function probeWithForeignClientCert(host, port, ca, foreign, timeoutMs) {
    return probeTls(host, port, { ca, cert: foreign.cert, key: foreign.key }, timeoutMs);
}
/** Sends the ping as plain HTTP to the TLS port; only an HTTP 400 is a refusal. */
function probePlainHttp(host, port, timeoutMs) {
    return sendPingAndJudge(timeoutMs, judgePlainRefusal, (onData, finish, onConnect) => {
        const socket = (0,external_node_net_.connect)({ host, port }, () => {
            onConnect();
            socket.write(PING_REQUEST);
        });
        socket.on('data', onData);
        socket.on('error', finish);
        socket.on('close', () => finish());
        return socket;
    });
}
function isNameForSni(host) {
    return !/^[\d.]+$/.test(host) && !host.includes(':');
}
/** Collects the answer on the socket `open` makes until a status line, a close or an error. */
function sendPingAndJudge(timeoutMs, judge, open) {
    return new Promise((resolve, reject) => {
        let response = '';
        let connected = false;
        let done = false;
        const finish = (error) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(judge({ response, error, connected }));
        };
        const socket = open((chunk) => {
            response += chunk.toString('latin1');
            if (/^HTTP\/1\.[01] \d{3}/.test(response))
                finish();
        }, finish, () => (connected = true));
        const timer = setTimeout(() => {
            if (done)
                return;
            done = true;
            socket.destroy();
            reject(new Error(`the daemon neither answered nor closed the connection within ${timeoutMs} ms`));
        }, timeoutMs);
    });
}
/**
 * Our own client: it must be let in (HTTP 200 to the ping) by a server presenting the very
 * certificate we made. Resolves with what went wrong, or undefined when all is as it must be.
 */
function problemWithOurClient(host, port, set, timeoutMs) {
    return new Promise((resolve) => {
        let fingerprint = '';
        let response = '';
        const options = { host, port, ca: set.caCertPem, cert: set.client.certPem, key: set.client.keyPem };
        const socket = (0,external_node_tls_.connect)({ ...options, servername: isNameForSni(host) ? host : undefined, timeout: timeoutMs }, () => {
            fingerprint = socket.getPeerCertificate().fingerprint256;
            socket.write(PING_REQUEST);
        });
        const done = (problem) => {
            socket.destroy();
            resolve(problem);
        };
        socket.on('data', (chunk) => {
            response += chunk.toString('latin1');
            const status = /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1];
            if (!status)
                return;
            if (fingerprint !== set.server.fingerprint)
                done(`the server presented ${fingerprint}, not our certificate`);
            else
                done(status === '200' ? undefined : `answered HTTP ${status}`);
        });
        socket.on('timeout', () => done(`no answer within ${timeoutMs} ms`));
        socket.on('error', (error) => done(`refused it (${tlsErrorSummary(error)})`));
        socket.on('close', () => done('the connection closed without an answer'));
    });
}

;// CONCATENATED MODULE: ./src/lifecycle/readiness.ts



/**
 * Polls mTLS `/_ping` until the daemon answers 200. Fails at once when the daemon stops, at the
 * deadline otherwise, with what its log says.
 */
async function waitUntilReady(readiness) {
    const { daemon, tls, timeoutMs } = readiness;
    const { clientHost, clientPort } = readiness.endpoint;
    let lastError = '';
    let nameMissing;
    const outcome = await waitUntil(async (remainingMs) => {
        if (daemon.exitReason())
            return 'stopped';
        try {
            const { status, body } = await pingOnce(clientHost, clientPort, tls, Math.max(1, Math.min(PROBE_TIMEOUT_MS, remainingMs)));
            if (status === 200)
                return 'ready';
            lastError = `HTTP ${status} ${body.slice(0, 200)}`;
        }
        catch (error) {
            lastError = error.message;
            // No retry makes a certificate name what it does not name: say so now, not at the deadline.
            if ((nameMissing = nameMismatchOf(error)))
                return 'name missing';
        }
        return daemon.exitReason() ? 'stopped' : undefined;
    }, 
    // dockerd is usually ready within 100-300 ms: polling finely costs little and answers sooner.
    { timeoutMs, intervalMs: 5, backoff: 1.5, maxIntervalMs: 20, signal: readiness.signal });
    if (outcome === 'ready')
        return;
    if (outcome === 'name missing')
        throw nameMissingError(nameMissing, daemon.name, readiness.sansOption);
    const exited = daemon.exitReason();
    const what = exited
        ? `${daemon.name} ${exited} before it was ready`
        : `${daemon.name} did not answer an mTLS /_ping within ${timeoutMs} ms (last: ${lastError})`;
    throw new errors/* DockerTlsError */.iw(`${what}.${await daemon.explainFailure()}`, exited
        ? undefined
        : `A slow runner may need a longer ${readiness.timeoutOption}; the log above shows how far ${daemon.name} got.`);
}
function nameMismatchOf(error) {
    const tlsError = error;
    if (tlsError?.code !== 'ERR_TLS_CERT_ALTNAME_INVALID')
        return undefined;
    return { name: tlsError.host ?? '?', certificateNames: tlsError.cert?.subjectaltname ?? '(none)' };
}
function nameMissingError(mismatch, daemonName, sansOption) {
    const names = mismatch.certificateNames.replace(/IP Address:/g, 'IP:');
    return new errors/* DockerTlsError */.iw(`${daemonName} answers, but its server certificate does not name ${mismatch.name}, the address clients use; ` +
        `the certificate names ${names}.`, `Add ${mismatch.name} to ${sansOption}.`);
}

;// CONCATENATED MODULE: ./src/lifecycle/refusal.ts



/** A probe's promise as [what it tried, what it saw]; a probe that fails outright proves nothing. */
async function named(what, probe) {
    return [what, await probe.catch((error) => ({ refused: false, detail: error.message }))];
}
/**
 * The point of the exercise: the port must refuse anyone without a certificate from our CA. Each
 * probe must see the daemon refuse (an alert, a close after the handshake began, a 400 to plain
 * HTTP); anything else, a refused connection included, fails the start. A client certificate of a
 * throw-away foreign CA must be refused too, and the server must present the certificate we made:
 * the daemon trusts the CA in memory, not merely some CA.
 */
async function proveRefusals(endpoint, set, logger, stranger = (0,pki/* strangerClientCertificate */.N5)()) {
    const { clientHost: host, clientPort: port } = endpoint;
    const timeout = PROBE_TIMEOUT_MS * 2;
    const foreign = stranger.then((leaf) => ({ cert: leaf.certPem, key: leaf.keyPem }));
    // All at once: each is a connection of its own, and the start waits for the last.
    const [probes, ourClient] = await Promise.all([
        Promise.all([
            named('TLS without a client certificate', probeWithoutClientCert(host, port, set.caCertPem, timeout)),
            named('TLS with a client certificate of another CA', foreign.then((material) => probeWithForeignClientCert(host, port, set.caCertPem, material, timeout))),
            named('plain HTTP', probePlainHttp(host, port, timeout)),
        ]),
        problemWithOurClient(host, port, set, timeout),
    ]);
    const unproven = probes.filter(([, result]) => !result.refused);
    if (ourClient)
        unproven.push(['a client certificate of our CA, which must be let in', { refused: false, detail: ourClient }]);
    if (unproven.length > 0) {
        throw new errors/* DockerTlsError */.iw(`Could not prove that the daemon on port ${port} refuses clients it must refuse: ${unproven.map(([what, result]) => `${what}: ${result.detail}`).join('; ')}.`, 'Something else may be listening on this port, or the daemon configuration disables tlsverify. The job was stopped so nothing runs against an open Docker API.');
    }
    logger.info(`Refused as it must: ${probes.map(([what, result]) => `${what} (${result.detail})`).join('; ')}.`);
}

;// CONCATENATED MODULE: ./src/lifecycle/start.ts










/** What another user could do with a directory of state and work directories they can change. */
const TEMP_DIR_RISK = 'forge the state that down and post act on as root, or swap the work directory';
/**
 * Certificates, then the engine's daemon on them, ready over mTLS and proven to refuse clients
 * without a certificate. On failure it throws; what it made is in the last saved state.
 */
async function startInstance(options, engine, context) {
    const logPhase = (what) => context.logger.debug(`[${Math.round(performance.now())} ms] ${what}`);
    logPhase('starting');
    // Begun before the checks, beside them: it makes nothing (keys and certificates in memory), and
    // loading the X.509 library and signing are the longest part of the way to the daemon's spawn.
    const work = (0,certificate_thread/* startCertificateWork */.h)(options);
    // A start that fails before it asks for them leaves no unhandled rejection.
    work.prepared.catch(() => undefined);
    work.stranger.catch(() => undefined);
    let run;
    try {
        await cert_dir_refuseUntrusted(context.tempDir, context.tempDirInput ?? 'temp directory', TEMP_DIR_RISK);
        const launcher = await engine.check(options);
        const givenCertDir = options.certDir
            ? await checkUsableCertificateDir(options.certDir, options.names.certDir)
            : undefined;
        const port = engine.listens ? await reservePort(options.host, options.port, options.names) : options.port;
        logPhase('checks done');
        const listen = endpointOf(options.host, port);
        run = await beginInstance(engine, options, context, { listen, givenCertDir }, logPhase, work);
        return await launchAndAnswer(launcher, run, context);
    }
    catch (error) {
        // cert-dir is written while the daemon starts: nothing may land there after the clean-up.
        await run?.certificatesWritten();
        throw error;
    }
    finally {
        work.release();
    }
}
async function launchAndAnswer(launcher, run, context) {
    const daemon = await launcher.launch(run);
    const made = async () => {
        const { certificateSet, certs } = await run.certificates();
        return { state: run.state(), certificateSet, certs };
    };
    if (!daemon)
        return made();
    try {
        const started = await answerAndProve(daemon, run, context);
        return { ...(await made()), daemon: started };
    }
    catch (error) {
        await daemon.settled?.();
        throw error;
    }
}
/** Waits for the launched daemon's mTLS answer, proves it refuses strangers, and says how to reach it. */
async function answerAndProve(daemon, run, context) {
    const { certificateSet, certs } = await run.certificates();
    const endpoint = daemon.endpoint ?? run.listen;
    const alongside = beside(context.whileStarting?.({ id: run.id, endpoint, certs, saveProgress: run.saveProgress, signal: context.signal }));
    try {
        const readyAfterMs = await answer(daemon, run, endpoint, certificateSet);
        const details = await daemon.ready();
        run.saveProgress({ dockerHost: endpoint.dockerHost });
        await proveRefusals(endpoint, certificateSet, context.logger, run.stranger());
        const more = await alongside.join();
        run.logPhase('refusals proven');
        const environment = clientEnvironment({ ...endpoint, clientDir: certs.clientDir, socket: details.socket });
        run.saveProgress({ environment });
        return { endpoint, readyAfterMs, environment, ...details, ...more };
    }
    catch (error) {
        await alongside.join().catch(() => undefined);
        throw error;
    }
}
/** Waits for the daemon's first mTLS answer; the milliseconds from its launch. */
async function answer(daemon, run, endpoint, certificateSet) {
    const { names, startupTimeoutMs } = run.options;
    await waitUntilReady({
        daemon,
        endpoint,
        tls: clientContext({
            ca: certificateSet.caCertPem,
            cert: certificateSet.client.certPem,
            key: certificateSet.client.keyPem,
        }),
        timeoutMs: startupTimeoutMs,
        timeoutOption: spelled(names, 'startupTimeout'),
        sansOption: spelled(names, 'sans'),
        signal: run.signal,
    });
    const readyAfterMs = performance.now() - daemon.launchedAt;
    run.logger.info(`${daemon.name} answers mTLS /_ping on ${endpoint.dockerHost} after ${Math.round(readyAfterMs)} ms`);
    return readyAfterMs;
}
/** Runs `work` beside the caller's own; `join` waits for it and rethrows its failure. */
function beside(work) {
    // Caught at once: a failure while the caller still waits for the daemon is no unhandled rejection.
    const outcome = work?.then((value) => ({ value }), (error) => ({ error }));
    return {
        join: async () => {
            const settled = await outcome;
            if (settled && 'error' in settled)
                throw settled.error;
            return settled?.value;
        },
    };
}

;// CONCATENATED MODULE: ./src/lifecycle/teardown.ts






/**
 * The one teardown, for every mode, after a job, `docker-tls down`, the library's stop and a failed
 * start alike: the docker context, then the engine's own parts (its daemon and what only it can
 * remove), then what every mode shares: the given cert-dir as it was (only our server/ and client/
 * removed, checked by device and inode; its mode given back; the directories made for it removed
 * when empty), the work directory (with our own cert-dir in it), the state. Never throws.
 */
async function teardownInstance(state, logger, options = {}) {
    const contexts = await removeDockerContextsOf(state, options.contextOptions);
    const stopped = await (options.engine ?? engines_engineFor(state.mode)).stop(state, logger, options);
    await options.beforeRemoval?.({ daemonDied: stopped.daemonDied }).catch(() => undefined);
    const files = await removeSharedFiles(state);
    await options.store?.remove().catch((error) => files.warnings.push(`removing the state: ${error.message}`));
    const removedFiles = files.removed.length > 0 ? [`removed the certificates and files (${files.removed.join(', ')})`] : [];
    return {
        summary: [stopped.summary, ...contexts, ...removedFiles].filter(Boolean).join('; ') || 'nothing was left',
        warnings: [...stopped.warnings, ...files.warnings],
        stoppedEarly: stopped.stoppedEarly,
        nothingFound: stopped.nothingFound && files.removed.length === 0 && !contexts.some((line) => line.startsWith('removed')),
    };
}
function logsOf(state) {
    return engineFor(state.mode).logsOf(state);
}
/** The given cert-dir given back as it was, then the work directory (our own cert-dir is inside). */
async function removeSharedFiles(state) {
    const removal = { removed: [], warnings: [] };
    if (state.certDir && state.certDirWasGiven)
        await restoreGivenCertDir(state, state.certDir, removal);
    if (await external_node_fs_.promises.lstat(state.workDir).catch(() => undefined)) {
        await io.rmRF(state.workDir).then(() => removal.removed.push(state.workDir), (error) => removal.warnings.push(`removing ${state.workDir}: ${error.message}`));
    }
    return removal;
}
/**
 * Undoes what main did to a user-given cert-dir, and nothing else: server/ and client/ only while
 * they are still the directories main made (same device and inode: not a directory or symlink put
 * there since), the directories made for it (innermost first, only when empty), and the mode of a
 * directory that existed before, while it is still that directory.
 */
async function restoreGivenCertDir(state, certDir, removal) {
    const identities = state.certDirIdentities ?? {};
    for (const path of [(0,external_node_path_.join)(certDir, 'server'), (0,external_node_path_.join)(certDir, 'client')]) {
        if (!(await external_node_fs_.promises.lstat(path).catch(() => undefined)))
            continue;
        if (identities[path] && (await isSameFile(path, identities[path]))) {
            await io.rmRF(path);
            removal.removed.push(path);
        }
        else {
            removal.warnings.push(`${path} was left alone: it is not the directory the main step made there`);
        }
    }
    for (const dir of [...(state.certDirCreated ?? [])].reverse()) {
        if (!identities[dir] || !(await isSameFile(dir, identities[dir])))
            continue;
        // Only when empty: what someone else put there since is theirs.
        const emptied = await external_node_fs_.promises.rmdir(dir).then(() => true, () => false);
        if (emptied)
            removal.removed.push(dir);
    }
    const itself = identities[certDir];
    if (state.certDirMode !== undefined && itself && (await isSameFile(certDir, itself))) {
        await chmodDirNoFollow(certDir, state.certDirMode);
    }
}

;// CONCATENATED MODULE: ./src/lifecycle/roll-back.ts






/**
 * The one start every adapter runs: SIGINT and SIGTERM abort it; on any failure what was made so far
 * is torn down at once, by the one teardown (a problem there is a warning), so that nothing
 * half-made is left for post. Never throws and never exits the process: the caller reports the
 * outcome and its exit code.
 */
async function startOrRollBack(options, context) {
    const abort = abortOnSignal(context.logger);
    let state;
    const store = { ...context.store, save: (next) => context.store.save((state = next)) };
    const { contextRequired, contextOptions } = context;
    const engine = context.engine ?? engines_engineFor(engineKindOf(options));
    try {
        const started = await startInstance(options, engine, {
            ...context,
            store,
            signal: abort.signal,
            whileStarting: options.context === undefined
                ? undefined
                : dockerContextWhileStarting({ name: options.context, required: contextRequired, options: contextOptions }, context.logger),
        });
        abort.signal.throwIfAborted();
        return { started, exitCode: 0 };
    }
    catch (error) {
        context.onFailure?.(error);
        // Leave nothing half-made; post finds the same state and has nothing left to do.
        if (state) {
            const options = { stopTimeoutMs: 3000, contextOptions, store, engine };
            const report = await teardownInstance(state, context.logger, options);
            for (const warning of report.warnings)
                context.logger.warning(`Cleanup after the failure: ${warning}`);
            context.logger.info(`Cleanup after the failure: ${report.summary}`);
        }
        const badInput = error instanceof errors/* DockerTlsError */.iw && error.badInput;
        return { error, exitCode: abort.exitCode() ?? (badInput ? 2 : 1), signal: abort.received() };
    }
    finally {
        abort.stop();
    }
}
/**
 * If a start is cancelled (the runner sends SIGINT, then SIGTERM 7.5 s later; a user presses
 * Ctrl-C), nothing may stay running. The handler only aborts the start: it stops at its next step,
 * and the failure path tears down everything recorded by then, including what was made after the
 * signal. The handlers stay until `stop`, so a second signal cannot cut that teardown short.
 */
function abortOnSignal(logger) {
    const controller = new AbortController();
    let received;
    const handler = (signal) => {
        if (received)
            return;
        received = signal;
        logger.warning(`Received ${signal} while starting; removing what was made so far.`);
        controller.abort(new errors/* DockerTlsError */.iw(`Stopped by ${signal} before the daemon was ready.`));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        signal: controller.signal,
        received: () => received,
        stop: () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
        exitCode: () => (received === undefined ? undefined : received === 'SIGINT' ? 130 : 143),
    };
}

;// CONCATENATED MODULE: ./src/lifecycle/state-check.ts









/**
 * A saved state is read back by post, `docker-tls down` and `env`, and the library's stopDaemon,
 * which then kill and `rm -rf` as root what it names, or print it for a shell to eval. Anyone who
 * can write the state (a step of the job, a user who can write the CLI's state file, a caller of the
 * library) could otherwise aim that at any process or path: before anything is touched, every field
 * must be what main would have written, and a state file must be safe from other users. An empty
 * id, for one, would make the marker match every instance on the machine.
 */
/** `<tempDir>/dtls-<id>`: where main makes the work directory. */
function isWorkDirOf(workDir, id, tempDir) {
    return isCleanAbsolute(workDir) && dirname(workDir) === resolve(tempDir) && basename(workDir) === markerOf(id);
}
/** Absolute, normalised (no `..`, no `//`), without control characters. */
function isCleanAbsolute(path) {
    return (typeof path === 'string' &&
        isAbsolute(path) &&
        normalize(path) === path &&
        path !== '/' &&
        !hasControlCharacter(path));
}
const isText = (value) => typeof value === 'string' && !hasControlCharacter(value);
const DOCKER_HOST = /^tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
const state_check_CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;
/** A given cert-dir is absolute; our own is `<work dir>/certs`. */
const certDirCheck = (value, state) => {
    if (!isCleanAbsolute(value))
        return 'is not an absolute path';
    return state.certDirWasGiven || value === join(state.workDir, 'certs') ? undefined : 'is not in the work directory';
};
/** Directories made for a given cert-dir: it or directories above it. */
const createdCheck = (value, state) => {
    const certDir = state.certDir ?? '';
    const isAncestorOrSelf = (dir) => isCleanAbsolute(dir) && (dir === certDir || certDir.startsWith(`${dir}/`));
    return Array.isArray(value) && value.every(isAncestorOrSelf) ? undefined : 'are not cert-dir or above it';
};
/** What was made in a given cert-dir, by device and inode: only it, server/, client/ and the directories made. */
const identitiesCheck = (value, state) => {
    const certDir = state.certDir ?? '';
    const allowed = new Set([certDir, ...(state.certDirCreated ?? []), join(certDir, 'server'), join(certDir, 'client')]);
    const entries = typeof value === 'object' && value !== null ? Object.entries(value) : undefined;
    const fine = entries?.every(([path, identity]) => allowed.has(path) && isFileIdentity(identity, state) === undefined);
    return fine ? undefined : 'names other paths than what was made in cert-dir';
};
/** What clients were told: the variables we set, with values on one line; TLS verification on. */
const environmentCheck = (value) => {
    const entries = typeof value === 'object' && value !== null ? Object.entries(value) : [];
    const fine = entries.length > 0 &&
        entries.every(([name, text]) => CLIENT_VARIABLES.includes(name) && isText(text)) &&
        value.DOCKER_TLS_VERIFY === '1';
    return fine ? undefined : `is not the variables ${CLIENT_VARIABLES.join(', ')}`;
};
/** The fields every mode writes (core/state.ts), each with the check of what main puts there. */
function sharedFields(tempDir) {
    return {
        version: equalTo(() => 1),
        mode: (value) => (ENGINE_KINDS.includes(value) ? undefined : 'is not a mode'),
        id: (value) => (isInstanceId(String(value)) ? undefined : 'is not 8 hexadecimal digits'),
        workDir: (value, state) => isWorkDirOf(String(value), state.id, tempDir)
            ? undefined
            : `is not ${join(resolve(tempDir), markerOf(state.id))}`,
        certDir: certDirCheck,
        certDirWasGiven: isBoolean,
        certDirExisted: isBoolean,
        certDirCreated: createdCheck,
        certDirIdentities: identitiesCheck,
        certDirMode: (value) => Number.isInteger(value) && value >= 0 && value <= 0o7777 ? undefined : 'is not a mode',
        dockerHost: (value) => (isText(value) && DOCKER_HOST.test(value) ? undefined : 'is not tcp://host:port'),
        expiresAt: (value) => isText(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value
            ? undefined
            : 'is not a time (ISO 8601)',
        context: (value, state) => {
            const { marker, name, ...rest } = (value ?? {});
            const fine = marker === contextMarker(state.id) && (name === undefined || (isText(name) && state_check_CONTEXT_NAME.test(name)));
            return fine && Object.keys(rest).length === 0 ? undefined : 'is not a docker context of this instance';
        },
        environment: environmentCheck,
    };
}
/**
 * Why a saved state may not be torn down: every field checked against what main writes, the
 * shared ones against `tempDir` (the parent main made its work directory in), the rest against its
 * mode's engine. Empty when it is what main would have written.
 */
function problemsOfSavedState(state, tempDir, engine) {
    // Every other check names paths and names by the id: a bad one makes them all meaningless.
    if (!isInstanceId(String(state.id)))
        return [`its id ${JSON.stringify(state.id)} is not 8 hexadecimal digits`];
    const fields = { ...sharedFields(tempDir), ...(engine ?? engineFor(state.mode)).stateFields };
    return problemsOfFields(state, fields);
}
/**
 * A state file must be a regular file of this user (or root), that no other user may write, in a
 * directory no other user can change: who can write it chooses what `down` kills and removes as
 * root, and what `env` prints for a shell to eval.
 */
async function problemsOfStateFile(file) {
    const uid = process.getuid?.() ?? 0;
    const stat = await fs.lstat(file);
    if (!stat.isFile())
        return [`${file} is not a regular file (a symlink or something else)`];
    const problems = [];
    if (stat.uid !== uid && stat.uid !== 0)
        problems.push(`it is owned by another user (uid ${stat.uid})`);
    if (stat.mode & 0o022)
        problems.push('other users may write it');
    const untrusted = await untrustedComponentOf(dirname(file), uid);
    if (untrusted)
        problems.push(`${untrusted.path} is not safe from other users (${untrusted.reason})`);
    return problems;
}
/**
 * The one check every reader of a saved state makes (post, `down`, `env`, stopDaemon): the file,
 * then every field. Undefined for a record that names nothing to remove; a StateError naming every
 * problem, with nothing touched, for one that is not what main wrote.
 */
async function state_check_checkSavedState(source) {
    const refuse = (problems) => new StateError(`${source.refusal} (${problems.join('; ')}): nothing was stopped, removed or printed.`);
    const fileProblems = source.file ? await problemsOfStateFile(source.file) : [];
    if (fileProblems.length > 0)
        throw refuse(fileProblems);
    let state;
    try {
        state = parseState(typeof source.record === 'string' ? source.record : JSON.stringify(source.record));
    }
    catch (error) {
        throw refuse([error.message]);
    }
    if (!state)
        return undefined;
    const problems = problemsOfSavedState(state, source.tempDir);
    if (problems.length > 0)
        throw refuse(problems);
    return state;
}

;// CONCATENATED MODULE: ./src/lifecycle/state-store.ts






/** A store that only hands each state to `save` (the action's: the runner keeps it). */
function callbackStore(save) {
    return { save, remove: async () => undefined };
}
/** `<stateDir>/dtls-<id>.state.json`: next to the work directory, outside it. */
function stateFileFor(stateDir, id) {
    return join(stateDir, `${markerOf(id)}.state.json`);
}
/** Each state written to its file in order (0600, never through a symlink); `written` waits for the last. */
function fileStore(stateDir) {
    let file;
    let pending = Promise.resolve();
    return {
        save: (state) => {
            const path = (file = stateFileFor(stateDir, state.id));
            pending = pending.then(() => writeFileAtomic(path, JSON.stringify(state, null, 2) + '\n', 0o600).then(() => undefined));
        },
        written: async () => {
            await pending;
            return file;
        },
        remove: async () => {
            await pending.catch(() => undefined);
            if (file)
                await fs.rm(file, { force: true });
        },
    };
}
/** The store of a state read back from `file` (`docker-tls down`, the library's stopDaemon). */
function existingFileStore(file) {
    return { save: () => undefined, remove: () => fs.rm(file, { force: true }) };
}
/** The state in a file that `fileStore` wrote, checked (checkSavedState); undefined when there is no file. */
async function readStateFile(file) {
    let text;
    try {
        text = await fs.readFile(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    // up keeps the state file next to the work directory it made, in --state-dir.
    const refusal = `${file} is not a state file that docker-tls up writes`;
    const state = await checkSavedState({ record: text, tempDir: dirname(resolve(file)), file, refusal });
    if (!state)
        throw new DockerTlsError(`${file} is not a state file of docker-tls up (no id or work directory).`);
    return state;
}

;// CONCATENATED MODULE: ./src/adapters/action/inputs.ts




/** Every input's default by its action.yml name: the options' defaults plus the action's own input. */
const ACTION_INPUT_DEFAULTS = {
    ...Object.fromEntries(Object.entries(OPTION_DEFAULTS).map(([option, value]) => [INPUT_NAMES[option], value])),
    'export-env': 'true',
};
/**
 * Reads every input (the library reads, we check) and validates it before anything is created. The
 * outer engine of mode dind is dind-engine or the machine's socket, never a DOCKER_HOST an earlier
 * step exported.
 */
function readInputs() {
    const keys = Object.keys(OPTION_DEFAULTS);
    const raw = Object.fromEntries(keys.map((key) => [key, lib_core/* getInput */.V4(INPUT_NAMES[key])]));
    return {
        options: parseOptions(raw, INPUT_NAMES),
        exportEnv: parseBoolean('export-env', lib_core/* getInput */.V4('export-env') || ACTION_INPUT_DEFAULTS['export-env']),
    };
}

;// CONCATENATED MODULE: ./src/adapters/action/logger.ts

/** The core's progress as the runner shows it: lines, debug lines (RUNNER_DEBUG), warnings, groups. */
const actionLogger = {
    info: (message) => lib_core/* info */.pq(message),
    debug: (message) => lib_core/* debug */.Yz(message),
    warning: (message) => lib_core/* warning */.$e(message),
    group: (title, body) => lib_core/* group */.Os(title, body),
};
/** The one key main and post share through saveState / getState. */
const STATE_KEY = 'instance';

;// CONCATENATED MODULE: ./src/adapters/action/summary.ts


const TITLE = 'Docker over mutual TLS';
/** Text as HTML: the summary shows what a daemon or a path said, never markup from it (core's table does not escape). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Writes the job summary. A courtesy: a runner without one (or a full disk) must not fail the step,
 * so a problem here is a debug line.
 */
async function write(summary) {
    await summary.write().catch((error) => lib_core/* debug */.Yz(`No job summary: ${error.message}`));
    summary.emptyBuffer();
}
/** The job summary of main: what was made, and that no further certificate can be signed. */
async function writeStartSummary(set, rows) {
    const all = [
        ...rows,
        ['key algorithm', set.keyAlgorithm],
        ['server names', set.serverSans.map(san/* formatSan */.Qn).join(', ')],
        ['CA fingerprint (SHA-256)', set.caFingerprint],
        ['server certificate fingerprint (SHA-256)', set.server.fingerprint],
        ['client certificate fingerprint (SHA-256)', set.client.fingerprint],
        ['certificates expire', set.notAfter.toISOString()],
        ['CA private key', 'discarded after signing: never written to disk, no further certificate can be made'],
    ];
    const table = [
        [
            { data: 'what', header: true },
            { data: 'value', header: true },
        ],
        ...all.map((row) => row.map(escapeHtml)),
    ];
    await write(lib_core/* summary */.z.addHeading(TITLE, 3).addTable(table));
}
/** Post's part of the summary: what it removed, and any problem on the way. */
async function writeTeardownSummary(removed, warnings) {
    const summary = core.summary.addHeading(`${TITLE}: cleaned up`, 4).addRaw(`Removed: ${escapeHtml(removed)}`, true);
    if (warnings.length > 0)
        summary.addList(warnings.map((warning) => `warning: ${escapeHtml(warning)}`));
    await write(summary);
}

;// CONCATENATED MODULE: ./src/adapters/action/publish.ts



/** Outputs, the exported environment, log lines and the job summary of a start, in every mode. */
async function publish(started, exportEnv, mode) {
    const { certs, certificateSet: set, daemon } = started;
    maskPrivateKeys(set);
    setCertificateOutputs(set, certs);
    if (!daemon) {
        lib_core/* info */.pq(`Server certificate, key and CA in ${certs.serverDir}; the client's in ${certs.clientDir}`);
        await writeStartSummary(set, [
            ['mode', 'certs (certificates only; start your own daemon on the server files)'],
            ['files', `${certs.serverDir} (server), ${certs.clientDir} (client)`],
        ]);
        return;
    }
    setDaemonOutputs(daemon);
    if (exportEnv) {
        for (const [name, value] of Object.entries(daemon.environment))
            lib_core/* exportVariable */.dN(name, value);
    }
    const { dockerHost } = daemon.endpoint;
    lib_core/* info */.pq(`Docker over mutual TLS: DOCKER_HOST=${dockerHost} DOCKER_CERT_PATH=${certs.clientDir}` +
        (exportEnv ? ' (exported to the following steps)' : ' (not exported: export-env is false)'));
    lib_core/* info */.pq(`Server names: ${set.serverSans.map(san/* formatSan */.Qn).join(', ')}`);
    const rows = [
        ['endpoint (DOCKER_HOST)', dockerHost],
        ['mode', mode === 'rootless' ? 'dockerd, rootless (no root, no sudo)' : mode],
        ['time to ready', `${(daemon.readyAfterMs / 1000).toFixed(1)} s from launch to the first mTLS answer`],
        ['docker context', daemon.dockerContext ?? 'none'],
    ];
    await writeStartSummary(set, rows);
}
/**
 * The private keys' lines, masked for the rest of the job: a later step that prints key.pem (a
 * `cat` while debugging, a tool that dumps its TLS settings) shows *** in the log instead. The keys
 * are never printed here; only the runner reads these commands.
 */
function maskPrivateKeys(set) {
    for (const pem of [set.client.keyPem, set.server.keyPem]) {
        for (const line of pem.split('\n').filter((text) => /^[A-Za-z0-9+/=]{16,}$/.test(text)))
            lib_core/* setSecret */.Pq(line);
    }
}
/** The outputs every mode sets: where the files are and what is in them. */
function setCertificateOutputs(set, certs) {
    lib_core/* setOutput */.uH('cert-path', certs.clientDir);
    lib_core/* setOutput */.uH('ca-cert', certs.clientCa);
    lib_core/* setOutput */.uH('client-cert', certs.clientCert);
    lib_core/* setOutput */.uH('client-key', certs.clientKey);
    lib_core/* setOutput */.uH('server-cert-path', certs.serverDir);
    lib_core/* setOutput */.uH('ca-fingerprint', set.caFingerprint);
    lib_core/* setOutput */.uH('server-cert-fingerprint', set.server.fingerprint);
    lib_core/* setOutput */.uH('client-cert-fingerprint', set.client.fingerprint);
    lib_core/* setOutput */.uH('server-names', set.serverSans.map(san/* formatSan */.Qn).join(','));
    lib_core/* setOutput */.uH('expires-at', set.notAfter.toISOString());
}
function setDaemonOutputs(daemon) {
    lib_core/* setOutput */.uH('host', daemon.endpoint.dockerHost);
    lib_core/* setOutput */.uH('pid', String(daemon.pid ?? ''));
    lib_core/* setOutput */.uH('log-file', daemon.logFile ?? '');
    lib_core/* setOutput */.uH('context', daemon.dockerContext ?? '');
    lib_core/* setOutput */.uH('container-id', daemon.containerId ?? '');
}

;// CONCATENATED MODULE: ./src/adapters/action/run-main.ts










/** The main step: the exit code the step ends with (0, or 130/143 after a signal). */
async function runMain() {
    let inputs;
    try {
        inputs = readInputs();
    }
    catch (error) {
        lib_core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
        return 1;
    }
    for (const warning of caBundleWarnings(process.env))
        lib_core/* warning */.$e(warning);
    const outcome = await startOrRollBack(inputs.options, {
        tempDir: process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        tempDirInput: process.env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'temp directory',
        logger: actionLogger,
        store: callbackStore((state) => lib_core/* saveState */.LZ(STATE_KEY, JSON.stringify(state))),
        onFailure: (error) => lib_core/* setFailed */.C1((0,errors/* describeError */.Uc)(error)),
    });
    if (outcome.started) {
        await publish(outcome.started, inputs.exportEnv, engineKindOf(inputs.options));
        return 0;
    }
    return outcome.signal ? outcome.exitCode : 1;
}


/***/ })

};
