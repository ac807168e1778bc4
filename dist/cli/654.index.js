export const id = 654;
export const ids = [654];
export const modules = {

/***/ 1794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4533);


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

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TM: () => (/* binding */ OPTION_NAMES),
  yG: () => (/* binding */ parseBoolean),
  R$: () => (/* binding */ parseCertificateOptions),
  yR: () => (/* binding */ parseDaemonOptions),
  Pe: () => (/* binding */ setting),
  uQ: () => (/* binding */ spelled)
});

// UNUSED EXPORTS: CERT_VALIDITY_BOUNDS, OPTION_DEFAULTS, PROTECTED_DAEMON_KEYS, parseDaemonConfig, parseHost, parsePort

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
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
var algorithms = __webpack_require__(9693);
// EXTERNAL MODULE: ./src/san.ts
var san = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/config.ts






/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };
const STARTUP_TIMEOUT_BOUNDS = { minMs: 1000, maxMs: 30 * 60_000, example: '60s' };
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
/** Keys of daemon.json that would undo or redirect what this action guarantees. */
const PROTECTED_DAEMON_KEYS = ['hosts', 'tls', 'tlsverify', 'tlscacert', 'tlscert', 'tlskey'];
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
function parseBoolean(input, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new errors/* InputError */.dz(input, raw, 'must be true or false', 'true');
}
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
        throw new errors/* InputError */.dz(input, raw, `not valid JSON (${error.message})`, '{"debug": true}');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(input, raw, 'must be a JSON object of daemon.json settings', '{"debug": true}');
    }
    const refused = Object.keys(parsed).filter((key) => PROTECTED_DAEMON_KEYS.includes(key));
    if (refused.length > 0) {
        throw new errors/* InputError */.dz(input, raw, `${refused.join(', ')} cannot be set here: they keep the daemon behind mutual TLS (use the ${spelled(names, 'host')}, ${spelled(names, 'port')} and ${spelled(names, 'sans')} ${names.style === 'flag' ? 'options' : 'inputs'} instead)`, '{"debug": true, "log-level": "warn"}');
    }
    return parsed;
}
/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
function parseDaemonOptions(raw, names) {
    const certDir = raw.certDir?.trim();
    return {
        ...parseCertificateOptions(raw, names),
        host: parseHost(raw.host || OPTION_DEFAULTS.host, names.host),
        port: parsePort(raw.port || OPTION_DEFAULTS.port, names.port),
        certDir: certDir ? (0,external_node_path_.resolve)(certDir) : undefined,
        daemonConfig: parseDaemonConfig(raw.daemonConfig ?? '', names),
        startupTimeoutMs: parseDuration(names.startupTimeout, raw.startupTimeout || OPTION_DEFAULTS.startupTimeout, STARTUP_TIMEOUT_BOUNDS),
        outbound: parseBoolean(names.outbound, raw.outbound || OPTION_DEFAULTS.outbound),
        names,
    };
}


/***/ }),

