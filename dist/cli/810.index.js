export const id = 810;
export const ids = [810];
export const modules = {

/***/ 4485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** true/false as a workflow or a shell writes them: true, yes, 1, on; false, no, 0, off. */
function parseBoolean(input, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, 'must be true or false', 'true');
}


/***/ }),

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ checkCertificateDir),
/* harmony export */   ao: () => (/* binding */ certificatePaths),
/* harmony export */   xY: () => (/* binding */ checkUsableCertificateDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _safe_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1168);




function certificatePaths(dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    const serverDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'server');
    const clientDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'client');
    return {
        dir: root,
        serverDir,
        clientDir,
        serverCa: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(serverDir, 'ca.pem'),
        serverCert: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(serverDir, 'cert.pem'),
        serverKey: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(serverDir, 'key.pem'),
        clientCa: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(clientDir, 'ca.pem'),
        clientCert: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(clientDir, 'cert.pem'),
        clientKey: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(clientDir, 'key.pem'),
    };
}
async function entriesOf(dir, input) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ENOTDIR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} is not a directory (a file is in the way).`, `Point ${input} at a new or empty directory.`, {
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
async function checkCertificateDir(dir, options) {
    const { input } = options;
    const paths = certificatePaths(dir);
    const entries = await entriesOf(paths.dir, input);
    if (!entries || entries.length === 0)
        return { paths, existed: entries !== undefined, input };
    const foreign = entries.filter((entry) => !OUR_LAYOUT.has(entry));
    // Replacing removes server/ and client/ whole on failure: they must hold nothing but our files.
    for (const sub of entries.filter((entry) => OUR_LAYOUT.has(entry))) {
        const inside = (await entriesOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(paths.dir, sub), input)) ?? [];
        foreign.push(...inside.filter((name) => !OUR_FILES.has(name)).map((name) => `${sub}/${name}`));
    }
    if (!options.replace || foreign.length > 0) {
        const replaceHint = options.replaceOption
            ? `, or ask to replace the certificates there (${options.replaceOption})`
            : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} already exists and is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}).`, foreign.length > 0
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
    const untrusted = await (0,_safe_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedComponentOf */ .F4)(dir, process.getuid?.() ?? 0);
    if (untrusted) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} cannot be used: ${untrusted.path === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir) ? 'it' : untrusted.path} is not safe from other users (${untrusted.reason}). Another user could swap the certificates there or redirect what is written and removed.`, `Point ${input} at a directory only this user and root can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true });
    }
    const checked = await checkCertificateDir(dir, { input }).catch((error) => {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw)
            throw error;
        throw unusableCertificateDir(dir, input, error);
    });
    // The directory, or the nearest part of its path that exists: it will be created below that.
    let existing = dir;
    while (!(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(existing).catch(() => undefined)) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing) !== existing) {
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
    }
    try {
        if (!(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(existing)).isDirectory()) {
            throw Object.assign(new Error(`${existing} is not a directory`), { code: 'ENOTDIR' });
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(existing, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        throw unusableCertificateDir(dir, input, error);
    }
    return checked;
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} cannot be used: ${reason}.`, `Point ${input} at a new or empty directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true, cause: error });
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** Wrong command-line use: exit code 2 and the usage text. */
class UsageError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerTlsError */ .iw {
    constructor(message, usage) {
        super(message, `Usage: ${usage}`, { badInput: true });
        this.name = 'UsageError';
    }
}
/** parseArgs with its errors turned into a UsageError that shows the command's usage. */
function parseFlags(args, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new UsageError(error.message, usage);
    }
}


/***/ }),

/***/ 9965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R$: () => (/* binding */ parseCertificateOptions),
  yR: () => (/* binding */ parseDaemonOptions),
  Rr: () => (/* binding */ parsePath)
});

