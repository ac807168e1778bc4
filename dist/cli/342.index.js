export const id = 342;
export const ids = [342];
export const modules = {

/***/ 1912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ clientEnvironment),
/* harmony export */   a4: () => (/* binding */ caBundleWarnings),
/* harmony export */   mi: () => (/* binding */ CLIENT_VARIABLES)
/* harmony export */ });
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
const CLIENT_VARIABLES = [
    'DOCKER_HOST',
    'DOCKER_TLS_VERIFY',
    'DOCKER_CERT_PATH',
    'TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE',
];
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


/***/ }),

/***/ 6926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ FLAG_NAMES),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   uQ: () => (/* binding */ spelled)
/* harmony export */ });
/* unused harmony export INPUT_NAMES */
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


/***/ }),

/***/ 7664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ algorithmParams),
/* harmony export */   GE: () => (/* binding */ DEFAULT_KEY_ALGORITHM),
/* harmony export */   q8: () => (/* binding */ parseKeyAlgorithm)
/* harmony export */ });
/* unused harmony export KEY_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

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

/***/ 2213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ parseIpAddress),
/* harmony export */   Gf: () => (/* binding */ parseSanList),
/* harmony export */   QW: () => (/* binding */ parseSan),
/* harmony export */   Qn: () => (/* binding */ formatSan),
/* harmony export */   XF: () => (/* binding */ normalizedIp),
/* harmony export */   XX: () => (/* binding */ uniqueSans),
/* harmony export */   rM: () => (/* binding */ isDnsName)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


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


/***/ }),

/***/ 9215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ daemonEnvironment),
/* harmony export */   ND: () => (/* binding */ findContainerd),
/* harmony export */   cC: () => (/* binding */ findDockerd)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _host_privilege_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5889);



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
    const path = [...new Set([...programs.map((program) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(program)), ...SYSTEM_PATH])];
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
        return await (0,_host_privilege_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedCommand */ .DZ)(name, { inPathOnly: true });
    }
    catch (error) {
        const passedOver = /Passed over: .*/.exec(error.message)?.[0];
        if (!passedOver)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerTlsError */ .iw(missing, hint);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerTlsError */ .iw(`${name} was found only where another user than root could have put it, and it runs as root. ${passedOver}`, `Install ${name} in a root-owned directory (the system's packages do), or make its directory writable by root alone.`);
    }
}
function findDockerd() {
    return findRequired('dockerd', 'dockerd (the Docker Engine daemon) is not installed on this machine.', 'Install it first, e.g. "sudo apt-get install -y docker.io" on Debian or Ubuntu, or the docker-ce packages from Docker; GitHub-hosted Ubuntu runners have it already.');
}
function findContainerd() {
    return findRequired('containerd', 'containerd is not installed on this machine (dockerd needs it).', 'Install it with the Docker engine, e.g. "sudo apt-get install -y docker.io" (which brings containerd) on Debian or Ubuntu.');
}


/***/ }),

/***/ 5889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CM: () => (/* binding */ AS_THIS_USER),
/* harmony export */   DZ: () => (/* binding */ trustedCommand),
/* harmony export */   EY: () => (/* binding */ rootIsThisProcess),
/* harmony export */   F4: () => (/* binding */ detectPrivilege),
/* harmony export */   fZ: () => (/* binding */ readAsRoot),
/* harmony export */   g4: () => (/* binding */ AS_ROOT),
/* harmony export */   jt: () => (/* binding */ VIA_SUDO),
/* harmony export */   oe: () => (/* binding */ searchPath),
/* harmony export */   x0: () => (/* binding */ removeAsRoot),
/* harmony export */   yf: () => (/* binding */ runAsRoot)
/* harmony export */ });
/* unused harmony exports SYSTEM_DIRS, trustedSearchPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3695);
/* harmony import */ var _trusted_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4289);





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
        await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runProgram */ .mB)(sudo, ['-n', 'true'], { timeoutMs: 10_000, timeoutProgram });
        return { prefix: [sudo, '-n'], viaSudo: true, env };
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw('Starting a Docker daemon needs root, and this user is neither root nor allowed passwordless sudo.', ['Run it as root, or grant this user passwordless sudo (GitHub-hosted runners have it).', withoutRoot]
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
        return await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .runProgram */ .mB)(file, rest, { timeoutMs, input, env: { PATH: env }, timeoutProgram });
    }
    catch (error) {
        const said = (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .saidBy */ .TT)(error) ?? error.message;
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
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(path, 'utf8');
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
    const path = (process.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter);
    return [...path, ...(withSystemDirs ? SYSTEM_DIRS : [])].filter(Boolean).join(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter);
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
    const result = await (0,_trusted_path_js__WEBPACK_IMPORTED_MODULE_4__/* .findTrustedExecutable */ .bR)(name, { ..._trusted_path_js__WEBPACK_IMPORTED_MODULE_4__/* .systemLookup */ .Of, path: search });
    if (result.path)
        return result.path;
    const skipped = result.skipped.length > 0 ? ` Passed over: ${result.skipped.join('; ')}.` : '';
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${name} was not found in a directory only root can write.${skipped}`, `Install ${name} from the system's packages (it runs as root, so it must be owned by root in a root-owned directory such as /usr/bin or /usr/sbin).`);
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
    const candidates = [...new Set(search.split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter((dir) => dir.startsWith('/')))];
    // Checked side by side (each a few stats); kept in PATH order.
    const distrust = await Promise.all(candidates.map((dir) => (0,_trusted_path_js__WEBPACK_IMPORTED_MODULE_4__/* .distrustOfDirectories */ .Dv)(dir, _trusted_path_js__WEBPACK_IMPORTED_MODULE_4__/* .systemLookup */ .Of)));
    return candidates.filter((_, index) => distrust[index] === undefined).join(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter);
}


