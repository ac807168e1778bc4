export const id = 602;
export const ids = [602];
export const modules = {

/***/ 4629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j0: () => (/* binding */ DIND_DEFAULTS),
/* harmony export */   wb: () => (/* binding */ parseDindSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_DIND_IMAGE, DEFAULT_DIND_ALIAS, refusedDindArg, parseDindArgs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _engine_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2150);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6926);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2170);




/**
 * The official image on the major version GitHub-hosted runners run (Docker 28): a major tag takes
 * fixes without the breaking changes of a new major (Docker 29 refuses clients older than API 1.44).
 */
const DEFAULT_DIND_IMAGE = 'docker:28-dind';
/** The dind container's name on its networks, and a name in its server certificate. */
const DEFAULT_DIND_ALIAS = 'docker';
/** The defaults as a user types them; action.yml shows the same (a test compares). */
const DIND_DEFAULTS = {
    engine: _engine_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENGINE */ .T,
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, 'Docker names start with a letter or digit, then letters, digits, _ . -', example);
    }
    return value;
}
/** Validates every dind setting before anything is made; errors name the options as the user knows them. */
function parseDindSettings(raw, names) {
    const engine = raw.engine?.trim() || _engine_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENGINE */ .T;
    const engineCertPath = parseEngineCertPath(engine, raw.engineCertPath, names);
    const alias = raw.alias?.trim() || DEFAULT_DIND_ALIAS;
    if (!DNS_LABEL.test(alias)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindAlias'), alias, 'must be one DNS label (letters, digits, inner hyphens)', 'docker');
    }
    const image = raw.image?.trim() || DEFAULT_DIND_IMAGE;
    if (/\s/.test(image)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindImage'), image, 'an image reference has no spaces', DEFAULT_DIND_IMAGE);
    }
    return {
        engine,
        engineCertPath,
        image,
        privileged: (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBoolean */ .yG)((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindPrivileged'), raw.privileged?.trim() || DIND_DEFAULTS.privileged),
        network: optionalName((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindNetwork'), raw.network, 'ci-net'),
        alias,
        volume: optionalName((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindVolume'), raw.volume, 'dind-cache'),
        args: parseDindArgs(raw.args ?? '', (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindArgs')),
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
    const endpoint = (0,_engine_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEngineEndpoint */ .h)(engine, undefined, (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindEngine'));
    const certPath = raw?.trim() ? (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePath */ .Rr)(raw, (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindEngineCertPath')) : undefined;
    if (certPath && endpoint.kind !== 'tcp') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindEngineCertPath'), raw, `it is for a tcp:// ${(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindEngine')} only`, 'the directory of ca.pem, cert.pem and key.pem of a tcp:// engine');
    }
    if (endpoint.kind === 'tcp' && !certPath && !isLoopback(endpoint.host)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindEngine'), engine, `a tcp:// outer engine beyond this machine needs mutual TLS: the dind server's key would cross the network in clear. Name the engine's client files (ca.pem, cert.pem, key.pem) with ${(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .spelled */ .uQ)(names, 'dindEngineCertPath')}, or use its unix:// socket`, 'tcp://10.0.0.5:2376 with dind-engine-cert-path: /home/runner/.docker/outer');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, `${refused.join(', ')} cannot be set here: the daemon's addresses and TLS settings are set for you to keep it behind mutual TLS (use the host, port and tls-san options instead)`, '--mtu=1400 --log-level=warn');
    }
    return args;
}


/***/ }),

/***/ 2150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ DEFAULT_ENGINE),
/* harmony export */   h: () => (/* binding */ parseEngineEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const DEFAULT_ENGINE = 'unix:///var/run/docker.sock';
const EXAMPLE = 'unix:///var/run/docker.sock';
/** Parses `unix:///path` or `tcp://host:port` (IPv6 in brackets); `input` names it in errors. */
function parseEngineEndpoint(raw, tls, input = 'dind-engine') {
    const url = raw.trim();
    if (url.startsWith('unix://')) {
        const socketPath = url.slice('unix://'.length);
        if (!socketPath.startsWith('/')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, 'a unix endpoint needs an absolute socket path', EXAMPLE);
        }
        return { kind: 'unix', url, socketPath };
    }
    if (url.startsWith('tcp://')) {
        let parsed;
        try {
            parsed = new URL(`http://${url.slice('tcp://'.length)}`);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, 'not a valid tcp://host:port address', 'tcp://127.0.0.1:2376');
        }
        if (!parsed.port || (parsed.pathname !== '/' && parsed.pathname !== '')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, 'a tcp endpoint needs a port and no path', 'tcp://127.0.0.1:2376');
        }
        const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
        return { kind: 'tcp', url, host, port: Number(parsed.port), tls };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, 'must start with unix:// or tcp://', EXAMPLE);
}


/***/ }),

/***/ 2377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fr: () => (/* binding */ ENGINE_KINDS),
  Qs: () => (/* binding */ STARTUP_TIMEOUT_BOUNDS),
  Ev: () => (/* binding */ engineKindOf),
  R$: () => (/* binding */ parseCertificateOptions),
  Ac: () => (/* binding */ parseOptions)
});

// UNUSED EXPORTS: CERT_VALIDITY_BOUNDS, MODES, OPTION_DEFAULTS, parseMode

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/pki/algorithms.ts
var algorithms = __webpack_require__(7664);
// EXTERNAL MODULE: ./src/core/san.ts
var san = __webpack_require__(2213);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/options/names.ts
var options_names = __webpack_require__(6926);
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
    const input = (0,options_names/* spelled */.uQ)(names, 'daemonConfig');
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        // JSON.parse quotes the text it failed on as it is, control characters included.
        const reason = (0,core_text/* escapeControlCharacters */.F7)(error.message);
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
        throw new errors/* InputError */.dz(input, raw, `${reasons}${tls ? `; for the address and names use the ${(0,options_names/* spelled */.uQ)(names, 'host')}, ${(0,options_names/* spelled */.uQ)(names, 'port')} and ${(0,options_names/* spelled */.uQ)(names, 'sans')} ${names.style === 'flag' ? 'options' : 'inputs'}` : ''}`, '{"debug": true, "log-level": "warn"}');
    }
    return parsed;
}