// UNUSED EXPORTS: CERT_VALIDITY_BOUNDS, OPTION_DEFAULTS, parseBoolean, parseHost, parsePort

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/boolean-option.ts
var boolean_option = __webpack_require__(4485);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/control-characters.ts
var control_characters = __webpack_require__(7047);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/option-names.ts
var option_names = __webpack_require__(1635);
;// CONCATENATED MODULE: ./src/daemon-config.ts



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
    const input = names.daemonConfig;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        // JSON.parse quotes the text it failed on as it is, control characters included.
        const reason = (0,control_characters/* escapeControlCharacters */.F)(error.message);
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
        throw new errors/* InputError */.dz(input, raw, `${reasons}${tls ? `; for the address and names use the ${(0,option_names/* spelled */.uQ)(names, 'host')}, ${(0,option_names/* spelled */.uQ)(names, 'port')} and ${(0,option_names/* spelled */.uQ)(names, 'sans')} ${names.style === 'flag' ? 'options' : 'inputs'}` : ''}`, '{"debug": true, "log-level": "warn"}');
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/duration.ts

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

// EXTERNAL MODULE: ./src/pki/algorithms.ts
var algorithms = __webpack_require__(5012);
// EXTERNAL MODULE: ./src/san.ts
var san = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/config.ts









/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };
const STARTUP_TIMEOUT_BOUNDS = { minMs: 1000, maxMs: 30 * 60_000, example: '60s' };
/** The one set of defaults, as a user would type them; action.yml shows the same (a test compares). */
const OPTION_DEFAULTS = {
    host: '127.0.0.1',
    port: '2376',
    sans: '',
    validity: '6h',
    keyAlgorithm: algorithms/* DEFAULT_KEY_ALGORITHM */.GE,
    certDir: '',
    daemonConfig: '',
    startupTimeout: '60s',
    outbound: 'true',
};
/** Validates everything before anything is generated or written. */
function parseCertificateOptions(raw, names) {
    return {
        keyAlgorithm: (0,algorithms/* parseKeyAlgorithm */.q8)(raw.keyAlgorithm || OPTION_DEFAULTS.keyAlgorithm, names.keyAlgorithm),
        validityMs: parseDuration(names.validity, raw.validity || OPTION_DEFAULTS.validity, CERT_VALIDITY_BOUNDS),
        serverSans: (0,san/* parseSanList */.Gf)(raw.sans ?? [], names.sans),
    };
}
/**
 * A path a user gives (cert-dir, --state-dir, --out): absolute afterwards, and free of control
 * characters, which would forge lines wherever the path is logged.
 */
function parsePath(raw, input) {
    const value = raw.trim();
    if (value === '' || (0,control_characters/* hasControlCharacter */.Y)(value)) {
        throw new errors/* InputError */.dz(input, raw, value === '' ? 'a path cannot be empty' : 'a path cannot hold control characters such as a newline', '${{ runner.temp }}/docker-certs');
    }
    return (0,external_node_path_.resolve)(value);
}
function parseHost(raw, input) {
    const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
    if ((0,external_node_net_.isIP)(value))
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
/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
function parseDaemonOptions(raw, names) {
    const certDir = raw.certDir?.trim();
    return {
        ...parseCertificateOptions(raw, names),
        host: parseHost(raw.host || OPTION_DEFAULTS.host, names.host),
        port: parsePort(raw.port || OPTION_DEFAULTS.port, names.port),
        certDir: certDir ? parsePath(certDir, names.certDir) : undefined,
        daemonConfig: parseDaemonConfig(raw.daemonConfig ?? '', names),
        startupTimeoutMs: parseDuration(names.startupTimeout, raw.startupTimeout || OPTION_DEFAULTS.startupTimeout, STARTUP_TIMEOUT_BOUNDS),
        outbound: (0,boolean_option/* parseBoolean */.y)(names.outbound, raw.outbound || OPTION_DEFAULTS.outbound),
        names,
    };
}



/***/ }),

