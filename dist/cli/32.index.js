export const id = 32;
export const ids = [32];
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


/***/ })

};