// EXTERNAL MODULE: ./src/core/options/dind.ts
var dind = __webpack_require__(4629);
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

// EXTERNAL MODULE: ./src/core/options/values.ts
var values = __webpack_require__(2170);
;// CONCATENATED MODULE: ./src/core/options/options.ts









/** How the daemon runs: one of ours on this machine, a dind container, or no daemon (certificates only). */
const MODES = ['dockerd', 'dind', 'certs'];
/**
 * The engines behind the modes: mode dockerd runs a rootful or a rootless dockerd (`rootless`), so
 * the engine a state names is one of these, not a mode.
 */
const ENGINE_KINDS = [...MODES, 'rootless'];
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
    context: values/* DEFAULT_CONTEXT_NAME */.IZ,
    dindEngine: dind/* DIND_DEFAULTS */.j0.engine,
    dindEngineCertPath: dind/* DIND_DEFAULTS */.j0.engineCertPath,
    dindImage: dind/* DIND_DEFAULTS */.j0.image,
    dindPrivileged: dind/* DIND_DEFAULTS */.j0.privileged,
    dindNetwork: dind/* DIND_DEFAULTS */.j0.network,
    dindAlias: dind/* DIND_DEFAULTS */.j0.alias,
    dindVolume: dind/* DIND_DEFAULTS */.j0.volume,
    dindArgs: dind/* DIND_DEFAULTS */.j0.args,
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
            if ((0,core_text/* hasControlCharacter */.Fd)(checked)) {
                const where = MULTI_LINE.has(key) ? 'other than line breaks and tabs ' : '';
                throw new errors/* InputError */.dz((0,options_names/* spelled */.uQ)(names, key), text, `it holds control characters ${where}(none may appear)`, OPTION_DEFAULTS[key] || 'a value on one line');
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
    const label = (key) => (0,options_names/* spelled */.uQ)(names, key);
    const mode = parseMode(raw.mode || OPTION_DEFAULTS.mode, label('mode'));
    const certDir = raw.certDir?.trim();
    const value = (key) => raw[key] || OPTION_DEFAULTS[key];
    const certificateNames = { keyAlgorithm: label('keyAlgorithm'), validity: label('validity'), sans: label('sans') };
    return {
        ...parseCertificateOptions(raw, certificateNames),
        mode,
        host: (0,values/* parseHost */.o6)(value('host'), label('host')),
        port: (0,values/* parsePort */.pz)(value('port'), label('port')),
        certDir: certDir ? (0,values/* parsePath */.Rr)(certDir, label('certDir')) : undefined,
        daemonConfig: parseDaemonConfig(raw.daemonConfig ?? '', names),
        startupTimeoutMs: parseDuration(label('startupTimeout'), value('startupTimeout'), STARTUP_TIMEOUT_BOUNDS),
        outbound: (0,values/* parseBoolean */.yG)(label('outbound'), value('outbound')),
        rootless: parseRootless(raw, mode, names),
        context: (0,values/* parseContextName */.g1)(value('context'), label('context')),
        dind: mode === 'dind' ? (0,dind/* parseDindSettings */.wb)(dindPart(raw), names) : undefined,
        names,
    };
}
/** Rootless is a way of running mode dockerd: with another mode it would silently mean nothing. */
function parseRootless(raw, mode, names) {
    const input = (0,options_names/* spelled */.uQ)(names, 'rootless');
    const rootless = (0,values/* parseBoolean */.yG)(input, raw.rootless || OPTION_DEFAULTS.rootless);
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


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IZ: () => (/* binding */ DEFAULT_CONTEXT_NAME),
/* harmony export */   Rr: () => (/* binding */ parsePath),
/* harmony export */   SH: () => (/* binding */ NO_CONTEXT),
/* harmony export */   g1: () => (/* binding */ parseContextName),
/* harmony export */   o6: () => (/* binding */ parseHost),
/* harmony export */   pz: () => (/* binding */ parsePort),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _san_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2213);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2020);