/***/ 7047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Y: () => (/* binding */ hasControlCharacter)
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


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ writeCertificateSet),
/* harmony export */   VE: () => (/* binding */ writeCertificateSetRecorded),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   hI: () => (/* binding */ makePrivateDir),
/* harmony export */   jx: () => (/* binding */ daemonTlsDir),
/* harmony export */   qH: () => (/* binding */ PRIVATE_DIR_MODE),
/* harmony export */   wH: () => (/* binding */ writeDaemonTlsFiles)
/* harmony export */ });
/* unused harmony exports KEY_MODE, CERT_MODE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _cert_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6379);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _safe_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1168);





const PRIVATE_DIR_MODE = 0o700;
const KEY_MODE = 0o600;
const CERT_MODE = 0o644;
/**
 * Writes under a temporary name created exclusively without following symlinks, the mode set on the
 * open file, then renamed: readers never see half a file, and nothing planted redirects the write.
 */
async function writeFileAtomic(path, data, mode) {
    await (0,_safe_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileNoFollow */ .qI)(path, data, mode);
}
/**
 * Creates a directory with exactly `mode`, whatever the umask, the parents as needed, never through
 * a symlink; returns the directories it created, outermost first.
 */
async function makePrivateDir(path) {
    return (0,_safe_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDirNoFollow */ .gd)(path, PRIVATE_DIR_MODE);
}
/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again. Checks the
 * directory first, unless it is given as checked already.
 */
async function writeCertificateSet(dir, set, options = {}) {
    return (await writeCertificateSetRecorded(dir, set, options)).paths;
}
/** writeCertificateSet, also saying what it made: the action's teardown removes exactly that. */
async function writeCertificateSetRecorded(dir, set, options = {}) {
    const checked = typeof dir === 'string' ? await (0,_cert_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .checkCertificateDir */ .Fu)(dir, { input: 'directory', ...options }) : dir;
    const { paths } = checked;
    const made = { createdDirs: [], identities: {} };
    try {
        if (checked.existed)
            made.originalMode = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(paths.dir)).mode & 0o7777;
        made.createdDirs = await makePrivateDir(paths.dir);
        await Promise.all([makePrivateDir(paths.serverDir), makePrivateDir(paths.clientDir)]);
        await Promise.all([
            writeFileAtomic(paths.serverCa, set.caCertPem, CERT_MODE),
            writeFileAtomic(paths.serverCert, set.server.certPem, CERT_MODE),
            writeFileAtomic(paths.serverKey, set.server.keyPem, KEY_MODE),
            writeFileAtomic(paths.clientCa, set.caCertPem, CERT_MODE),
            writeFileAtomic(paths.clientCert, set.client.certPem, CERT_MODE),
            writeFileAtomic(paths.clientKey, set.client.keyPem, KEY_MODE),
        ]);
        for (const path of [...made.createdDirs, paths.serverDir, paths.clientDir]) {
            const identity = await (0,_safe_fs_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu)(path);
            if (identity)
                made.identities[path] = identity;
        }
    }
    catch (error) {
        await (checked.existed
            ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(sub, { recursive: true, force: true })))
            : node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(made.createdDirs[0] ?? paths.dir, { recursive: true, force: true }));
        if (made.originalMode !== undefined)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(paths.dir, made.originalMode).catch(() => undefined);
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerTlsError */ .iw(`Cannot write certificates to ${paths.dir}: ${error.message}`, code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'Choose a directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.'
            : undefined, { cause: error });
    }
    return { paths, made };
}
/** Where the daemon's copy of the server's CA, certificate and key lives in the work directory. */
function daemonTlsDir(workDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, 'tls');
}
/**
 * A copy of the server's files in the instance's private work directory (0700, ours or root's):
 * the daemon reads only these, so a user-given cert-dir, whatever becomes of it while the daemon
 * starts, can never hand it another CA.
 */
async function writeDaemonTlsFiles(workDir, set) {
    const dir = daemonTlsDir(workDir);
    await makePrivateDir(dir);
    const files = { ca: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'ca.pem'), cert: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'cert.pem'), key: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'key.pem') };
    await Promise.all([
        writeFileAtomic(files.ca, set.caCertPem, CERT_MODE),
        writeFileAtomic(files.cert, set.server.certPem, CERT_MODE),
        writeFileAtomic(files.key, set.server.keyPem, KEY_MODE),
    ]);
    return files;
}