/***/ }),

/***/ 6767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fX: () => (/* binding */ checkRootlessPreconditions),
  wZ: () => (/* reexport */ chooseNetworkDriver),
  kI: () => (/* binding */ rootlessFindings),
  gw: () => (/* reexport */ systemProbe)
});

// UNUSED EXPORTS: NEEDED_IDS, parseSubordinateRanges, profileText, rangesOf, subordinateCount

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/host/privilege.ts
var privilege = __webpack_require__(5889);
// EXTERNAL MODULE: ./src/host/run.ts
var run = __webpack_require__(3695);
// EXTERNAL MODULE: ./src/host/trusted-path.ts
var trusted_path = __webpack_require__(4289);
;// CONCATENATED MODULE: ./src/host/rootless/probe.ts





/** The user as the findings name it: "alice (uid 1001)", or "uid 1001" without a name. */
const describeUser = (user) => (user.name ? `${user.name} (uid ${user.uid})` : `uid ${user.uid}`);
/** As trustedCommand searches, but with what was passed over kept for the finding's detail. */
function findProgram(name) {
    return (0,trusted_path/* findTrustedExecutable */.bR)(name, { ...trusted_path/* systemLookup */.Of, path: (0,privilege/* searchPath */.oe)() });
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
        const { stdout, stderr } = await (0,run/* runProgram */.mB)(file, args, { timeoutMs, timeoutProgram });
        return { ok: true, stdout, stderr };
    }
    catch (error) {
        const stderr = error instanceof run/* CommandError */.Qd ? error.stderr.trim() : '';
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
const octal = (mode) => (mode & 0o7777).toString(8).padStart(4, '0');
/**
 * slirp4netns and pasta open /dev/net/tun inside the namespace, where their root is this user on
 * the machine: the device must be readable and writable by everyone (Ubuntu makes it 0666; some
 * distributions leave it 0600).
 */
async function tunFinding(probe) {
    const [denied, facts] = await Promise.all([probe.readWriteDenied(TUN_DEVICE), probe.stat(TUN_DEVICE)]);
    const mode = facts ? `mode ${octal(facts.mode)}, owner uid ${facts.uid}` : 'absent';
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


/***/ }),

/***/ 3695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   TT: () => (/* binding */ saidBy),
/* harmony export */   mB: () => (/* binding */ runProgram)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1955);

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
        result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(timeout, ['--kill-after=5', `${seconds}s`, file, ...args], {
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


/***/ }),

/***/ 4289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ distrustOfDirectories),
/* harmony export */   Of: () => (/* binding */ systemLookup),
/* harmony export */   bR: () => (/* binding */ findTrustedExecutable)
/* harmony export */ });
/* unused harmony export distrustOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const GROUP_OR_OTHER_WRITE = 0o022;
const STICKY = 0o1000;
const EXECUTE = 0o111;
const systemLookup = {
    path: process.env.PATH,
    stat: async (path) => {
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(path).catch(() => undefined);
        return stat && { uid: stat.uid, mode: stat.mode, isFile: stat.isFile(), isDirectory: stat.isDirectory() };
    },
    realpath: (path) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.realpath(path),
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
    if (facts.mode & GROUP_OR_OTHER_WRITE)
        return 'other users may write it';
    return distrustOfDirectories((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), lookup);
}
/** Why `start` or a directory above it may be changed by another user than root. */
async function distrustOfDirectories(start, lookup) {
    for (let dir = start;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        const parent = await lookup.stat(dir);
        if (!parent?.isDirectory)
            return `${dir} is not a directory`;
        if (parent.uid !== 0)
            return `${dir} is owned by uid ${parent.uid}, not root`;
        if (parent.mode & GROUP_OR_OTHER_WRITE && !(parent.mode & STICKY))
            return `other users may write ${dir}`;
        if (dir === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir))
            return undefined;
    }
}
async function findTrustedExecutable(name, lookup = systemLookup) {
    const skipped = [];
    for (const dir of (lookup.path ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter((entry) => entry.startsWith('/'))) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
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


/***/ })

};
