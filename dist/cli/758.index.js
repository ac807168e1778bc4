export const id = 758;
export const ids = [758];
export const modules = {

/***/ 758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENV_FORMATS: () => (/* binding */ ENV_FORMATS),
/* harmony export */   envCommand: () => (/* binding */ envCommand),
/* harmony export */   formatEnvironment: () => (/* binding */ formatEnvironment),
/* harmony export */   parseEnvFormat: () => (/* binding */ parseEnvFormat),
/* harmony export */   stateFileOf: () => (/* binding */ stateFileOf)
/* harmony export */ });
/* harmony import */ var _core_client_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1912);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _core_options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2170);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5336);
/* harmony import */ var _lifecycle_state_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5689);





/** `docker-tls env`: the environment `up` printed, again, from the state file. */
async function envCommand(args, out) {
    const values = (0,_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlags */ .bQ)(args, { state: { type: 'string' }, format: { type: 'string' } }, _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV_USAGE */ .AR);
    const format = parseEnvFormat(values.format, _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV_USAGE */ .AR);
    const stateFile = stateFileOf(values.state, _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV_USAGE */ .AR);
    const state = await (0,_lifecycle_state_store_js__WEBPACK_IMPORTED_MODULE_3__/* .readStateFile */ .qy)(stateFile);
    if (!state)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw(`${stateFile} does not exist: the daemon is down.`, 'Start one: docker-tls up');
    if (!state.environment) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw(`${stateFile} holds no environment: that daemon never became ready.`, 'Run docker-tls down to clean up, then docker-tls up again.');
    }
    const env = { ...state.environment, DOCKER_TLS_STATE: stateFile };
    for (const line of formatEnvironment(env, format, { context: state.context?.name }))
        out(line);
}
const ENV_FORMATS = ['shell', 'dotenv', 'json', 'github'];
function parseEnvFormat(raw, usage) {
    const value = raw ?? 'shell';
    if (ENV_FORMATS.includes(value))
        return value;
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--format ${JSON.stringify(value)} is not one of ${ENV_FORMATS.join(', ')}.`, usage);
}
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** The names `up` and `env` may print: the client's variables and the state file's. */
const PRINTABLE = new Set([..._core_client_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .CLIENT_VARIABLES */ .mi, 'DOCKER_TLS_STATE']);
const NAME = /^[A-Z_][A-Z0-9_]*$/;
/** A NAME=value line is read as it is by docker --env-file, and as shell words by `set -a; . file`. */
const SAFE_UNQUOTED = /^[A-Za-z0-9_./:@%+=,[\]-]*$/;
/**
 * The environment as lines in one format: `shell` for eval (values single-quoted), `dotenv` for
 * --env-file and .env readers, `github` to append to $GITHUB_ENV, `json` with `details` beside the
 * variables. Whatever the state said, only our variable names are printed, and a value that one of
 * the unquoted formats could not carry safely is refused.
 */
function formatEnvironment(env, format, details = {}) {
    const refused = Object.keys(env).filter((name) => !NAME.test(name) || !PRINTABLE.has(name));
    if (refused.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw(`Refusing to print variables that are not ours: ${refused.map((name) => JSON.stringify(name)).join(', ')}.`);
    if (format === 'json')
        return [JSON.stringify({ ...env, ...details }, null, 2)];
    return Object.entries(env).map(([name, value]) => {
        if (format === 'shell')
            return `export ${name}=${shellQuote(value)}`;
        if (!SAFE_UNQUOTED.test(value)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw(`${name}=${JSON.stringify(value)} cannot be printed as ${format}: a reader would split or expand it.`, 'Use --format shell (quoted for eval) or --format json.');
        }
        return `${name}=${value}`;
    });
}
/** The state file named by --state or DOCKER_TLS_STATE (which `eval "$(docker-tls up)"` sets). */
function stateFileOf(given, usage) {
    const file = given ?? process.env.DOCKER_TLS_STATE;
    if (!file)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('No state file: pass --state FILE or set DOCKER_TLS_STATE.', usage);
    // Echoed in messages, and a path: control characters are refused like any path input's.
    return (0,_core_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePath */ .Rr)(file, given === undefined ? 'DOCKER_TLS_STATE' : '--state');
}


/***/ }),

/***/ 6906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ isEveryInterface),
/* harmony export */   P3: () => (/* binding */ tcpUrl),
/* harmony export */   X5: () => (/* binding */ endpointOf),
/* harmony export */   hW: () => (/* binding */ bindAddressSans)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

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
function bindAddressSans(host, interfaces = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.networkInterfaces)()) {
    if (!isEveryInterface(host))
        return [{ type: 'ip', value: host }];
    return Object.values(interfaces)
        .flatMap((addresses) => addresses ?? [])
        .filter((address) => !(address.family === 'IPv6' && /^fe[89ab]/i.test(address.address)))
        .map((address) => ({ type: 'ip', value: address.address }));
}


/***/ }),

/***/ 2607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TY: () => (/* binding */ newInstanceId),
/* harmony export */   Uo: () => (/* binding */ contextMarker),
/* harmony export */   b8: () => (/* binding */ idOfMarker),
/* harmony export */   hX: () => (/* binding */ CHAIN_PREFIX),
/* harmony export */   lH: () => (/* binding */ INSTANCE_PREFIX),
/* harmony export */   we: () => (/* binding */ markerOf),
/* harmony export */   zo: () => (/* binding */ isInstanceId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex');
}
function isInstanceId(id) {
    return ID.test(id);
}
/** `dtls-<id>`: the name of the instance's bridge and part of every path it makes. */
function markerOf(id) {
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
function contextMarker(instanceId) {
    return `docker-tls-action instance ${instanceId}`;
}


/***/ }),

/***/ 7066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   Lm: () => (/* binding */ isBoolean),
/* harmony export */   TV: () => (/* binding */ problemsOfFields),
/* harmony export */   iz: () => (/* binding */ equalTo),
/* harmony export */   qq: () => (/* binding */ StateError),
/* harmony export */   uB: () => (/* binding */ isPid),
/* harmony export */   zT: () => (/* binding */ isFileIdentity)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _options_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2377);


/** Thrown by parseState: the text is not a state record; the adapters word what that means. */
class StateError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw {
    constructor(message) {
        super(message);
        this.name = 'StateError';
    }
}
/**
 * The one reader of a saved state, for post and `docker-tls down`. Undefined for a record that names
 * nothing to remove (no id or work directory); a StateError for text that is not a record at all.
 */
function parseState(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new StateError(error.message);
    }
    if (parsed === null || typeof parsed !== 'object')
        return undefined;
    const state = parsed;
    if (typeof state.id !== 'string' || typeof state.workDir !== 'string')
        return undefined;
    if (!_options_options_js__WEBPACK_IMPORTED_MODULE_1__/* .ENGINE_KINDS */ .Fr.includes(state.mode)) {
        throw new StateError(`unknown mode ${JSON.stringify(state.mode)}`);
    }
    return state;
}
/**
 * Why `state` is not what main wrote: each field checked, and any field main never writes refused
 * (a forged record gains nothing from fields the code would ignore today and read tomorrow).
 */
function problemsOfFields(state, checks) {
    return Object.entries(state).flatMap(([field, value]) => {
        if (!Object.hasOwn(checks, field))
            return [`it has a field ${JSON.stringify(field)} that main never writes`];
        if (value === undefined)
            return [];
        const problem = checks[field](value, state);
        return problem ? [`its ${field} ${JSON.stringify(value)} ${problem}`] : [];
    });
}
const isBoolean = (value) => typeof value === 'boolean' ? undefined : 'is not true or false';
const isPid = (value) => Number.isInteger(value) && value > 1 ? undefined : 'is not a pid';
/** A device and inode, as fs.stat gives them. */
const isFileIdentity = (value) => {
    const identity = value;
    const keys = typeof identity === 'object' && identity !== null ? Object.keys(identity).sort().join() : '';
    return keys === 'dev,ino' && Number.isInteger(identity.dev) && Number.isInteger(identity.ino)
        ? undefined
        : 'is not a device and inode';
};
/** Exactly the value main derives from the rest of the state. */
function equalTo(expected) {
    return (value, state) => (value === expected(state) ? undefined : `is not ${JSON.stringify(expected(state))}`);
}


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ waitUntil)
/* harmony export */ });
/* unused harmony export systemClock */
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


/***/ }),

/***/ 9274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ engineFor)
});

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

// EXTERNAL MODULE: ./src/core/options/dind.ts
var dind = __webpack_require__(4629);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/options/engine-endpoint.ts
var engine_endpoint = __webpack_require__(2150);
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
    return (0,engine_endpoint/* parseEngineEndpoint */.h)(engine, { ca, cert, key });
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

// EXTERNAL MODULE: ./src/core/endpoint.ts
var core_endpoint = __webpack_require__(6906);
// EXTERNAL MODULE: ./src/core/pki/layout.ts
var layout = __webpack_require__(752);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
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

// EXTERNAL MODULE: ./src/host/files.ts
var host_files = __webpack_require__(3285);
// EXTERNAL MODULE: ./src/core/naming.ts
var naming = __webpack_require__(2607);
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
    return `${(0,naming/* markerOf */.we)(instanceId)}-dind`;
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

// EXTERNAL MODULE: ./src/core/options/names.ts
var options_names = __webpack_require__(6926);
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
            throw new errors/* DockerTlsError */.iw(`The outer engine cannot publish the dind daemon on ${(0,core_endpoint/* tcpUrl */.P3)(listen.bindHost, listen.port)}: the port is already in use (${message}).`, `Choose another port, or ${(0,options_names/* setting */.Pe)(names, 'port', '0')} for a free one.`, { cause: error, badInput: true });
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
        return (0,engine_endpoint/* parseEngineEndpoint */.h)(engine);
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
    if (!(0,core_endpoint/* isEveryInterface */.FH)(bindHost))
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
        await (0,host_files/* writeFileAtomic */.Zf)(daemonJsonPath, daemonJson, 0o600);
    // The private copy (files.ts), never the user's cert-dir; the mount shows it to the waiting container.
    const serverCertDir = copyIn ? undefined : (0,layout/* daemonTlsDir */.jx)(run.workDir);
    if (serverCertDir)
        await (0,host_files/* makePrivateDir */.hI)(serverCertDir);
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
        ? (0,core_endpoint/* endpointOf */.X5)(run.listen.bindHost, run.listen.port, { host: settings.alias, port: DIND_PORT })
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
        await (0,host_files/* writeFileAtomic */.Zf)((0,external_node_path_.join)((0,external_node_path_.dirname)(daemonTls.cert), CERTIFICATES_READY_FILE), '', 0o444);
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
            const earlier = (0,core_text/* earlierErrorLines */.Ym)(log, 20);
            const errors = earlier.length ? `\nErrors earlier in its log:\n${earlier.join('\n')}` : '';
            return `\nCheck dind-image (it must run dockerd as docker:dind does), dind-args and daemon-config.${errors}\nLast lines of its log (docker logs ${name}):\n${(0,core_text/* lastLines */.w$)(log, 20) || '(empty)'}`;
        },
        ready: async () => {
            clearInterval(watch);
            run.saveProgress({ answered: true });
            return { containerId: id };
        },
    };
}

// EXTERNAL MODULE: ./src/core/state.ts
var state = __webpack_require__(7066);
;// CONCATENATED MODULE: ./src/engines/dind/state.ts





const CONTAINER_ID = /^[0-9a-f]{64}$/;
const DOCKER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
/**
 * The dind engine's fields of a saved state, each as launch.ts records them: the container named
 * after the instance, a full container id, a Docker network name, an outer engine endpoint.
 * Teardown also removes only a container and a network that carry the instance's label, so a
 * forged state reaches no one else's.
 */
const DIND_STATE_FIELDS = {
    outerEngine: (value) => {
        try {
            (0,engine_endpoint/* parseEngineEndpoint */.h)(String(value));
            return typeof value === 'string' && !(0,core_text/* hasControlCharacter */.Fd)(value) ? undefined : 'is not an endpoint';
        }
        catch {
            return 'is not a unix:// or tcp:// endpoint';
        }
    },
    outerEngineCertPath: (value) => typeof value === 'string' && (0,external_node_path_.isAbsolute)(value) && (0,external_node_path_.normalize)(value) === value && !(0,core_text/* hasControlCharacter */.Fd)(value)
        ? undefined
        : 'is not an absolute path',
    containerName: (0,state/* equalTo */.iz)((state) => dindContainerName(state.id)),
    containerId: (value) => (CONTAINER_ID.test(String(value)) ? undefined : 'is not a container id'),
    createdNetwork: (value) => typeof value === 'string' && DOCKER_NAME.test(value) ? undefined : 'is not a Docker network name',
    answered: state/* isBoolean */.Lm,
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
    const settings = options.dind ?? (0,dind/* parseDindSettings */.wb)({}, options.names);
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

// EXTERNAL MODULE: ./src/host/privilege.ts
var host_privilege = __webpack_require__(5889);
// EXTERNAL MODULE: ./src/engines/dockerd/binaries.ts
var binaries = __webpack_require__(9215);
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

// EXTERNAL MODULE: ./src/core/wait.ts
var core_wait = __webpack_require__(3210);
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
    const outcome = await (0,core_wait/* waitUntil */.a)(async () => ((await isListening(wait.socket)) ? 'listening' : wait.exitReason() ? 'stopped' : undefined), { timeoutMs: wait.timeoutMs, intervalMs: 2, backoff: 1.5, maxIntervalMs: 20, signal: wait.signal });
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
    return (0,core_endpoint/* isEveryInterface */.FH)(bindHost) ? {} : { ip: bindHost };
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
    const hosts = [`unix://${input.socketPath}`, (0,core_endpoint/* tcpUrl */.P3)(input.listen.bindHost, input.listen.port)];
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
        await (0,host_privilege/* runAsRoot */.yf)(privilege, 'umount', [point]);
    }
    catch {
        await (0,host_privilege/* runAsRoot */.yf)(privilege, 'umount', ['-l', point]);
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
        await (0,host_privilege/* runAsRoot */.yf)(privilege, 'rmdir', dirs);
    return dirs;
}