/***/ }),

/***/ 1635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   TM: () => (/* binding */ OPTION_NAMES),
/* harmony export */   uQ: () => (/* binding */ spelled)
/* harmony export */ });
/** An option as the user types it: `port` for an input, `--port` for a flag. */
function spelled(names, option) {
    return names.style === 'flag' ? `--${names[option]}` : names[option];
}
/** An option set to a value, as the user would write it: `port: 0` for an input, `--port 0` for a flag. */
function setting(names, option, value) {
    return names.style === 'flag' ? `--${names[option]} ${value}` : `${names[option]}: ${value}`;
}
/**
 * The options' names, which action.yml uses for its inputs and `docker-tls up` for its flags; each
 * adapter adds its style.
 */
const OPTION_NAMES = {
    host: 'host',
    port: 'port',
    sans: 'tls-san',
    validity: 'cert-validity',
    keyAlgorithm: 'key-algorithm',
    certDir: 'cert-dir',
    daemonConfig: 'daemon-config',
    startupTimeout: 'startup-timeout',
    outbound: 'outbound',
};


/***/ }),

/***/ 5012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ algorithmParams),
/* harmony export */   GE: () => (/* binding */ DEFAULT_KEY_ALGORITHM),
/* harmony export */   q8: () => (/* binding */ parseKeyAlgorithm)
/* harmony export */ });
/* unused harmony export KEY_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const KEY_ALGORITHMS = ['ecdsa-p256', 'ecdsa-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
const DEFAULT_KEY_ALGORITHM = 'ecdsa-p256';
const PARAMS = {
    'ecdsa-p256': {
        generate: { name: 'ECDSA', namedCurve: 'P-256' },
        sign: { name: 'ECDSA', hash: 'SHA-256' }, // ecdsa-with-SHA256
        isRsa: false,
    },
    'ecdsa-p384': {
        generate: { name: 'ECDSA', namedCurve: 'P-384' },
        sign: { name: 'ECDSA', hash: 'SHA-384' }, // ecdsa-with-SHA384
        isRsa: false,
    },
    'rsa-2048': rsa(2048),
    'rsa-3072': rsa(3072),
    'rsa-4096': rsa(4096),
};
function rsa(modulusLength) {
    return {
        generate: {
            name: 'RSASSA-PKCS1-v1_5',
            modulusLength,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
        },
        // The hash is the key's own (SHA-256, from `generate`): sha256WithRSAEncryption.
        sign: { name: 'RSASSA-PKCS1-v1_5' },
        isRsa: true,
    };
}
function algorithmParams(algorithm) {
    return PARAMS[algorithm];
}
function parseKeyAlgorithm(raw, input) {
    const value = raw.trim().toLowerCase();
    if (KEY_ALGORITHMS.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, `unknown key algorithm; use one of ${KEY_ALGORITHMS.join(', ')}`, DEFAULT_KEY_ALGORITHM);
}


/***/ }),

/***/ 3953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K_: () => (/* reexport */ createCertificateSet),
  Dz: () => (/* reexport */ prepareCertificateSet)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS, DEFAULT_KEY_ALGORITHM, DEFAULT_VALIDITY_MS, KEY_ALGORITHMS, algorithmParams, createAuthority, defaultServerSans, fingerprintOf, generateLeafKeys, parseKeyAlgorithm

// EXTERNAL MODULE: ./src/pki/algorithms.ts
var algorithms = __webpack_require__(5012);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/pki/load-x509.ts
let loading;
/**
 * Loads the library on first use, once per process. Callers start it beside their key generation,
 * which runs on libuv's threads while this one evaluates the library.
 */
function loadX509() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(531)]).then(__webpack_require__.bind(__webpack_require__, 2531)).then((runtime) => runtime.x509);
    return loading;
}