/***/ 6591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ writeCertificateSet),
/* harmony export */   Fu: () => (/* binding */ checkCertificateDir),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   ao: () => (/* binding */ certificatePaths),
/* harmony export */   hI: () => (/* binding */ makePrivateDir),
/* harmony export */   xY: () => (/* binding */ checkUsableCertificateDir)
/* harmony export */ });
/* unused harmony exports PRIVATE_DIR_MODE, KEY_MODE, CERT_MODE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4533);




const PRIVATE_DIR_MODE = 0o700;
const KEY_MODE = 0o600;
const CERT_MODE = 0o644;
/** Writes under a temporary name in the same directory, then renames: readers never see half a file. */
async function writeFileAtomic(path, data, mode) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(temporary, data, { mode, flag: 'wx' });
        // The mode given to open() is masked by umask; set it exactly.
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(temporary, mode);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(temporary, path);
    }
    catch (error) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temporary, { force: true });
        throw error;
    }
}
/** Creates a directory with exactly `mode`, whatever the umask; the parents as needed. */
async function makePrivateDir(path) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(path, { recursive: true, mode: PRIVATE_DIR_MODE });
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(path, PRIVATE_DIR_MODE);
}
async function entriesOf(dir, input) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ENOTDIR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerTlsError */ .iw(`The ${input} ${dir} is not a directory (a file is in the way).`, `Point ${input} at a new or empty directory.`, {
                badInput: true,
            });
        }
        throw error;
    }
}
function certificatePaths(dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir);
    const serverDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'server');
    const clientDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'client');
    return {
        dir: root,
        serverDir,
        clientDir,
        serverCa: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(serverDir, 'ca.pem'),
        serverCert: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(serverDir, 'cert.pem'),
        serverKey: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(serverDir, 'key.pem'),
        clientCa: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(clientDir, 'ca.pem'),
        clientCert: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(clientDir, 'cert.pem'),
        clientKey: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(clientDir, 'key.pem'),
    };
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
        const inside = (await entriesOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(paths.dir, sub), input)) ?? [];
        foreign.push(...inside.filter((name) => !OUR_FILES.has(name)).map((name) => `${sub}/${name}`));
    }
    if (!options.replace || foreign.length > 0) {
        const replaceHint = options.replaceOption
            ? `, or ask to replace the certificates there (${options.replaceOption})`
            : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerTlsError */ .iw(`The ${input} ${dir} already exists and is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}).`, foreign.length > 0
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
    const checked = await checkCertificateDir(dir, { input }).catch((error) => {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerTlsError */ .iw)
            throw error;
        throw unusableCertificateDir(dir, input, error);
    });
    // The directory, or the nearest part of its path that exists: it will be created below that.
    let existing = dir;
    while (!(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(existing).catch(() => undefined)) && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing) !== existing) {
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
    }
    try {
        if (!(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(existing)).isDirectory()) {
            throw Object.assign(new Error(`${existing} is not a directory`), { code: 'ENOTDIR' });
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(existing, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerTlsError */ .iw(`The ${input} ${dir} cannot be used: ${reason}.`, `Point ${input} at a new or empty directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true, cause: error });
}
/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again. Checks the
 * directory first, unless it is given as checked already.
 */
async function writeCertificateSet(dir, set, options = {}) {
    const checked = typeof dir === 'string' ? await checkCertificateDir(dir, { input: 'directory', ...options }) : dir;
    const { paths } = checked;
    try {
        await makePrivateDir(paths.dir);
        await Promise.all([makePrivateDir(paths.serverDir), makePrivateDir(paths.clientDir)]);
        await Promise.all([
            writeFileAtomic(paths.serverCa, set.caCertPem, CERT_MODE),
            writeFileAtomic(paths.serverCert, set.server.certPem, CERT_MODE),
            writeFileAtomic(paths.serverKey, set.server.keyPem, KEY_MODE),
            writeFileAtomic(paths.clientCa, set.caCertPem, CERT_MODE),
            writeFileAtomic(paths.clientCert, set.client.certPem, CERT_MODE),
            writeFileAtomic(paths.clientKey, set.client.keyPem, KEY_MODE),
        ]);
    }
    catch (error) {
        await (checked.existed
            ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(sub, { recursive: true, force: true })))
            : node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(paths.dir, { recursive: true, force: true }));
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerTlsError */ .iw(`Cannot write certificates to ${paths.dir}: ${error.message}`, code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'Choose a directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.'
            : undefined, { cause: error });
    }
    return paths;
}


/***/ }),

/***/ 9693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ algorithmParams),
/* harmony export */   GE: () => (/* binding */ DEFAULT_KEY_ALGORITHM),
/* harmony export */   q8: () => (/* binding */ parseKeyAlgorithm)
/* harmony export */ });
/* unused harmony export KEY_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4533);

const KEY_ALGORITHMS = ['ecdsa-p256', 'ecdsa-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
const DEFAULT_KEY_ALGORITHM = 'ecdsa-p256';
const PARAMS = {
    'ecdsa-p256': {
        generate: { name: 'ECDSA', namedCurve: 'P-256' },
        sign: { name: 'ECDSA', hash: 'SHA-256' },
        isRsa: false,
    },
    'ecdsa-p384': {
        generate: { name: 'ECDSA', namedCurve: 'P-384' },
        sign: { name: 'ECDSA', hash: 'SHA-384' },
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

/***/ 3272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K_: () => (/* reexport */ createCertificateSet)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS, DEFAULT_KEY_ALGORITHM, DEFAULT_VALIDITY_MS, KEY_ALGORITHMS, algorithmParams, createAuthority, defaultServerSans, fingerprintOf, generateLeafKeys, parseKeyAlgorithm

// EXTERNAL MODULE: ./src/pki/algorithms.ts
var algorithms = __webpack_require__(9693);
// EXTERNAL MODULE: ../../main/node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(5027);
// EXTERNAL MODULE: ../../main/node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/san.ts
var san = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/pki/certificate-set.ts






x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);
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
/** A positive serial of 127 random bits: the top bit clear so DER never reads it as negative. */
function randomSerial() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = (bytes[0] & 0x7f) | 0x01;
    return bytes.toString('hex');
}
function fingerprintOf(der) {
    const hex = (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.from(der))
        .digest('hex')
        .toUpperCase();
    return hex.match(/../g).join(':');
}
function keyPem(pkcs8) {
    return x509_cjs/* PemConverter */.v6.encode(pkcs8, 'PRIVATE KEY') + '\n';
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
// The extensions that are the same in every certificate of a kind. Each is an encoded, immutable
// object: built once per process instead of once per certificate (encoding them is a good part of
// the cost of a set).
/** The CA's constant extensions, once built. */
let sharedCaExtensions;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map();
function caExtensions() {
    sharedCaExtensions ??= [
        new x509_cjs/* BasicConstraintsExtension */.WA(true, 0, true),
        new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.keyCertSign | x509_cjs/* KeyUsageFlags */.Ob.cRLSign, true),
    ];
    return sharedCaExtensions;
}
function leafExtensions(isRsa) {
    let fixed = sharedLeafExtensions.get(isRsa);
    if (!fixed) {
        // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
        const usage = x509_cjs/* KeyUsageFlags */.Ob.digitalSignature | (isRsa ? x509_cjs/* KeyUsageFlags */.Ob.keyEncipherment : 0);
        const common = [
            new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
            new x509_cjs/* KeyUsagesExtension */.hy(usage, true),
        ];
        fixed = {
            server: [...common, new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.serverAuth], false)],
            client: [...common, new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.clientAuth], false)],
        };
        sharedLeafExtensions.set(isRsa, fixed);
    }
    return fixed;
}
async function createAuthority(keyAlgorithm, window) {
    const params = (0,algorithms/* algorithmParams */.G0)(keyAlgorithm);
    const caKeys = await generateKeys(keyAlgorithm, false);
    const ca = await x509_cjs/* X509CertificateGenerator */.Jy.createSelfSigned({
        serialNumber: randomSerial(),
        name: `CN=docker-tls-action CA ${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
        notBefore: window.notBefore,
        notAfter: window.notAfter,
        keys: caKeys,
        signingAlgorithm: params.sign,
        extensions: [...caExtensions(), await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(caKeys.publicKey)],
    });
    const authorityKeyId = await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(caKeys.publicKey);
    const fixed = leafExtensions(params.isRsa);
    const issue = async (kind, options = {}) => {
        const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
        const sans = options.sans ?? [];
        const extensions = [
            ...fixed[kind],
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
            authorityKeyId,
        ];
        if (sans.length > 0)
            extensions.push(new x509_cjs/* SubjectAlternativeNameExtension */.Wx(sans, false));
        const serialNumber = randomSerial();
        const leafWindow = options.window ?? window;
        const cert = await x509_cjs/* X509CertificateGenerator */.Jy.create({
            serialNumber,
            subject: `CN=${COMMON_NAMES[kind]}`,
            issuer: ca.subject,
            notBefore: leafWindow.notBefore,
            notAfter: leafWindow.notAfter,
            publicKey: keys.publicKey,
            signingKey: caKeys.privateKey,
            signingAlgorithm: params.sign,
            extensions,
        });
        return {
            certPem: cert.toString('pem') + '\n',
            keyPem: keyPem(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
            fingerprint: fingerprintOf(cert.rawData),
            serialNumber,
        };
    };
    return {
        keyAlgorithm,
        caCertPem: ca.toString('pem') + '\n',
        caFingerprint: fingerprintOf(ca.rawData),
        window,
        issue,
    };
}
/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
async function createCertificateSet(options = {}) {
    const keyAlgorithm = options.keyAlgorithm ?? algorithms/* DEFAULT_KEY_ALGORITHM */.GE;
    const now = Date.now();
    const window = {
        notBefore: options.notBefore ?? new Date(now - CLOCK_SKEW_MS),
        notAfter: options.notAfter ?? new Date(now + (options.validityMs ?? DEFAULT_VALIDITY_MS)),
    };
    const serverSans = (0,san/* uniqueSans */.XX)([...(options.onlyGivenSans ? [] : defaultServerSans()), ...(options.serverSans ?? [])]);
    // Leaf key generation runs alongside the CA's: for RSA it is most of the time.
    const [authority, serverKeys, clientKeys] = await Promise.all([
        createAuthority(keyAlgorithm, window),
        generateLeafKeys(keyAlgorithm),
        generateLeafKeys(keyAlgorithm),
    ]);
    const [server, client] = await Promise.all([
        authority.issue('server', { sans: serverSans, keys: serverKeys }),
        authority.issue('client', { keys: clientKeys }),
    ]);
    return {
        keyAlgorithm,
        caCertPem: authority.caCertPem,
        caFingerprint: authority.caFingerprint,
        server,
        client,
        serverSans,
        ...window,
    };
}

;// CONCATENATED MODULE: ./src/pki/index.ts




/***/ }),

/***/ 762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ parseSanList),
/* harmony export */   QW: () => (/* binding */ parseSan),
/* harmony export */   Qn: () => (/* binding */ formatSan),
/* harmony export */   XX: () => (/* binding */ uniqueSans),
/* harmony export */   rM: () => (/* binding */ isDnsName)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4533);


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
    if (kind !== 'dns' && ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(unbracketed) || (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(unbracketed))) {
        return { type: 'ip', value: unbracketed };
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
        const key = `${san.type}:${san.type === 'ip' ? canonicalIp(san.value) : san.value}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Addresses here are already validated: a colon means IPv6 (no isIPv6, whose first call is slow). */
function canonicalIp(address) {
    return address.includes(':') ? new URL(`http://[${address}]/`).hostname : address;
}
function formatSan(san) {
    return `${san.type === 'ip' ? 'IP' : 'DNS'}:${san.value}`;
}


/***/ })

};