// The parsers of single values: each takes the raw text and the name the user knows the option
// by, and throws an InputError naming both, with an example of a good value.
/** true/false as a workflow or a shell writes them: true, yes, 1, on; false, no, 0, off. */
function parseBoolean(input, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'must be true or false', 'true');
}
function parseHost(raw, input) {
    const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
    // The same strict reading as the certificate's names (san.ts): the address is one of them.
    if ((0,_san_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIpAddress */ .D_)(value))
        return value;
    if (value.toLowerCase() === 'localhost')
        return '127.0.0.1';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'the bind address must be an IPv4 or IPv6 address of this machine (0.0.0.0 or :: for all)', '127.0.0.1');
}
function parsePort(raw, input) {
    const value = raw.trim();
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(port) || port > 65535) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'must be a whole number from 0 to 65535 (0 picks a free port)', '2376');
    }
    return port;
}
/**
 * A path a user gives (cert-dir, --state-dir, --out): absolute afterwards, and free of control
 * characters, which would forge lines wherever the path is logged.
 */
function parsePath(raw, input) {
    const value = raw.trim();
    if (value === '' || (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .hasControlCharacter */ .Fd)(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, value === '' ? 'a path cannot be empty' : 'a path cannot hold control characters such as a newline', '${{ runner.temp }}/docker-certs');
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(value);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, value, 'a docker context name starts with a letter or digit and holds only letters, digits, "_", ".", "+" and "-" ("default" is the CLI\'s own)', `${DEFAULT_CONTEXT_NAME}, ci-docker, or none`);
    }
    return value;
}


/***/ }),

/***/ 752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ daemonTlsFiles),
/* harmony export */   ao: () => (/* binding */ certificatePaths),
/* harmony export */   jx: () => (/* binding */ daemonTlsDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

function certificatePaths(dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir);
    const serverDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'server');
    const clientDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(root, 'client');
    return {
        dir: root,
        serverDir,
        clientDir,
        serverCa: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(serverDir, 'ca.pem'),
        serverCert: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(serverDir, 'cert.pem'),
        serverKey: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(serverDir, 'key.pem'),
        clientCa: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(clientDir, 'ca.pem'),
        clientCert: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(clientDir, 'cert.pem'),
        clientKey: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(clientDir, 'key.pem'),
    };
}
/** Where the daemon's copy of the server's CA, certificate and key lives in the work directory. */
function daemonTlsDir(workDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workDir, 'tls');
}
function daemonTlsFiles(workDir) {
    const dir = daemonTlsDir(workDir);
    return { ca: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'ca.pem'), cert: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'key.pem') };
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   Ym: () => (/* binding */ earlierErrorLines),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/** C0 and C1 control characters and DEL: a newline in a value could forge a line of the log. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function hasControlCharacter(text) {
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


/***/ }),

/***/ 3285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ isSameFile),
/* harmony export */   F4: () => (/* binding */ untrustedComponentOf),
/* harmony export */   F5: () => (/* binding */ CERT_MODE),
/* harmony export */   Sr: () => (/* binding */ KEY_MODE),
/* harmony export */   T2: () => (/* binding */ chmodDirNoFollow),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   hI: () => (/* binding */ makePrivateDir),
/* harmony export */   qH: () => (/* binding */ PRIVATE_DIR_MODE)
/* harmony export */ });
/* unused harmony export makeDirNoFollow */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



const NO_FOLLOW_CREATE = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW;
const GROUP_OR_OTHER_WRITE = 0o022;
const STICKY = 0o1000;
/**
 * Writes under a temporary name created exclusively and without following symlinks, sets the mode
 * on the open file (umask and a swapped path cannot change it), then renames into place: readers
 * never see half a file, and a symlink planted at the temporary name makes the write fail.
 */
async function writeFileAtomic(path, data, mode) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(temporary, NO_FOLLOW_CREATE, mode);
    try {
        await handle.chmod(mode);
        await handle.writeFile(data);
        const { dev, ino } = await handle.stat();
        await handle.close();
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(temporary, path);
        return { dev, ino };
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temporary, { force: true });
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
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path); !(await lstatOf(dir)); dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir))
        missing.unshift(dir);
    for (const dir of missing)
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { mode });
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_DIRECTORY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW);
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
async function untrustedComponentOf(path, uid) {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        const stat = await lstatOf(dir);
        if (stat?.isSymbolicLink() && stat.uid !== 0 && stat.uid !== uid) {
            return { path: dir, reason: `it is a symlink owned by uid ${stat.uid}` };
        }
        const facts = stat?.isSymbolicLink() ? await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(dir).catch(() => undefined) : stat;
        if (facts && facts.uid !== 0 && facts.uid !== uid) {
            return { path: dir, reason: `it is owned by another user (uid ${facts.uid})` };
        }
        if (facts && facts.mode & GROUP_OR_OTHER_WRITE && !(facts.mode & STICKY)) {
            return { path: dir, reason: 'other users may write it (no sticky bit)' };
        }
        if (dir === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir))
            return undefined;
    }
}
async function lstatOf(path) {
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(path).catch(() => undefined);
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
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises
        .open(dir, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_DIRECTORY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW)
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


/***/ })

};