;// CONCATENATED MODULE: ./src/pki/profile.ts
const EXTENDED_KEY_USAGE = {
    server: '1.3.6.1.5.5.7.3.1', // serverAuth
    client: '1.3.6.1.5.5.7.3.2', // clientAuth
};
/** The CA's constant extensions, once built. */
let sharedCaExtensions;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map();
/** basicConstraints critical CA:TRUE pathlen:0; keyUsage critical keyCertSign, cRLSign. */
function caExtensions(x509) {
    sharedCaExtensions ??= [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ];
    return sharedCaExtensions;
}
/** basicConstraints critical CA:FALSE; keyUsage critical; one extended key usage, the kind's. */
function leafExtensions(x509, isRsa) {
    let fixed = sharedLeafExtensions.get(isRsa);
    if (!fixed) {
        // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
        const usages = isRsa
            ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment
            : x509.KeyUsageFlags.digitalSignature;
        const common = [
            new x509.BasicConstraintsExtension(false, undefined, true),
            new x509.KeyUsagesExtension(usages, true),
        ];
        const withUsage = (kind) => [...common, new x509.ExtendedKeyUsageExtension([EXTENDED_KEY_USAGE[kind]])];
        fixed = { server: withUsage('server'), client: withUsage('client') };
        sharedLeafExtensions.set(isRsa, fixed);
    }
    return fixed;
}

;// CONCATENATED MODULE: ./src/pki/serial.ts

/** Random bytes in a serial: 16, of which 126 bits random (RFC 5280 4.1.2.2 allows up to 20 octets). */
const SERIAL_BYTES = 16;
/**
 * A serial number as hex from `SERIAL_BYTES` random bytes: the first byte's top bit cleared, so
 * that DER needs no 0x00 in front to keep the INTEGER positive, and its next bit set, so that it
 * is never 0x00, which a minimal DER INTEGER would drop. Every serial is then exactly
 * `SERIAL_BYTES` octets in the certificate, positive, and spelled there as here.
 */
function serialFrom(random) {
    const bytes = Buffer.from(random.subarray(0, SERIAL_BYTES));
    if (bytes.length !== SERIAL_BYTES)
        throw new Error(`a serial takes ${SERIAL_BYTES} random bytes`);
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    return bytes.toString('hex');
}
function randomSerial() {
    return serialFrom((0,external_node_crypto_.randomBytes)(SERIAL_BYTES));
}

// EXTERNAL MODULE: ./src/san.ts
var san = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/pki/subject-alt-names.ts

/**
 * An address in the spelling that @peculiar/x509 2.2 encodes right: IPv4 as a dotted quad, IPv6
 * as eight hex groups. The library reads the dotted quad at the end of an IPv6 address as one hex
 * group (`::ffff:10.0.0.1` became 0:0:0:0:0:0:ffff:10, that is ::255.255.0.16; `::1.2.3.4` became
 * ::1) and drops a zone.
 */
function libraryIpText(address) {
    const normalized = (0,san/* normalizedIp */.XF)(address);
    if (normalized === undefined)
        throw new Error(`Not an IPv4 or IPv6 address: ${JSON.stringify(address)}`);
    return normalized;
}
/** dNSName and iPAddress entries, in the given order; not critical, as the subject is not empty (RFC 5280 4.2.1.6). */
function subjectAltNameExtension(x509, sans) {
    return new x509.SubjectAlternativeNameExtension(sans.map((san) => ({ type: san.type, value: san.type === 'ip' ? libraryIpText(san.value) : san.value })), false);
}

;// CONCATENATED MODULE: ./src/pki/authority.ts
// The throw-away CA: its key is generated non-extractable and lives only in the closure of the
// Authority that createAuthority returns; leaf certificates are signed through it. The certificates
// are built by @peculiar/x509 (loaded while the CA's key is generated), signed with WebCrypto.