;// CONCATENATED MODULE: ./src/engines/dockerd/diagnose.ts
// Reads a failed dockerd's log and names the likely cause with what to do about it, in the words of
// the adapter's options (an action input or a CLI flag).


/** Each pattern of a dockerd log, with the cause it points to and the fix. */
const CAUSES = [
    {
        pattern: /address already in use/i,
        cause: (names) => `The TCP port is already in use by another process. Choose another port, or ${(0,options_names/* setting */.Pe)(names, 'port', '0')} for a free one.`,
    },
    {
        pattern: /cannot assign requested address/i,
        cause: (names) => `The bind address is not an address of this machine. Use ${(0,options_names/* setting */.Pe)(names, 'host', '127.0.0.1')}, 0.0.0.0, or an address shown by "ip addr".`,
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
        cause: (names) => `The storage driver failed on the data-root. Set "storage-driver": "vfs" in ${(0,options_names/* spelled */.uQ)(names, 'daemonConfig')} on file systems without overlay support.`,
    },
    {
        pattern: /(bridge|network controller)/i,
        cause: (names) => `dockerd could not set up its network. Check "ip link" for stale ${naming/* INSTANCE_PREFIX */.lH}* bridges and the ${(0,options_names/* spelled */.uQ)(names, 'daemonConfig')} network settings.`,
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

// EXTERNAL MODULE: ./src/host/network/bridge.ts
var bridge = __webpack_require__(5050);
;// CONCATENATED MODULE: ./src/host/network/iptables.ts

const BACKENDS = ['iptables-nft', 'iptables-legacy'];
/** The tables our chains go into. */
const OUR_TABLES = ['filter', 'nat', 'raw'];
/** Runs one iptables command as root. `-w` waits for the xtables lock instead of failing when
 * another daemon (the runner's dockerd) changes rules at the same moment; nft accepts and ignores it. */
async function iptables(privilege, backend, table, args) {
    const { stdout } = await (0,host_privilege/* runAsRoot */.yf)(privilege, backend, ['-w', '10', '-t', table, ...args]);
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
    const names = await (0,host_privilege/* readAsRoot */.fZ)(privilege, LEGACY_TABLES).catch(() => '');
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
    return (0,host_privilege/* runAsRoot */.yf)(privilege, SAVE[backend], []).then((out) => out.stdout, () => undefined);
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
    const version = await (0,host_privilege/* runAsRoot */.yf)(privilege, 'iptables', ['--version']).catch(() => undefined);
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

// EXTERNAL MODULE: ./src/host/network/ipv4.ts
var ipv4 = __webpack_require__(8056);
;// CONCATENATED MODULE: ./src/host/network/firewall-rules.ts



/** Networks that dockerd creates get bridges named br-<network id>. */
const USER_NETWORK_BRIDGES = 'br-+';
const ID = /^[0-9A-Za-z]{1,16}$/;
const OUR_CHAIN = new RegExp(`^${naming/* CHAIN_PREFIX */.hX}([0-9A-Za-z]{1,16})-(FWD|NAT|RAW)$`);
function chainNames(id) {
    // iptables chain names hold at most 28 characters: "DTLS-" + 16 + "-FWD" is 25.
    if (!ID.test(id))
        throw new Error(`Not an instance id: ${JSON.stringify(id)}`);
    return { forward: `${naming/* CHAIN_PREFIX */.hX}${id}-FWD`, nat: `${naming/* CHAIN_PREFIX */.hX}${id}-NAT`, raw: `${naming/* CHAIN_PREFIX */.hX}${id}-RAW` };
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
    return (0,host_privilege/* runAsRoot */.yf)(privilege, RESTORE[backend], ['--noflush', '--wait', '10'], 30_000, restoreInput(commands));
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

// EXTERNAL MODULE: ./src/host/run.ts
var host_run = __webpack_require__(3695);
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
    const { stdout } = await (0,host_privilege/* runAsRoot */.yf)(privilege, 'sh', args).catch((error) => {
        // runAsRoot's message quotes the command, here the whole script: what it said is what helps.
        const cause = error.cause;
        const said = (0,host_run/* saidBy */.TT)(cause) ?? (cause?.code ? `sh could not run (${cause.code})` : (cause ?? error).message);
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
    if (!(0,host_privilege/* rootIsThisProcess */.EY)(privilege))
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
        pools.push({ base: (0,ipv4/* formatCidr */.mG)((0,ipv4/* subnetAt */.Xb)(block, bits, 1)), size: NETWORK_BITS });
    }
    return pools;
}
function planForBlock(block) {
    const bridge = (0,ipv4/* subnetAt */.Xb)(block, NETWORK_BITS, 0);
    const gateway = (0,ipv4/* formatAddress */.M0)(bridge.base + 1);
    return {
        block: (0,ipv4/* formatCidr */.mG)(block),
        bridgeSubnet: (0,ipv4/* formatCidr */.mG)(bridge),
        gateway,
        gatewayCidr: `${gateway}/${NETWORK_BITS}`,
        defaultAddressPools: poolsAfterBridge(block),
    };
}
function mustParse(cidr) {
    const net = (0,ipv4/* parseCidr */.GN)(cidr);
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
        return Array.from({ length: count }, (_, step) => (0,ipv4/* subnetAt */.Xb)(range, BLOCK_BITS, (start + step) % count));
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
    const block = candidates(instanceId, ranges).find((candidate) => !taken.some((net) => (0,ipv4/* overlaps */.$f)(net, candidate)));
    if (block)
        return planForBlock(block);
    throw exhausted(ranges, hostNetworks);
}
function exhausted(ranges, hostNetworks) {
    const occupants = hostNetworks
        .filter((host) => ranges.some((range) => (0,ipv4/* overlaps */.$f)(host.net, mustParse(range))))
        .map((host) => `${(0,ipv4/* formatCidr */.mG)(host.net)}${host.device ? ` on ${host.device}` : ''}`);
    const unique = [...new Set(occupants)];
    const shown = unique.slice(0, 8).join(', ') + (unique.length > 8 ? `, and ${unique.length - 8} more` : '');
    return new errors/* DockerTlsError */.iw(`No free /${BLOCK_BITS} block is left for the daemon's networks in ${ranges.join(' or ')}: ` +
        `the host's routes and addresses occupy them${shown ? ` (${shown})` : ''}.`, 'Remove the networks there that are leftovers (`ip link delete <bridge>`, `ip route del <network>`; ' +
        `bridges ${naming/* INSTANCE_PREFIX */.lH}* and br-* of a dead daemon), or disconnect the VPN that routes these ranges.`);
}
/**
 * Networks inside the plan's block that are not on `ownBridge`: another instance that planned at the
 * same moment took the same block. Check after creating the bridge; when this is not empty, delete
 * the bridge and plan again with the block in `exclude`.
 */
function foreignOccupants(plan, hostNetworks, ownBridge) {
    const block = mustParse(plan.block);
    return hostNetworks.filter((host) => (0,ipv4/* overlaps */.$f)(host.net, block) && host.device !== ownBridge);
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
    const ours = (0,ipv4/* parseCidr */.GN)(block);
    if (!ours)
        return [];
    return networks.filter((network) => {
        if (network.bridge === ownBridge)
            return false;
        const outside = network.subnets.map(ipv4/* parseCidr */.GN).some((net) => net !== undefined && !(0,ipv4/* contains */.gR)(ours, net));
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
        ...(socket ? [() => (0,engine_endpoint/* parseEngineEndpoint */.h)(`unix://${socket}`)] : []),
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
        const plan = planAddresses(run.id, await (0,ipv4/* readHostNetworks */.QN)(privilege), { exclude });
        run.saveProgress({ bridge: run.marker, addressBlock: plan.block });
        const withOurs = await (0,bridge/* createBridge */.OO)(privilege, {
            name: run.marker,
            gatewayCidr: plan.gatewayCidr,
            subnet: plan.bridgeSubnet,
        });
        const rivals = foreignOccupants(plan, withOurs, run.marker);
        if (rivals.length === 0 || attempt === PLAN_ATTEMPTS)
            return plan;
        run.logger.debug(`${plan.block} is taken by ${rivals.map((rival) => rival.device ?? '?').join(', ')}; planning again`);
        await (0,bridge/* deleteBridge */.Pu)(privilege, run.marker);
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
    return (0,ipv4/* formatCidr */.mG)({ base: (address.net.base & mask) >>> 0, bits: BLOCK_BITS });
}
/**
 * The bridges (br-<network id>) of the networks our dockerd created: dockerd keeps them, with their
 * addresses and routes, after it stops. Only bridges named as dockerd names them (br- and 12 hex
 * digits of the network's id) whose networks lie inside our block are ours; and when our own bridge
 * still stands, the block must be the one it lies in (`bridge`), not merely what a state says.
 */
async function removeUserBridges(privilege, block, bridge) {
    const ours = (0,ipv4/* parseCidr */.GN)(block);
    if (!ours)
        return [];
    const networks = await (0,ipv4/* readHostNetworks */.QN)(privilege);
    const actual = bridge === undefined ? undefined : blockOfBridge(networks, bridge);
    if (actual !== undefined && actual !== block) {
        throw new Error(`${bridge} lies in ${actual}, not in ${block}: the bridges of ${block} are not ours`);
    }
    const devices = networks
        .filter((host) => DOCKERD_BRIDGE.test(host.device ?? '') && (0,ipv4/* contains */.gR)(ours, host.net))
        .map((host) => host.device);
    const unique = [...new Set(devices)];
    for (const device of unique)
        await (0,host_privilege/* runAsRoot */.yf)(privilege, 'ip', ['link', 'delete', 'dev', device]);
    return unique;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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
    await (0,host_files/* writeFileAtomic */.Zf)(paths.config, JSON.stringify(config) + '\n', 0o600);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
    const [key, dir] = await Promise.all([(0,host_files/* identityOf */.cu)(path), (0,host_files/* identityOf */.cu)((0,external_node_path_.dirname)(path))]);
    return { existed: key !== undefined, dirExisted: dir !== undefined };
}
/** Once our daemon runs: the key it wrote, if there was none before. */
async function trustKeyWritten(before, path = TRUST_KEY) {
    if (before.existed)
        return {};
    const identity = await (0,host_files/* identityOf */.cu)(path);
    return identity ? { trustKey: identity, trustKeyDirMade: !before.dirExisted } : {};
}
/** Removes the key our daemon wrote, while it is still that file, and /etc/docker if we made it and it is empty. */
async function removeTrustKey(privilege, record, path = TRUST_KEY) {
    if (!record.trustKey || !(await (0,host_files/* isSameFile */.Dl)(path, record.trustKey)))
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
        await (0,host_privilege/* runAsRoot */.yf)(privilege, 'rm', ['-f', path]);
    else
        await external_node_fs_.promises.rm(path, { force: true });
}
async function rmdirAsRoot(privilege, dir) {
    const removing = privilege.viaSudo ? (0,host_privilege/* runAsRoot */.yf)(privilege, 'rmdir', [dir]) : external_node_fs_.promises.rmdir(dir);
    return removing.then(() => true, () => false);
}

// EXTERNAL MODULE: ./src/host/processes.ts
var host_processes = __webpack_require__(327);
// EXTERNAL MODULE: ./src/host/docker-context.ts
var docker_context = __webpack_require__(6838);
// EXTERNAL MODULE: ./src/host/instance-presence.ts
var instance_presence = __webpack_require__(5841);
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
    const owner = await (0,bridge/* ownerOf */.bf)((0,naming/* markerOf */.we)(id));
    if (!owner)
        return 'it carries no owner label of ours';
    if (owner.pidNamespace !== (await (0,host_processes/* pidNamespace */.fP)()))
        return 'its owner ran in another pid namespace';
    if ((await (0,host_processes/* isAlive */._n)(owner.pid)) && (await (0,host_processes/* startTimeOf */.P2)(owner.pid)) === owner.start) {
        return `its owner (pid ${owner.pid}) runs`;
    }
    if (processes.some((info) => isInstanceDaemon(info.argv, identityOf(id))))
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
        const ids = await (0,bridge/* instancesWithBridges */.XK)();
        // Listed only when a leftover needs it: reading every process's command line is tens of
        // milliseconds of this thread's work, on the way to the daemon's start, and most starts find none.
        let listing;
        const processes = () => (listing ??= (0,host_processes/* listProcesses */.O3)());
        for (const id of ids) {
            const keep = await reasonToKeep(id, await processes());
            if (keep) {
                logger.debug(`Left ${(0,naming/* markerOf */.we)(id)} alone: ${keep}.`);
                continue;
            }
            // Its docker context too, when the crashed run was this user's (contexts live in the user's store).
            const done = [await sweepInstance(privilege, id), ...(await (0,docker_context/* removeContextsMarked */.L9)((0,naming/* contextMarker */.Uo)(id)))].join(', ');
            swept.push((0,naming/* markerOf */.we)(id));
            logger.info(`Removed leftovers of an earlier run (${(0,naming/* markerOf */.we)(id)}), whose dockerd and owner are gone: ${done}.`);
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
    const bridges = new Set(await (0,bridge/* instancesWithBridges */.XK)());
    const isDead = async (id) => swept.includes((0,naming/* markerOf */.we)(id)) || (0,instance_presence/* nothingNames */.YO)(id, bridges, cmdlines);
    const [chains, holds] = await Promise.all([sweepFirewalls(privilege, isDead), sweepIpForward(privilege, isDead)]);
    for (const id of chains.swept)
        logger.info(`Removed the firewall chains of an earlier run (${(0,naming/* markerOf */.we)(id)}).`);
    for (const id of holds)
        logger.info(`Released the ip_forward hold of an earlier run (${(0,naming/* markerOf */.we)(id)}).`);
    return chains.survey;
}
/** Whether the promise resolves: each removal is best effort, and a concurrent sweep may win. */
function succeeds(promise) {
    return promise.then(() => true, () => false);
}
/** A crashed instance as the sweep knows it: by its id alone (its work directory was elsewhere). */
function identityOf(id) {
    const marker = (0,naming/* markerOf */.we)(id);
    return { marker, execRoots: EXEC_ROOT_PARENTS.map((parent) => (0,external_node_path_.join)(parent, marker)) };
}
async function sweepInstance(privilege, id) {
    const marker = (0,naming/* markerOf */.we)(id);
    const done = [];
    // Claimed first, so that a sweep running at the same time elsewhere leaves it to us.
    await (0,bridge/* claimBridge */.sK)(privilege, marker).catch(() => undefined);
    // Never this process or an ancestor of it, whatever its arguments.
    const processes = processesOfInstance(await (0,host_processes/* listProcesses */.O3)(), identityOf(id));
    if (processes.length > 0) {
        await (0,host_processes/* killProcesses */.wU)(privilege, processes);
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
    const block = blockOfBridge(await (0,ipv4/* readHostNetworks */.QN)(privilege), marker);
    const userBridges = block ? await removeUserBridges(privilege, block).catch(() => []) : [];
    if (userBridges.length > 0)
        done.push(`network bridge(s) ${userBridges.join(', ')} removed`);
    if (await (0,bridge/* deleteBridge */.Pu)(privilege, marker).catch(() => false))
        done.push(`bridge ${marker} removed`);
    for (const execRoot of EXEC_ROOT_PARENTS.map((parent) => (0,external_node_path_.join)(parent, marker))) {
        if ((await succeeds(external_node_fs_.promises.lstat(execRoot))) && (await succeeds((0,host_privilege/* removeAsRoot */.x0)(privilege, execRoot)))) {
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
    const dockerd = (0,host_processes/* spawnDetached */.W3)(tools.privilege, [tools.dockerd, '--config-file', paths.config, ...dockerdFlags(run.marker)], paths.logFile, env(tools));
    run.saveProgress({ spawnedPid: dockerd.child.pid });
    run.logPhase('dockerd spawned');
    run.logger.info(`dockerd started (pid ${dockerd.child.pid}), log: ${paths.logFile}`);
    return { process: dockerd, paths, launchedAt, trustKey };
}
/** Our daemon's configuration: its TLS files (where they will be), sockets, roots, bridge and pools. */
async function writeDaemonJson(run, paths, plan, containerdFiles) {
    const daemonJson = buildDaemonJson({
        // Where the certificates' step writes the daemon's copy of the server's files.
        serverTls: (0,layout/* daemonTlsFiles */.HH)(run.workDir),
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
    await (0,host_files/* writeFileAtomic */.Zf)(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
}
async function spawnContainerd(run, tools, paths, containerdFiles) {
    await (0,host_files/* writeFileAtomic */.Zf)(containerdFiles.config, containerdConfig(paths.dataRoot, paths.execRoot, containerdFiles.socket), 0o600);
    const containerd = (0,host_processes/* spawnDetached */.W3)(tools.privilege, [tools.containerd, '--config', containerdFiles.config], containerdFiles.logFile, env(tools));
    run.saveProgress({ containerdPid: containerd.child.pid });
    run.logPhase('containerd spawned');
    return containerd;
}
/** The environment of our containerd and dockerd: ours, never the job's (see daemon-env.ts). */
function env(tools) {
    return (0,binaries/* daemonEnvironment */.Ao)([tools.dockerd, tools.containerd], process.env);
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
        timeoutOption: (0,options_names/* spelled */.uQ)(run.options.names, 'startupTimeout'),
        exitReason: containerd.exitReason,
        logTail: async () => (0,core_text/* lastLines */.w$)(await external_node_fs_.promises.readFile(containerdFiles.logFile, 'utf8').catch(() => ''), 15),
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
            return `${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${paths.logFile}):\n${redactRequestData((0,core_text/* lastLines */.w$)(log, 15)) || '(empty)'}`;
        },
        settled: () => firewallEnded,
        ready: async () => {
            const opened = await firewall;
            // Meanwhile: it never fails the start (watchNetworksOf says why in a warning).
            const watching = opened ? watchNetworksOf(run, tools.privilege, paths, opened) : undefined;
            const pid = await (0,host_processes/* readPid */.Qs)(paths.pidFile);
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
    return EXEC_ROOT_PARENTS.map((parent) => (0,external_node_path_.join)(parent, (0,naming/* markerOf */.we)(state.id)));
}
/** A file main puts in the work directory or the exec-root (dockerdPathsIn, containerdPaths). */
function fileOf(pick) {
    return (0,state/* equalTo */.iz)((state) => {
        const execRoot = state.execRoot ?? execRootsOf(state)[0];
        return pick(dockerdPathsIn(state.workDir, execRoot), containerdPaths(state.workDir, execRoot).logFile);
    });
}
/** A /20 of our ranges, as planAddresses cuts it (so a forged 0.0.0.0/0 names no one else's bridges). */
const isOurBlock = (value) => {
    const net = typeof value === 'string' ? (0,ipv4/* parseCidr */.GN)(value) : undefined;
    const ours = net !== undefined &&
        net.bits === BLOCK_BITS &&
        (0,ipv4/* formatCidr */.mG)(net) === value &&
        OUR_RANGES.some((range) => (0,ipv4/* contains */.gR)((0,ipv4/* parseCidr */.GN)(range), net));
    return ours ? undefined : `is not a /${BLOCK_BITS} of ${OUR_RANGES.join(' or ')}`;
};
/**
 * The dockerd engine's fields of a saved state, each as launch.ts records it: files in the work
 * directory, the exec-root `/run/dtls-<id>` or `/tmp/dtls-<id>`, the bridge named after the
 * instance, a block of our ranges, a firewall backend we drive, pids that are positive integers.
 */
const DOCKERD_STATE_FIELDS = {
    viaSudo: state/* isBoolean */.Lm,
    execRoot: (value, state) => execRootsOf(state).includes(value) ? undefined : `is not one of ${execRootsOf(state).join(', ')}`,
    dataRoot: fileOf((paths) => paths.dataRoot),
    pidFile: fileOf((paths) => paths.pidFile),
    logFile: fileOf((paths) => paths.logFile),
    socket: fileOf((paths) => paths.socket),
    containerdLogFile: fileOf((_paths, containerdLog) => containerdLog),
    bridge: (0,state/* equalTo */.iz)((state) => (0,naming/* markerOf */.we)(state.id)),
    addressBlock: isOurBlock,
    firewall: state/* isBoolean */.Lm,
    firewallBackend: (value) => ['iptables-nft', 'iptables-legacy', 'iptables'].includes(value) ? undefined : 'is not an iptables',
    ipForwardHeld: state/* isBoolean */.Lm,
    spawnedPid: state/* isPid */.uB,
    pid: state/* isPid */.uB,
    containerdPid: state/* isPid */.uB,
    trustKey: state/* isFileIdentity */.zT,
    trustKeyDirMade: state/* isBoolean */.Lm,
};

// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
;// CONCATENATED MODULE: ./src/engines/dockerd/teardown-processes.ts




/**
 * The tree as it is before anything is stopped: a child whose parent dies first (a wrapper's child,
 * a container whose shim died) no longer descends from anything of ours when we look again.
 */
async function listTreeBefore(teardown) {
    teardown.treeBefore = processesOfInstance(await (0,host_processes/* listProcesses */.O3)(), teardown.identity);
}
/** A pid is ours only while its arguments are still our instance's: pids get reused. */
async function isOurs(pid, identity) {
    if (pid === undefined || !(await (0,host_processes/* isAlive */._n)(pid)))
        return false;
    const argv = await (0,host_processes/* argumentsOf */.aX)(pid);
    return argv !== undefined && isInstanceProcess(argv, identity);
}
async function stopDockerd({ state, privilege, identity, report, logger, options, }) {
    const candidates = [state.pid, state.pidFile ? await (0,host_processes/* readPid */.Qs)(state.pidFile) : undefined, state.spawnedPid];
    let pid;
    for (const candidate of candidates) {
        if (await isOurs(candidate, identity)) {
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
    await (0,host_processes/* signalProcesses */.IK)(privilege, [pid], 'TERM');
    if (await (0,host_processes/* waitForExit */.zE)(pid, options.stopTimeoutMs ?? 20_000))
        return { outcome: 'stopped' };
    await (0,host_processes/* signalProcesses */.IK)(privilege, [pid], 'KILL');
    return {
        outcome: (await (0,host_processes/* waitForExit */.zE)(pid, 5000)) ? 'killed' : 'still running',
        warning: `${name} (pid ${pid}) did not stop within the deadline after SIGTERM and was killed.`,
    };
}
async function stopContainerd({ state, privilege, identity }) {
    const pid = state.containerdPid;
    if (!pid || !(await isOurs(pid, identity)))
        return;
    await (0,host_processes/* signalProcesses */.IK)(privilege, [pid], 'TERM');
    // What does not stop in time is killed with the other leftovers just after.
    await (0,host_processes/* waitForExit */.zE)(pid, 5000);
}
/**
 * The network watch has nothing left to do once teardown begins: stopped before dockerd, so that it
 * is gone long before the leftovers are counted.
 */
async function stopNetworkWatch({ privilege, identity, treeBefore }) {
    const watches = treeBefore.filter((info) => isNetworkWatch(info.argv, identity)).map((info) => info.pid);
    await (0,host_processes/* signalProcesses */.IK)(privilege, watches, 'TERM');
}
/** After a crash or a SIGKILL, containerd, its shims and the containers live on. */
async function killLeftovers({ privilege, identity, report, logger, treeBefore, }) {
    const all = await (0,host_processes/* listProcesses */.O3)();
    const self = ancestorsOf(all);
    // Same pid and same command line as before: still that process, not a reused pid.
    const survivors = all.filter((info) => treeBefore.some((before) => before.pid === info.pid && before.cmdline === info.cmdline));
    const leftovers = [
        ...new Map([...processesOfInstance(all, identity), ...survivors].map((info) => [info.pid, info])).values(),
    ].filter((info) => !self.has(info.pid));
    if (leftovers.length === 0)
        return;
    await (0,host_processes/* killProcesses */.wU)(privilege, leftovers);
    report.processesKilled = leftovers.length;
    logger.info(`Stopped ${leftovers.length} process(es) left behind by dockerd: ${leftovers.map((info) => info.pid).join(', ')}`);
}
/**
 * Kills the containers still running, so that stopping the daemon does not wait out each one's
 * stop timeout (10 s by default): nothing in a finished job needs a polite shutdown.
 */
async function killRunningContainers(socket) {
    const client = new EngineClient((0,engine_endpoint/* parseEngineEndpoint */.h)(`unix://${socket}`), 5000);
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
        privilege: state.viaSudo ? host_privilege/* VIA_SUDO */.jt : host_privilege/* AS_ROOT */.g4,
        marker: (0,naming/* markerOf */.we)(state.id),
        identity: {
            marker: (0,naming/* markerOf */.we)(state.id),
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
        await (0,bridge/* claimBridge */.sK)(teardown.privilege, state.bridge).catch(() => undefined);
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
        await (0,host_privilege/* runAsRoot */.yf)(privilege, 'ip', ['link', 'delete', 'dev', bridge]);
        removed.push(bridge);
    }
    if (removed.length > 0)
        logger.debug(`Removed the bridges of this daemon's networks: ${removed.join(', ')}`);
}
async function removeBridge({ state, privilege, report }) {
    report.bridgeRemoved = await (0,bridge/* deleteBridge */.Pu)(privilege, state.bridge);
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
        await (0,host_privilege/* removeAsRoot */.x0)(privilege, path);
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
        const privilege = await (0,host_privilege/* detectPrivilege */.F4)(withoutRoot(options.names));
        const [dockerd, containerd] = await Promise.all([(0,binaries/* findDockerd */.cC)(), (0,binaries/* findContainerd */.ND)()]);
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
    const dind = names.style === 'flag' ? `--${names.mode}` : (0,options_names/* setting */.Pe)(names, 'mode', 'dind');
    return (`Without root or sudo, ${(0,options_names/* setting */.Pe)(names, 'rootless', 'true')} starts a daemon that belongs to this user, ` +
        `and ${dind} starts one in a container of a Docker engine this user can reach.`);
}

// EXTERNAL MODULE: ./src/host/rootless/index.ts + 5 modules
var rootless = __webpack_require__(6767);
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
        execRoot: (0,external_node_path_.join)(ROOTLESS_EXEC_ROOT_PARENT, `${(0,naming/* markerOf */.we)(id)}-rootless`),
        dataRoot: (0,external_node_path_.join)(workDir, 'data'),
        runtimeDir: (0,external_node_path_.join)(workDir, 'run'),
        pidFile: (0,external_node_path_.join)(workDir, 'docker.pid'),
        logFile: (0,external_node_path_.join)(workDir, 'docker.log'),
        socket: (0,external_node_path_.join)(workDir, 'docker.sock'),
        config: (0,external_node_path_.join)(workDir, 'daemon.json'),
    };
}
function pathOf(pick) {
    return (0,state/* equalTo */.iz)((state) => rootlessPathsIn(state.workDir, state.id)[pick]);
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
    spawnedPid: state/* isPid */.uB,
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
    await external_node_fs_.promises.mkdir(execRoot, { mode: host_files/* PRIVATE_DIR_MODE */.qH });
    await external_node_fs_.promises.mkdir(runtimeDir, { mode: host_files/* PRIVATE_DIR_MODE */.qH });
    const { daemonTls } = await run.daemonCertificates();
    const cgroups = await cgroupSettings(process.getuid?.() ?? -1, run.options.daemonConfig);
    const daemonJson = rootlessDaemonJson(paths, run.listen, daemonTls, {
        ...cgroups.config,
        ...run.options.daemonConfig,
    });
    await (0,host_files/* writeFileAtomic */.Zf)(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
    const launchedAt = performance.now();
    const env = { ...environment(tools, paths), ...cgroups.env };
    const kit = (0,host_processes/* spawnDetached */.W3)(host_privilege/* AS_THIS_USER */.CM, rootlesskitCommand(tools, paths, run.listen), logFile, env);
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
            return `${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${logFile}):\n${redactRequestData((0,core_text/* lastLines */.w$)(log, 15)) || '(empty)'}`;
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
    const hosts = [`unix://${paths.socket}`, (0,core_endpoint/* tcpUrl */.P3)('127.0.0.1', listen.port)];
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
        ...(0,binaries/* daemonEnvironment */.Ao)([tools.dockerd, tools.rootlesskit, tools.network.program], process.env),
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
    const argv = await (0,host_processes/* argumentsOf */.aX)(state.spawnedPid);
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
    const tree = (0,host_processes/* withDescendants */.dz)(all, [pid]);
    return all.filter((info) => tree.has(info.pid));
}
async function stopKit(state, report, logger, options) {
    const kit = await ourKit(state);
    const before = await (0,host_processes/* listProcesses */.O3)();
    const tree = [...(kit ? treeOf(before, kit) : []), ...before.filter((info) => teardown_isInstanceProcess(info.argv, state))];
    if (kit) {
        // As mode dockerd's: its containers killed first, then rootlesskit, which stops dockerd.
        const daemon = { name: 'rootlesskit', pid: kit, socket: state.socket };
        const stopped = await stopDaemonProcess(daemon, host_privilege/* AS_THIS_USER */.CM, logger, options);
        report.daemon = stopped.outcome;
        if (stopped.warning)
            report.warnings.push(stopped.warning);
    }
    await teardown_killLeftovers(state, tree, report, logger);
}
/** What outlived rootlesskit: the same pid with the same command line as before, or named by the marker. */
async function teardown_killLeftovers(state, tree, report, logger) {
    const now = await (0,host_processes/* listProcesses */.O3)();
    const survivors = now.filter((info) => tree.some((before) => before.pid === info.pid && before.cmdline === info.cmdline));
    const named = now.filter((info) => teardown_isInstanceProcess(info.argv, state));
    // Never this process or what runs it (a sudo or a shell whose arguments may name our files).
    const self = ancestorsOf(now);
    const leftovers = [...new Map([...survivors, ...named].map((info) => [info.pid, info])).values()].filter((info) => !self.has(info.pid));
    if (leftovers.length === 0)
        return;
    await (0,host_processes/* killProcesses */.wU)(host_privilege/* AS_THIS_USER */.CM, leftovers);
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
        const rootlesskit = await (0,host_privilege/* trustedCommand */.DZ)('rootlesskit');
        await (0,host_run/* runProgram */.mB)(rootlesskit, ['--net=host', 'rm', '-rf', '--', ...stubborn], { timeoutMs: 60_000 });
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
        await (0,rootless/* checkRootlessPreconditions */.fX)();
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
        throw new errors/* DockerTlsError */.iw(`${(0,options_names/* setting */.Pe)(options.names, 'outbound', 'false')} is not available with ${(0,options_names/* setting */.Pe)(options.names, 'rootless', 'true')}: a rootless daemon's containers reach other networks through the user-mode network driver (slirp4netns or pasta), which has no switch for that.`, `Leave ${(0,options_names/* setting */.Pe)(options.names, 'outbound', 'true')} with rootless, or run mode dockerd as root (${(0,options_names/* setting */.Pe)(options.names, 'rootless', 'false')}) to keep containers off other networks.`, { badInput: true });
    }
}
async function findTools() {
    const [rootlesskit, dockerd, network] = await Promise.all([
        (0,host_privilege/* trustedCommand */.DZ)('rootlesskit'),
        (0,binaries/* findDockerd */.cC)(),
        networkDriver(),
    ]);
    return { rootlesskit, dockerd, network };
}
/** slirp4netns (Docker's default for rootless), else pasta: the preconditions made sure of one. */
async function networkDriver() {
    const { driver } = await (0,rootless/* chooseNetworkDriver */.wZ)(rootless/* systemProbe */.gw);
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
function engineFor(kind) {
    return ENGINES[kind];
}


/***/ }),

/***/ 6838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ removeContextsMarked),
/* harmony export */   Xi: () => (/* binding */ cliMissing),
/* harmony export */   iA: () => (/* binding */ createDockerContext)
/* harmony export */ });
/* unused harmony exports instanceOfDescription, contextMetaFile, listContexts, removeDockerContext */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _core_naming_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2607);
/* harmony import */ var _core_options_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2377);
/* harmony import */ var _instance_presence_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5841);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3695);









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
    const id = match?.[1].slice((0,_core_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .contextMarker */ .Uo)('').length);
    return match && id && (0,_core_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .contextMarker */ .Uo)(id) === match[1] && (0,_core_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .isInstanceId */ .zo)(id) ? { id, dockerHost: match[2] } : undefined;
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
    if (age === undefined || age < _core_options_options_js__WEBPACK_IMPORTED_MODULE_6__/* .STARTUP_TIMEOUT_BOUNDS */ .Qs.maxMs)
        return undefined;
    return (await (options.instanceIsGone ?? _instance_presence_js__WEBPACK_IMPORTED_MODULE_7__/* .instanceIsGone */ .$1)(owner.id, owner.dockerHost)) ? owner.id : undefined;
}
/** Where the docker CLI keeps the context `name`'s metadata: $DOCKER_CONFIG/contexts/meta/<SHA-256 of the name>/. */
function contextMetaFile(name, env) {
    const config = env.DOCKER_CONFIG || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(config, 'contexts', 'meta', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex'), 'meta.json');
}
/**
 * How long ago the context `name` was made: the age of its metadata file. Undefined when it is not
 * there (another store layout): the context is then never taken for a leftover.
 */
async function contextAgeMs(name, env) {
    const stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(contextMetaFile(name, env)).catch(() => undefined);
    return stat && Date.now() - stat.mtimeMs;
}
async function docker(args, options) {
    try {
        const env = (options.env ?? process.env);
        const { stdout } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_8__/* .runProgram */ .mB)(options.docker ?? 'docker', args, { env, timeoutMs: 30_000 });
        return stdout;
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DockerTlsError */ .iw('The docker CLI is not installed, so no docker context can be made.', 'Install the docker CLI, or set the context input to "none".', { cause: error });
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DockerTlsError */ .iw(`docker ${args.slice(0, 2).join(' ')} failed: ${(error instanceof _run_js__WEBPACK_IMPORTED_MODULE_8__/* .CommandError */ .Qd ? error.stderr : error.message).trim()}`, undefined, {
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
function candidates(base) {
    return [base, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, index) => `${base}-${index + 2}`)];
}
/**
 * Creates the context under `base`, or `base-2`, `-3`, … when that name is taken by a context that
 * is not this instance's. One of this instance's own (a re-run), or a leftover of an instance that
 * is gone, is replaced.
 */
async function createDockerContext(base, instanceId, endpoint, options = {}) {
    const marker = (0,_core_naming_js__WEBPACK_IMPORTED_MODULE_5__/* .contextMarker */ .Uo)(instanceId);
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
    for (const name of candidates(base)) {
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
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DockerTlsError */ .iw(`Every context name from ${base} to ${base}-${MAX_SUFFIX} is taken.`, 'Remove unused contexts (docker context ls, docker context rm NAME) or choose another name with the context input.');
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
const cliMissing = (error) => error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DockerTlsError */ .iw && error.cause?.code === 'ENOENT';
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


/***/ }),

/***/ 5841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ instanceIsGone),
/* harmony export */   YO: () => (/* binding */ nothingNames)
/* harmony export */ });
/* unused harmony export loopbackRefuses */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_naming_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2607);
/* harmony import */ var _core_san_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2213);
/* harmony import */ var _network_bridge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5050);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(327);





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
    const cmdlines = async () => (await (0,_processes_js__WEBPACK_IMPORTED_MODULE_4__/* .listProcesses */ .O3)()).map((info) => info.cmdline);
    return nothingNames(id, new Set(await (0,_network_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .instancesWithBridges */ .XK)()), cmdlines);
}
/**
 * No bridge of the instance's name (`bridges`: the ids of those there are) and no process whose
 * command line names it. The processes are asked for only when there is no such bridge.
 */