function fingerprintOf(der) {
    const hex = (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.from(der))
        .digest('hex')
        .toUpperCase();
    return hex.match(/../g).join(':');
}
const COMMON_NAMES = {
    server: 'docker-tls-action server',
    client: 'docker-tls-action client',
};
function generateKeys(keyAlgorithm, extractable) {
    return external_node_crypto_.webcrypto.subtle.generateKey((0,algorithms/* algorithmParams */.G0)(keyAlgorithm).generate, extractable, [
        'sign',
        'verify',
    ]);
}
/** Leaf keys are extractable: their private halves are written for dockerd and the clients. */
function generateLeafKeys(keyAlgorithm = algorithms/* DEFAULT_KEY_ALGORITHM */.GE) {
    return generateKeys(keyAlgorithm, true);
}
/** PEM with a final newline, as the files hold it. */
function certificatePem(cert) {
    return `${cert.toString('pem')}\n`;
}
/** Unencrypted PKCS#8 `PRIVATE KEY` PEM, one block, with a final newline. */
function privateKeyPem(key) {
    return external_node_crypto_.KeyObject.from(key).export({ type: 'pkcs8', format: 'pem' }).toString();
}
/**
 * The certified key as the library takes it, and its subjectKeyIdentifier: the SHA-1 of the
 * subjectPublicKey bits (RFC 5280 4.2.1.2, method 1). One export of the key serves both.
 */
async function certifiedKey(x509, publicKey) {
    const key = await x509.PublicKey.create(publicKey);
    const keyId = Buffer.from(await key.getKeyIdentifier()).toString('hex');
    return { key, keyId: new x509.SubjectKeyIdentifierExtension(keyId) };
}
/** Signs leaf certificates with the CA's key, which lives on only in this closure. */
function leafIssuer({ x509, keyAlgorithm, window, caKey, caName, authorityKeyId }) {
    const params = (0,algorithms/* algorithmParams */.G0)(keyAlgorithm);
    const fixed = leafExtensions(x509, params.isRsa);
    return async (kind, options = {}) => {
        const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
        const sans = options.sans ?? [];
        const { key, keyId } = await certifiedKey(x509, keys.publicKey);
        const extensions = [...fixed[kind], keyId, authorityKeyId];
        if (sans.length > 0)
            extensions.push(subjectAltNameExtension(x509, sans));
        const leafWindow = options.window ?? window;
        const cert = await x509.X509CertificateGenerator.create({
            serialNumber: randomSerial(),
            issuer: caName,
            subject: new x509.Name([{ CN: [COMMON_NAMES[kind]] }]),
            notBefore: leafWindow.notBefore,
            notAfter: leafWindow.notAfter,
            publicKey: key,
            signingKey: caKey,
            signingAlgorithm: params.sign,
            extensions,
        });
        return {
            certPem: certificatePem(cert),
            keyPem: privateKeyPem(keys.privateKey),
            fingerprint: fingerprintOf(cert.rawData),
            serialNumber: cert.serialNumber,
        };
    };
}
async function createAuthority(keyAlgorithm, window) {
    // The library loads while the key is generated: on the main thread the one, on libuv's the other.
    const [x509, caKeys] = await Promise.all([loadX509(), generateKeys(keyAlgorithm, false)]);
    const caName = new x509.Name([{ CN: [`docker-tls-action CA ${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`] }]);
    const { key, keyId } = await certifiedKey(x509, caKeys.publicKey);
    const ca = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        issuer: caName,
        subject: caName,
        ...window,
        publicKey: key,
        signingKey: caKeys.privateKey,
        signingAlgorithm: (0,algorithms/* algorithmParams */.G0)(keyAlgorithm).sign,
        extensions: [...caExtensions(x509), keyId],
    });
    const issue = leafIssuer({
        x509,
        keyAlgorithm,
        window,
        caKey: caKeys.privateKey,
        caName,
        authorityKeyId: new x509.AuthorityKeyIdentifierExtension(keyId.keyId),
    });
    return {
        keyAlgorithm,
        caCertPem: certificatePem(ca),
        caFingerprint: fingerprintOf(ca.rawData),
        window,
        issue,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/pki/certificate-set.ts




/** Clients whose clock runs a little behind the runner's still accept a certificate made just now. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DEFAULT_VALIDITY_MS = 6 * 3_600_000;
function defaultServerSans() {
    return [
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
        ...hostnameSan(),
    ];
}
function hostnameSan() {
    const name = (0,external_node_os_.hostname)().toLowerCase();
    return (0,san/* isDnsName */.rM)(name) && !name.startsWith('*') && name !== 'localhost' ? [{ type: 'dns', value: name }] : [];
}
/**
 * The CA, the client certificate and the server's key pair, made before the server's names are
 * known (dind: its addresses come with the container's start), so that only one signature is left
 * for then. The CA key is generated non-extractable and lives only until `finish`.
 */
async function prepareCertificateSet(options = {}) {
    const keyAlgorithm = options.keyAlgorithm ?? algorithms/* DEFAULT_KEY_ALGORITHM */.GE;
    const now = Date.now();
    const window = {
        notBefore: options.notBefore ?? new Date(now - CLOCK_SKEW_MS),
        notAfter: options.notAfter ?? new Date(now + (options.validityMs ?? DEFAULT_VALIDITY_MS)),
    };
    // Leaf key generation runs alongside the CA's: for RSA it is most of the time.
    const [authority, serverKeys, clientKeys] = await Promise.all([
        createAuthority(keyAlgorithm, window),
        generateLeafKeys(keyAlgorithm),
        generateLeafKeys(keyAlgorithm),
    ]);
    const client = await authority.issue('client', { keys: clientKeys });
    let issuer = authority;
    return {
        finish: async (extraSans = []) => {
            if (!issuer)
                throw new Error('this certificate set is finished: its CA key is gone');
            const { issue, caCertPem, caFingerprint } = issuer;
            issuer = undefined;
            const serverSans = (0,san/* uniqueSans */.XX)([
                ...(options.onlyGivenSans ? [] : defaultServerSans()),
                ...(options.serverSans ?? []),
                ...extraSans,
            ]);
            const server = await issue('server', { sans: serverSans, keys: serverKeys });
            return { keyAlgorithm, caCertPem, caFingerprint, server, client, serverSans, ...window };
        },
    };
}
/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
async function createCertificateSet(options = {}) {
    return (await prepareCertificateSet(options)).finish();
}

;// CONCATENATED MODULE: ./src/pki/index.ts





/***/ }),

/***/ 1168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ isSameFile),
/* harmony export */   F4: () => (/* binding */ untrustedComponentOf),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   gd: () => (/* binding */ makeDirNoFollow),
/* harmony export */   qI: () => (/* binding */ writeFileNoFollow)
/* harmony export */ });
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
async function writeFileNoFollow(path, data, mode) {
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


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ parseSanList),
/* harmony export */   QW: () => (/* binding */ parseSan),
/* harmony export */   Qn: () => (/* binding */ formatSan),
/* harmony export */   XF: () => (/* binding */ normalizedIp),
/* harmony export */   XX: () => (/* binding */ uniqueSans),
/* harmony export */   rM: () => (/* binding */ isDnsName)
/* harmony export */ });
/* unused harmony exports splitList, parseIpAddress */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const EXAMPLE = 'docker.example.com, 10.0.0.5, ::1, IP:192.168.1.2, DNS:*.ci.internal';
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Splits a list given as one input: commas, newlines or spaces around them; blanks dropped. */
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function isDnsName(name) {
    if (name.length > 253)
        return false;
    const labels = name.split('.');
    const [first, ...rest] = labels;
    // A wildcard is allowed only as the whole leftmost label, and not over a bare top-level label.
    if (first === '*')
        return rest.length >= 2 && rest.every((label) => LABEL.test(label));
    return labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}
/**
 * One SAN as a user writes it: a DNS name, an IPv4 or IPv6 address, optionally with docker:dind's
 * `DNS:` / `IP:` prefixes. IPv6 may come in brackets, as in a URL.
 */