async function nothingNames(id, bridges, cmdlines) {
    const marker = (0,_core_naming_js__WEBPACK_IMPORTED_MODULE_1__/* .markerOf */ .we)(id);
    return !bridges.has(id) && !(await cmdlines()).some((cmdline) => cmdline.includes(marker));
}
/** True only when `tcp://HOST:PORT` names a loopback address and the connection is refused. */
async function loopbackRefuses(dockerHost) {
    const match = /^tcp:\/\/(?:\[([^\]]+)\]|([^:/]+)):(\d+)$/.exec(dockerHost);
    if (!match)
        return false;
    const host = match[1] ?? match[2];
    if ((0,_core_san_js__WEBPACK_IMPORTED_MODULE_2__/* .parseIpAddress */ .D_)(host)?.range() !== 'loopback')
        return false;
    return new Promise((resolve) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port: Number(match[3]) });
        const settle = (refused) => {
            socket.destroy();
            resolve(refused);
        };
        socket.setTimeout(CONNECT_TIMEOUT_MS, () => settle(false));
        socket.once('connect', () => settle(false));
        socket.once('error', (error) => settle(error.code === 'ECONNREFUSED'));
    });
}


/***/ }),

/***/ 5050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OO: () => (/* binding */ createBridge),
/* harmony export */   Pu: () => (/* binding */ deleteBridge),
/* harmony export */   XK: () => (/* binding */ instancesWithBridges),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   sK: () => (/* binding */ claimBridge)
/* harmony export */ });
/* unused harmony exports formatOwnerLabel, parseOwnerLabel, bridgeExists */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _privilege_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5889);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(327);
/* harmony import */ var _core_naming_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2607);
/* harmony import */ var _ipv4_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8056);





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
        start: (await (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .startTimeOf */ .P2)(process.pid)) ?? '',
        pidNamespace: await (0,_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .pidNamespace */ .fP)(),
    });
}
/** The owner a bridge's alias names, if it carries our label. */
async function ownerOf(bridge) {
    return parseOwnerLabel(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(`/sys/class/net/${bridge}/ifalias`, 'utf8').catch(() => ''));
}
/** Marks the bridge as this process's: a sweep elsewhere then leaves it alone while we work on it. */
async function claimBridge(privilege, name) {
    await (0,_privilege_js__WEBPACK_IMPORTED_MODULE_1__/* .runAsRoot */ .yf)(privilege, 'ip', ['link', 'set', 'dev', name, 'alias', await ownerLabel()]);
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
        ..._ipv4_js__WEBPACK_IMPORTED_MODULE_4__/* .HOST_NETWORK_QUERIES */ .LN,
    ];
    const { stdout } = await (0,_privilege_js__WEBPACK_IMPORTED_MODULE_1__/* .runAsRoot */ .yf)(privilege, 'ip', ['-4', '-o', '-batch', '-'], 30_000, commands.join('\n') + '\n');
    return (0,_ipv4_js__WEBPACK_IMPORTED_MODULE_4__/* .parseHostNetworks */ .Zw)(stdout);
}
/** The ids of the instances whose bridges exist on this machine. */
async function instancesWithBridges() {
    const links = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir('/sys/class/net').catch(() => []);
    return links.map(_core_naming_js__WEBPACK_IMPORTED_MODULE_3__/* .idOfMarker */ .b8).filter((id) => id !== undefined);
}
async function bridgeExists(privilege, name) {
    try {
        await (0,_privilege_js__WEBPACK_IMPORTED_MODULE_1__/* .runAsRoot */ .yf)(privilege, 'ip', ['link', 'show', 'dev', name]);
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
    await (0,_privilege_js__WEBPACK_IMPORTED_MODULE_1__/* .runAsRoot */ .yf)(privilege, 'ip', ['link', 'delete', 'dev', name]);
    return true;
}


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   GN: () => (/* binding */ parseCidr),
/* harmony export */   LN: () => (/* binding */ HOST_NETWORK_QUERIES),
/* harmony export */   M0: () => (/* binding */ formatAddress),
/* harmony export */   QN: () => (/* binding */ readHostNetworks),
/* harmony export */   Xb: () => (/* binding */ subnetAt),
/* harmony export */   Zw: () => (/* binding */ parseHostNetworks),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   mG: () => (/* binding */ formatCidr)
/* harmony export */ });
/* unused harmony export parseAddress */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _privilege_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5889);


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
    return new (ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4)([24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff));
}
function formatAddress(value) {
    return toIpaddr(value).toString();
}
/** `a.b.c.d/n` (or a bare address, read as /32), normalised to its network address. */
function parseCidr(cidr) {
    const withPrefix = cidr.includes('/') ? cidr : `${cidr}/32`;
    // ipaddr.js reads the prefix with parseInt, so `/08` would pass as 8: the same address has one spelling.
    if (!/\/(0|[1-9]\d?)$/.test(withPrefix) || !ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidCIDRFourPartDecimal(withPrefix))
        return undefined;
    const bits = ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.parseCIDR(withPrefix)[1];
    return { base: toNumber(ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.networkAddressFromCIDR(withPrefix)), bits };
}
function formatCidr(net) {
    return `${formatAddress(net.base)}/${net.bits}`;
}
/** Two networks overlap exactly when one contains the other. */
function overlaps(a, b) {
    return toIpaddr(a.base).match(toIpaddr(b.base), Math.min(a.bits, b.bits));
}
function contains(outer, inner) {
    return outer.bits <= inner.bits && overlaps(outer, inner);
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
            const net = inet >= 0 ? parseCidr(words[inet + 1] ?? '') : undefined;
            // "93: dtls-1234abcd    inet ...": the device follows the index; a VLAN shows as "eth0.5@eth0".
            if (net)
                nets.push({ net, device: words[1].split('@')[0] });
            continue;
        }
        const destination = ROUTE_TYPES.has(words[0]) ? words[1] : words[0];
        const net = destination && destination !== 'default' ? parseCidr(destination) : undefined;
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
    const { stdout } = await (0,_privilege_js__WEBPACK_IMPORTED_MODULE_1__/* .runAsRoot */ .yf)(privilege, 'ip', ['-4', '-o', '-batch', '-'], 30_000, queries);
    return parseHostNetworks(stdout);
}


/***/ }),

/***/ 327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ signalProcesses),
/* harmony export */   O3: () => (/* binding */ listProcesses),
/* harmony export */   P2: () => (/* binding */ startTimeOf),
/* harmony export */   Qs: () => (/* binding */ readPid),
/* harmony export */   W3: () => (/* binding */ spawnDetached),
/* harmony export */   _n: () => (/* binding */ isAlive),
/* harmony export */   aX: () => (/* binding */ argumentsOf),
/* harmony export */   dz: () => (/* binding */ withDescendants),
/* harmony export */   fP: () => (/* binding */ pidNamespace),
/* harmony export */   wU: () => (/* binding */ killProcesses),
/* harmony export */   zE: () => (/* binding */ waitForExit)
/* harmony export */ });
/* unused harmony exports statFields, parseProcess, processesOf, detachedCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3210);
/* harmony import */ var _privilege_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5889);





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
    const entries = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
    const found = await Promise.all(entries.map(async (entry) => {
        try {
            const [stat, cmdline] = await Promise.all([
                node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(`/proc/${entry}/stat`, 'utf8'),
                node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(`/proc/${entry}/cmdline`, 'utf8'),
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
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(`/proc/${pid}/stat`, 'utf8');
        return statFields(stat)[0] !== 'Z';
    }
    catch {
        return false;
    }
}
/** Start time of a process in clock ticks since boot: with the pid, it names one process for good. */
async function startTimeOf(pid) {
    const stat = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    return stat === undefined ? undefined : statFields(stat)[19];
}
async function pidNamespace() {
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink('/proc/self/ns/pid').catch(() => 'unknown');
}
/** The arguments of a live process; undefined when it is gone. */
async function argumentsOf(pid) {
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises
        .readFile(`/proc/${pid}/cmdline`, 'utf8')
        .then((text) => text.split('\0').filter((arg, index, all) => index < all.length - 1 || arg !== ''))
        .catch(() => undefined);
}
/** The pid in a pidfile; undefined when there is none or it holds no pid. */
async function readPid(pidFile) {
    const text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(pidFile, 'utf8').catch(() => '');
    const pid = Number.parseInt(text.trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
/** Polls until `pid` is gone; true if it went within the deadline. */
async function waitForExit(pid, timeoutMs) {
    const gone = await (0,_core_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitUntil */ .a)(async () => ((await isAlive(pid)) ? undefined : true), {
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
    await (0,_privilege_js__WEBPACK_IMPORTED_MODULE_4__/* .runAsRoot */ .yf)(privilege, 'kill', [`-${name}`, ...refused.map(String)]).catch(() => undefined);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw('env was not found in a directory only root can write.');
    const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    return [...privilege.prefix, privilege.env, '-i', ...pairs, ...command];
}
/**
 * Detached with its own process group, output to the log: it outlives this step's process. It gets
 * `env` and nothing else.
 */
function spawnDetached(privilege, command, logFile, env) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(logFile, 'a', 0o600);
    let child;
    try {
        const [file, ...args] = detachedCommand(privilege, command, env);
        child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { detached: true, stdio: ['ignore', fd, fd], env });
        if (child.pid === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`Could not start ${file}.`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    let exitReason;
    child.once('exit', (code, signal) => {
        exitReason = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    });
    return { child, exitReason: () => exitReason };
}


/***/ }),

/***/ 5689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h3: () => (/* binding */ existingFileStore),
  oX: () => (/* binding */ fileStore),
  qy: () => (/* binding */ readStateFile)
});

// UNUSED EXPORTS: callbackStore, stateFileFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/naming.ts
var naming = __webpack_require__(2607);
// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(3285);
// EXTERNAL MODULE: ./src/core/client-environment.ts
var client_environment = __webpack_require__(1912);
// EXTERNAL MODULE: ./src/core/options/options.ts + 2 modules
var options = __webpack_require__(2377);
// EXTERNAL MODULE: ./src/core/state.ts
var core_state = __webpack_require__(7066);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/engines/index.ts + 42 modules
var engines = __webpack_require__(9274);
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
    return isCleanAbsolute(workDir) && (0,external_node_path_.dirname)(workDir) === (0,external_node_path_.resolve)(tempDir) && (0,external_node_path_.basename)(workDir) === (0,naming/* markerOf */.we)(id);
}
/** Absolute, normalised (no `..`, no `//`), without control characters. */
function isCleanAbsolute(path) {
    return (typeof path === 'string' &&
        (0,external_node_path_.isAbsolute)(path) &&
        (0,external_node_path_.normalize)(path) === path &&
        path !== '/' &&
        !(0,core_text/* hasControlCharacter */.Fd)(path));
}
const isText = (value) => typeof value === 'string' && !(0,core_text/* hasControlCharacter */.Fd)(value);
const DOCKER_HOST = /^tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
const CONTEXT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;
/** A given cert-dir is absolute; our own is `<work dir>/certs`. */
const certDirCheck = (value, state) => {
    if (!isCleanAbsolute(value))
        return 'is not an absolute path';
    return state.certDirWasGiven || value === (0,external_node_path_.join)(state.workDir, 'certs') ? undefined : 'is not in the work directory';
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
    const allowed = new Set([certDir, ...(state.certDirCreated ?? []), (0,external_node_path_.join)(certDir, 'server'), (0,external_node_path_.join)(certDir, 'client')]);
    const entries = typeof value === 'object' && value !== null ? Object.entries(value) : undefined;
    const fine = entries?.every(([path, identity]) => allowed.has(path) && (0,core_state/* isFileIdentity */.zT)(identity, state) === undefined);
    return fine ? undefined : 'names other paths than what was made in cert-dir';
};
/** What clients were told: the variables we set, with values on one line; TLS verification on. */
const environmentCheck = (value) => {
    const entries = typeof value === 'object' && value !== null ? Object.entries(value) : [];
    const fine = entries.length > 0 &&
        entries.every(([name, text]) => client_environment/* CLIENT_VARIABLES */.mi.includes(name) && isText(text)) &&
        value.DOCKER_TLS_VERIFY === '1';
    return fine ? undefined : `is not the variables ${client_environment/* CLIENT_VARIABLES */.mi.join(', ')}`;
};
/** The fields every mode writes (core/state.ts), each with the check of what main puts there. */
function sharedFields(tempDir) {
    return {
        version: (0,core_state/* equalTo */.iz)(() => 1),
        mode: (value) => (options/* ENGINE_KINDS */.Fr.includes(value) ? undefined : 'is not a mode'),
        id: (value) => ((0,naming/* isInstanceId */.zo)(String(value)) ? undefined : 'is not 8 hexadecimal digits'),
        workDir: (value, state) => isWorkDirOf(String(value), state.id, tempDir)
            ? undefined
            : `is not ${(0,external_node_path_.join)((0,external_node_path_.resolve)(tempDir), (0,naming/* markerOf */.we)(state.id))}`,
        certDir: certDirCheck,
        certDirWasGiven: core_state/* isBoolean */.Lm,
        certDirExisted: core_state/* isBoolean */.Lm,
        certDirCreated: createdCheck,
        certDirIdentities: identitiesCheck,
        certDirMode: (value) => Number.isInteger(value) && value >= 0 && value <= 0o7777 ? undefined : 'is not a mode',
        dockerHost: (value) => (isText(value) && DOCKER_HOST.test(value) ? undefined : 'is not tcp://host:port'),
        expiresAt: (value) => isText(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value
            ? undefined
            : 'is not a time (ISO 8601)',
        context: (value, state) => {
            const { marker, name, ...rest } = (value ?? {});
            const fine = marker === (0,naming/* contextMarker */.Uo)(state.id) && (name === undefined || (isText(name) && CONTEXT_NAME.test(name)));
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
    if (!(0,naming/* isInstanceId */.zo)(String(state.id)))
        return [`its id ${JSON.stringify(state.id)} is not 8 hexadecimal digits`];
    const fields = { ...sharedFields(tempDir), ...(engine ?? (0,engines/* engineFor */.E)(state.mode)).stateFields };
    return (0,core_state/* problemsOfFields */.TV)(state, fields);
}
/**
 * A state file must be a regular file of this user (or root), that no other user may write, in a
 * directory no other user can change: who can write it chooses what `down` kills and removes as
 * root, and what `env` prints for a shell to eval.
 */
async function problemsOfStateFile(file) {
    const uid = process.getuid?.() ?? 0;
    const stat = await external_node_fs_.promises.lstat(file);
    if (!stat.isFile())
        return [`${file} is not a regular file (a symlink or something else)`];
    const problems = [];
    if (stat.uid !== uid && stat.uid !== 0)
        problems.push(`it is owned by another user (uid ${stat.uid})`);
    if (stat.mode & 0o022)
        problems.push('other users may write it');
    const untrusted = await (0,files/* untrustedComponentOf */.F4)((0,external_node_path_.dirname)(file), uid);
    if (untrusted)
        problems.push(`${untrusted.path} is not safe from other users (${untrusted.reason})`);
    return problems;
}
/**
 * The one check every reader of a saved state makes (post, `down`, `env`, stopDaemon): the file,
 * then every field. Undefined for a record that names nothing to remove; a StateError naming every
 * problem, with nothing touched, for one that is not what main wrote.
 */
async function checkSavedState(source) {
    const refuse = (problems) => new core_state/* StateError */.qq(`${source.refusal} (${problems.join('; ')}): nothing was stopped, removed or printed.`);
    const fileProblems = source.file ? await problemsOfStateFile(source.file) : [];
    if (fileProblems.length > 0)
        throw refuse(fileProblems);
    let state;
    try {
        state = (0,core_state/* parseState */.Bu)(typeof source.record === 'string' ? source.record : JSON.stringify(source.record));
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
    return (0,external_node_path_.join)(stateDir, `${(0,naming/* markerOf */.we)(id)}.state.json`);
}
/** Each state written to its file in order (0600, never through a symlink); `written` waits for the last. */
function fileStore(stateDir) {
    let file;
    let pending = Promise.resolve();
    return {
        save: (state) => {
            const path = (file = stateFileFor(stateDir, state.id));
            pending = pending.then(() => (0,files/* writeFileAtomic */.Zf)(path, JSON.stringify(state, null, 2) + '\n', 0o600).then(() => undefined));
        },
        written: async () => {
            await pending;
            return file;
        },
        remove: async () => {
            await pending.catch(() => undefined);
            if (file)
                await external_node_fs_.promises.rm(file, { force: true });
        },
    };
}
/** The store of a state read back from `file` (`docker-tls down`, the library's stopDaemon). */
function existingFileStore(file) {
    return { save: () => undefined, remove: () => external_node_fs_.promises.rm(file, { force: true }) };
}
/** The state in a file that `fileStore` wrote, checked (checkSavedState); undefined when there is no file. */
async function readStateFile(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    // up keeps the state file next to the work directory it made, in --state-dir.
    const refusal = `${file} is not a state file that docker-tls up writes`;
    const state = await checkSavedState({ record: text, tempDir: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file)), file, refusal });
    if (!state)
        throw new errors/* DockerTlsError */.iw(`${file} is not a state file of docker-tls up (no id or work directory).`);
    return state;
}


/***/ })

};