function parseSan(raw, input) {
    const text = raw.trim();
    const prefixed = /^(ip|dns):(.*)$/i.exec(text);
    const kind = prefixed?.[1].toLowerCase();
    const body = (prefixed ? prefixed[2] : text).trim();
    const unbracketed = body.replace(/^\[(.*)\]$/, '$1');
    if (body === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'a subject alternative name cannot be empty', EXAMPLE);
    if (kind !== 'dns' && parseIpAddress(unbracketed))
        return { type: 'ip', value: unbracketed };
    const zoned = /^([^%]+)(%.*)$/.exec(unbracketed);
    if (kind !== 'dns' && zoned && parseIpAddress(zoned[1])?.kind() === 'ipv6') {
        const problem = `an IPv6 zone names an interface of one machine and cannot go in a certificate: leave out ${JSON.stringify(zoned[2])}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, problem, EXAMPLE);
    }
    if (kind === 'ip')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'not an IPv4 or IPv6 address', EXAMPLE);
    const lower = body.toLowerCase();
    if (/^[\d.]+$/.test(lower))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'not a valid IPv4 address', EXAMPLE);
    if (!isDnsName(lower)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'not a valid DNS name (letters, digits and hyphens in dot-separated labels; a wildcard only as the whole first label, as in *.example.com)', EXAMPLE);
    }
    return { type: 'dns', value: lower };
}
function parseSanList(raw, input) {
    const items = typeof raw === 'string' ? splitList(raw) : raw.flatMap(splitList);
    return items.map((item) => parseSan(item, input));
}
/** Keeps the first of each name, in order; addresses compared in their canonical form. */
function uniqueSans(sans) {
    const seen = new Set();
    return sans.filter((san) => {
        const key = `${san.type}:${san.type === 'ip' ? (normalizedIp(san.value) ?? san.value) : san.value}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function formatSan(san) {
    return `${san.type === 'ip' ? 'IP' : 'DNS'}:${san.value}`;
}
/**
 * An IPv4 address in four decimal parts, or an IPv6 address in RFC 4291's text forms, without a
 * zone; undefined for anything else. Parsed by ipaddr.js, with three of its leniencies closed:
 * IPv4 in inet_aton's forms (`010.0.0.1` is 8.0.0.1 there, `1.2.3` is 1.2.0.3), a zone (`%eth0`),
 * and the IPv4 part of an IPv6 address (see embeddedIpv4).
 */
function parseIpAddress(text) {
    if (ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidFourPartDecimal(text))
        return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.parse(text);
    if (text.includes('%') || !ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValid(text))
        return undefined;
    const last = text.slice(text.lastIndexOf(':') + 1);
    return last.includes('.') ? embeddedIpv4(text, last) : ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parse(text);
}
/**
 * An IPv6 address whose last 32 bits are written as a dotted quad. ipaddr.js accepts that quad
 * with leading zeros or in hex, and reads `::a.b.c.d` (IPv4-compatible, RFC 4291 2.5.5.1) as
 * `::ffff:a.b.c.d`, another address; so it reads the head here, with the quad as `0:0`, and the
 * quad apart.
 */
function embeddedIpv4(text, quad) {
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidFourPartDecimal(quad))
        return undefined;
    const head = `${text.slice(0, -quad.length)}0:0`;
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValid(head))
        return undefined;
    const bytes = [...ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parse(head).toByteArray().slice(0, 12), ...ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.parse(quad).toByteArray()];
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().fromByteArray(bytes);
}
/**
 * IPv4 as a dotted quad, IPv6 as eight hex groups (`0:0:0:0:0:ffff:a00:1`): one spelling per
 * address, without a dotted quad in IPv6; undefined for what parseIpAddress refuses.
 */
function normalizedIp(address) {
    const parsed = parseIpAddress(address);
    return parsed?.kind() === 'ipv6' ? parsed.toNormalizedString() : parsed?.toString();
}


/***/ })

};
