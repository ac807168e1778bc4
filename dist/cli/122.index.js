export const id = 122;
export const ids = [122];
export const modules = {

/***/ 6393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ formatEnvironment),
/* harmony export */   Y3: () => (/* binding */ parseEnvFormat)
/* harmony export */ });
/* unused harmony export ENV_FORMATS */
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7485);

const ENV_FORMATS = ['shell', 'dotenv', 'json', 'github'];
function parseEnvFormat(raw, usage) {
    const value = raw ?? 'shell';
    if (ENV_FORMATS.includes(value))
        return value;
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`--format ${JSON.stringify(value)} is not one of ${ENV_FORMATS.join(', ')}.`, usage);
}
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * The environment as lines in one format: `shell` for eval, `dotenv` for --env-file and .env
 * readers, `github` to append to $GITHUB_ENV, `json` with `details` beside the variables.
 */
function formatEnvironment(env, format, details = {}) {
    if (format === 'json')
        return [JSON.stringify({ ...env, ...details }, null, 2)];
    return Object.entries(env).map(([name, value]) => {
        if (format === 'shell')
            return `export ${name}=${shellQuote(value)}`;
        // NAME=value lines carry no quoting: a value with a line break would end the line early.
        if (/[\r\n]/.test(value))
            throw new Error(`${name} holds a line break; use --format shell or json`);
        return `${name}=${value}`;
    });
}


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger)
/* harmony export */ });
/**
 * The CLI keeps stdout for what a script reads (exports, JSON) and logs to stderr: progress only
 * when stderr is a terminal (or with --verbose), so that a CI log shows warnings and errors alone.
 */
function stderrLogger(verbose, terminal = process.stderr.isTTY === true) {
    return {
        info: (message) => {
            if (verbose || terminal)
                console.error(message);
        },
        debug: (message) => {
            if (verbose)
                console.error(message);
        },
        warning: (message) => console.error(`warning: ${message}`),
        group: async (title, body) => {
            console.error(`--- ${title}`);
            try {
                return await body();
            }
            finally {
                console.error(`--- end of ${title}`);
            }
        },
    };
}


/***/ }),

/***/ 244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ UP_OPTION_NAMES)
/* harmony export */ });
/* harmony import */ var _option_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1635);

/** `up`'s flags are the action's inputs with two dashes: messages name them so. */
const UP_OPTION_NAMES = { ..._option_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_NAMES */ .TM, style: 'flag' };


/***/ }),

/***/ 7122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  stateFileFor: () => (/* binding */ stateFileFor),
  upCommand: () => (/* binding */ upCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config.ts + 2 modules
var config = __webpack_require__(9965);
// EXTERNAL MODULE: ./src/context.ts
var context = __webpack_require__(788);
// EXTERNAL MODULE: ./src/dind/options.ts + 1 modules
var dind_options = __webpack_require__(3047);
// EXTERNAL MODULE: ./src/environment.ts
var environment = __webpack_require__(2678);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/instance-name.ts
var instance_name = __webpack_require__(6778);
// EXTERNAL MODULE: ./src/lifecycle/engines.ts + 42 modules
var engines = __webpack_require__(7031);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/signals.ts

/**
 * If a start is cancelled (the runner sends SIGINT, then SIGTERM 7.5 s later; a user presses
 * Ctrl-C), nothing may stay running. The handler only aborts the start: startDaemon stops at its
 * next step, and the caller's failure path tears down everything recorded by then, including what
 * was made after the signal. The handlers stay until `stop`, so a second signal cannot cut that
 * teardown short.
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

;// CONCATENATED MODULE: ./src/lifecycle/client-environment.ts
/**
 * What a client needs to reach the instance, as environment variables: the three the docker CLI,
 * docker-py, dockerode and testcontainers read, and TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, the
 * daemon's own unix socket on this machine. testcontainers bind-mounts that path into its Ryuk
 * container (default /var/run/docker.sock: the runner's daemon, not ours), and Ryuk then reaps in
 * our daemon. The daemon resolves the path on this machine, so the daemon's own socket is right.
 */
function clientEnvironment(started) {
    return {
        DOCKER_HOST: started.dockerHost,
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: started.certs.clientDir,
        ...(started.socket ? { TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE: started.socket } : {}),
    };
}

// EXTERNAL MODULE: ./src/lifecycle/docker-context-step.ts
var docker_context_step = __webpack_require__(283);
// EXTERNAL MODULE: ./src/option-names.ts
var option_names = __webpack_require__(1635);
// EXTERNAL MODULE: ./src/cert-dir.ts
var cert_dir = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/network/ports.ts
var ports = __webpack_require__(4398);
// EXTERNAL MODULE: ./src/pki/index.ts + 6 modules
var pki = __webpack_require__(3953);
;// CONCATENATED MODULE: ./src/lifecycle/bind-names.ts

/** The wildcard addresses: bound to one of them, the daemon listens on every interface. */
function isWildcard(host) {
    return host === '0.0.0.0' || host === '::';
}
/**
 * The names the server certificate needs for the bind address: the address itself when it is a
 * concrete one; for 0.0.0.0 or ::, every address of the machine's interfaces (as docker:dind does),
 * since a client may come by any of them. IPv6 link-local addresses are left out: they need a zone
 * (fe80::1%eth0) that a certificate cannot name.
 */
function bindAddressSans(host, interfaces = (0,external_node_os_.networkInterfaces)()) {
    if (!isWildcard(host))
        return [{ type: 'ip', value: host }];
    return Object.values(interfaces)
        .flatMap((addresses) => addresses ?? [])
        .filter((address) => !(address.family === 'IPv6' && /^fe[89ab]/i.test(address.address)))
        .map((address) => ({ type: 'ip', value: address.address }));
}

;// CONCATENATED MODULE: ./src/lifecycle/work-dir.ts




/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
async function makeWorkDir(tempDir, newId = instance_name/* newInstanceId */.TY) {
    await external_node_fs_.promises.mkdir(tempDir, { recursive: true, mode: files/* PRIVATE_DIR_MODE */.qH });
    for (let attempt = 1;; attempt += 1) {
        const id = newId();
        const workDir = (0,external_node_path_.join)(tempDir, (0,instance_name/* markerOf */.we)(id));
        try {
            await external_node_fs_.promises.mkdir(workDir, { mode: files/* PRIVATE_DIR_MODE */.qH });
        }
        catch (error) {
            if (error.code === 'EEXIST' && attempt < 10)
                continue;
            throw error;
        }
        await external_node_fs_.promises.chmod(workDir, files/* PRIVATE_DIR_MODE */.qH);
        return { id, workDir };
    }
}

;// CONCATENATED MODULE: ./src/lifecycle/certificates.ts

/**
 * Finishes the prepared set (the server certificate, naming `extraSans` too) and writes it to the
 * given cert-dir (checked before anything was made) or our own, and the daemon's copy of the
 * server's files into the private work directory. What it made in a given cert-dir is recorded by
 * device and inode, so that teardown removes only that.
 */
async function makeCertificates(options, prepared, where, extraSans, saveProgress, logger) {
    const { dir, workDir } = where;
    const given = typeof dir === 'string' ? undefined : dir;
    const certDir = given?.paths.dir ?? dir;
    saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
    const certificateSet = await (await prepared).finish(extraSans);
    const { paths: certs, made } = await (0,files/* writeCertificateSetRecorded */.VE)(dir, certificateSet, {
        input: options.names.certDir,
    });
    if (given) {
        saveProgress({
            certDirCreated: made.createdDirs,
            certDirIdentities: made.identities,
            certDirMode: made.originalMode,
        });
    }
    const daemonTls = await (0,files/* writeDaemonTlsFiles */.wH)(workDir, certificateSet);
    saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
    logger.info(`Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certDir}`);
    return { certificateSet, certs, daemonTls };
}

// EXTERNAL MODULE: ./src/network/endpoint.ts
var endpoint = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/lifecycle/readiness.ts
var readiness = __webpack_require__(4224);
// EXTERNAL MODULE: ./src/lifecycle/refusal.ts
var refusal = __webpack_require__(2756);
;// CONCATENATED MODULE: ./src/lifecycle/start.ts












/**
 * Certificates, then the engine's daemon on them, ready over mTLS and proven to refuse clients
 * without a certificate. On failure it throws; what it made is in the last saved state.
 */
async function startInstance(options, engine, context) {
    const logPhase = (what) => context.logger.debug(`[${Math.round(performance.now())} ms] ${what}`);
    logPhase('starting');
    const launcher = await engine.check(options);
    const givenCertDir = options.certDir
        ? await (0,cert_dir/* checkUsableCertificateDir */.xY)(options.certDir, options.names.certDir)
        : undefined;
    const port = await (0,ports/* reservePort */.a)(options.host, options.port, options.names);
    logPhase('checks done');
    const run = await beginInstance(engine, options, context, { host: options.host, port, givenCertDir }, logPhase);
    const daemon = await launcher.launch(run);
    try {
        return await answerAndProve(daemon, run, options, context, port, logPhase);
    }
    catch (error) {
        await daemon.settled?.();
        throw error;
    }
}
/** Waits for the launched daemon's mTLS answer, proves it refuses strangers, and builds the result. */
async function answerAndProve(daemon, run, options, context, port, logPhase) {
    const certificates = await run.certificates();
    const host = daemon.clientEndpoint?.host ?? (0,endpoint/* clientAddress */.c)(options.host);
    const clientPort = daemon.clientEndpoint?.port ?? port;
    const dockerHost = (0,endpoint/* tcpUrl */.P)(host, clientPort);
    const { certificateSet } = certificates;
    const alongside = beside(context.whileStarting?.({
        id: run.id,
        dockerHost,
        certs: certificates.certs,
        saveProgress: run.saveProgress,
        signal: context.signal,
    }));
    // The proof's foreign client certificate is made while the daemon comes up.
    const stranger = (0,refusal/* strangerCertificate */.e9)();
    stranger.catch(() => undefined);
    try {
        const readyAfterMs = await answer(daemon, options, context, { host, port: clientPort, certificateSet });
        const details = await daemon.ready();
        run.saveProgress({ dockerHost });
        await (0,refusal/* proveRefusals */.wn)(host, clientPort, certificateSet, context.logger, stranger);
        const more = await alongside.join();
        logPhase('refusals proven');
        return { state: run.state(), ...certificates, dockerHost, port: clientPort, readyAfterMs, ...details, ...more };
    }
    catch (error) {
        await alongside.join().catch(() => undefined);
        throw error;
    }
}
/** Waits for the daemon's first mTLS answer; the milliseconds from its launch. */
async function answer(daemon, options, context, client) {
    const { host, port, certificateSet } = client;
    await (0,readiness/* waitUntilReady */.bs)({
        daemon,
        host,
        port,
        tls: (0,readiness/* clientContext */.RO)({
            ca: certificateSet.caCertPem,
            cert: certificateSet.client.certPem,
            key: certificateSet.client.keyPem,
        }),
        timeoutMs: options.startupTimeoutMs,
        timeoutOption: (0,option_names/* spelled */.uQ)(options.names, 'startupTimeout'),
        sansOption: (0,option_names/* spelled */.uQ)(options.names, 'sans'),
        signal: context.signal,
    });
    const readyAfterMs = performance.now() - daemon.launchedAt;
    context.logger.info(`${daemon.name} answers mTLS /_ping on ${(0,endpoint/* tcpUrl */.P)(host, port)} after ${Math.round(readyAfterMs)} ms`);
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
/** The instance's id, its private work directory and its first saved state; the run an engine uses. */
async function beginInstance(engine, options, context, where, logPhase) {
    const { givenCertDir, ...listen } = where;
    const { id, workDir } = await makeWorkDir(context.tempDir);
    const marker = (0,instance_name/* markerOf */.we)(id);
    let state = { version: 1, engine: engine.kind, id, workDir };
    const saveProgress = (more) => {
        state = { ...state, ...more };
        context.saveState(state);
        context.signal?.throwIfAborted();
    };
    saveProgress({});
    // Begun now, while the engine works: only the server's signature waits for its names (dind's
    // addresses come with the container's start). Awaited by certificates(); a launch that fails
    // before it asks leaves no unhandled rejection.
    const prepared = (0,pki/* prepareCertificateSet */.Dz)(options);
    prepared.catch(() => undefined);
    let certificates;
    return {
        id,
        marker,
        workDir,
        options,
        listen,
        logger: context.logger,
        signal: context.signal,
        saveProgress,
        logPhase,
        // Made once: the engine asks while it works, the lifecycle afterwards for the client's keys.
        certificates: (extraSans = []) => (certificates ??= makeCertificates(options, prepared, { dir: givenCertDir ?? (0,external_node_path_.join)(workDir, 'certs'), workDir }, 
        // Read when they are made: an engine's bridge made before then is among the interfaces.
        [...bindAddressSans(listen.host), ...extraSans], saveProgress, context.logger)),
        state: () => state,
    };
}

;// CONCATENATED MODULE: ./src/lifecycle/roll-back.ts





/**
 * The one start both adapters run: SIGINT and SIGTERM abort it; on any failure what was made so far
 * is torn down at once (a problem there is a warning), so that nothing half-made is left for post.
 * Never throws and never exits the process: the caller reports the outcome and its exit code.
 */
async function startOrRollBack(options, engine, context) {
    const abort = abortOnSignal(context.logger);
    let state;
    const saveState = (next) => {
        state = next;
        context.saveState(next);
    };
    try {
        const { dockerContext } = context;
        const started = await startInstance(options, engine, {
            ...context,
            saveState,
            signal: abort.signal,
            whileStarting: dockerContext && (0,docker_context_step/* dockerContextWhileStarting */.Z)(dockerContext, context.logger),
        });
        abort.signal.throwIfAborted();
        const environment = clientEnvironment(started);
        saveState({ ...started.state, environment });
        return { started: { ...started, state: { ...started.state, environment } }, exitCode: 0 };
    }
    catch (error) {
        context.onFailure?.(error);
        // Leave nothing half-made; post finds the same state and has nothing left to do.
        if (state) {
            for (const detail of await (0,docker_context_step/* removeDockerContextsOf */.W)(state, context.dockerContext?.options))
                context.logger.info(`Cleanup after the failure: ${detail}`);
            const report = await engine.teardown(state, context.logger, { stopTimeoutMs: 3000 });
            for (const warning of report.warnings)
                context.logger.warning(`Cleanup after the failure: ${warning}`);
        }
        const badInput = error instanceof errors/* DockerTlsError */.iw && error.badInput;
        return { error, exitCode: abort.exitCode() ?? (badInput ? 2 : 1), signal: abort.received() };
    }
    finally {
        abort.stop();
    }
}

// EXTERNAL MODULE: ./src/cli/env-format.ts
var env_format = __webpack_require__(6393);
// EXTERNAL MODULE: ./src/cli/logger.ts
var cli_logger = __webpack_require__(2280);
// EXTERNAL MODULE: ./src/cli/option-names.ts
var cli_option_names = __webpack_require__(244);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/up.ts
















const FLAGS = {
    host: { type: 'string' },
    port: { type: 'string' },
    'tls-san': { type: 'string', multiple: true },
    'cert-validity': { type: 'string' },
    'key-algorithm': { type: 'string' },
    'cert-dir': { type: 'string' },
    'daemon-config': { type: 'string' },
    'startup-timeout': { type: 'string' },
    outbound: { type: 'string' },
    'state-dir': { type: 'string' },
    context: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    dind: { type: 'boolean' },
    'dind-engine': { type: 'string' },
    'dind-image': { type: 'string' },
    'dind-privileged': { type: 'string' },
    'dind-network': { type: 'string' },
    'dind-alias': { type: 'string' },
    'dind-volume': { type: 'string' },
    'dind-args': { type: 'string' },
};
/** Where `up` records what it made, outside the work directory that `down` removes. */
function stateFileFor(stateDir, id) {
    return (0,external_node_path_.join)(stateDir, `${(0,instance_name/* markerOf */.we)(id)}.state.json`);
}
/** Saves each state to the state file, in order; `written` waits for the last write. */
function stateFileWriter(stateDir) {
    let file;
    let pending = Promise.resolve();
    return {
        save: (state) => {
            const path = (file = stateFileFor(stateDir, state.id));
            pending = pending.then(() => (0,files/* writeFileAtomic */.Zf)(path, JSON.stringify(state, null, 2) + '\n', 0o600));
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
async function upCommand(args, out) {
    const values = (0,usage/* parseFlags */.b)(args, FLAGS, help/* UP_USAGE */.uk);
    const format = values.json ? 'json' : (0,env_format/* parseEnvFormat */.Y3)(values.format, help/* UP_USAGE */.uk);
    // Checked before anything is made; the CLI makes a context only when asked (laptops keep theirs).
    const contextName = values.context === undefined ? undefined : (0,context/* parseContextName */.g1)(values.context, '--context');
    const options = (0,config/* parseDaemonOptions */.yR)({
        host: values.host,
        port: values.port,
        sans: values['tls-san'],
        validity: values['cert-validity'],
        keyAlgorithm: values['key-algorithm'],
        certDir: values['cert-dir'],
        daemonConfig: values['daemon-config'],
        startupTimeout: values['startup-timeout'],
        outbound: values.outbound,
    }, cli_option_names/* UP_OPTION_NAMES */.B);
    const dindFlags = Object.keys(values).filter((flag) => flag.startsWith('dind-'));
    if (!values.dind && dindFlags.length > 0) {
        throw new usage/* UsageError */.e(`--${dindFlags[0]} needs --dind.`, help/* UP_USAGE */.uk);
    }
    if (values.dind) {
        options.dind = (0,dind_options/* parseDindSettings */.wb)({
            engine: values['dind-engine'],
            image: values['dind-image'],
            privileged: values['dind-privileged'],
            network: values['dind-network'],
            alias: values['dind-alias'],
            volume: values['dind-volume'],
            args: values['dind-args'],
        });
    }
    const logger = (0,cli_logger/* stderrLogger */.D)(values.verbose ?? false);
    for (const warning of (0,environment/* caBundleWarnings */.a)(process.env))
        logger.warning(warning);
    const stateDir = values['state-dir'] === undefined ? (0,external_node_os_.tmpdir)() : (0,config/* parsePath */.Rr)(values['state-dir'], '--state-dir');
    const stateFile = stateFileWriter(stateDir);
    const outcome = await startOrRollBack(options, (0,engines/* engineFor */.Ec)(values.dind ? 'dind' : 'dockerd'), {
        tempDir: stateDir,
        logger,
        saveState: stateFile.save,
        dockerContext: contextName ? { name: contextName, required: true } : undefined,
    });
    if (!outcome.started) {
        await stateFile.remove();
        if (!outcome.signal)
            throw outcome.error;
        console.error(`docker-tls up: ${outcome.error.message} Nothing of it is left.`);
        return outcome.exitCode;
    }
    printExports(outcome.started, await stateFile.written(), format, out);
    return 0;
}
function printExports(started, stateFile, format, out) {
    const env = { ...(started.state.environment ?? {}), DOCKER_TLS_STATE: stateFile };
    const details = {
        context: started.dockerContext,
        expiresAt: started.certificateSet.notAfter.toISOString(),
        pid: started.pid,
        logFile: started.logFile,
        containerId: started.containerId,
        serverFingerprint: started.certificateSet.server.fingerprint,
    };
    for (const line of (0,env_format/* formatEnvironment */.$K)(env, format, details))
        out(line);
}


/***/ }),

/***/ 2678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ caBundleWarnings)
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


/***/ }),

/***/ 4224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ clientContext),
/* harmony export */   W7: () => (/* binding */ PROBE_TIMEOUT_MS),
/* harmony export */   bs: () => (/* binding */ waitUntilReady)
/* harmony export */ });
/* unused harmony exports pingOnce, nameMismatchOf, nameMissingError */
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(910);




/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
function clientContext(tls) {
    return (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext)({ ca: tls.ca, cert: tls.cert, key: tls.key });
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
        const req = (0,node_https__WEBPACK_IMPORTED_MODULE_0__.request)(options, (res) => {
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
/**
 * Polls mTLS `/_ping` until the daemon answers 200. Fails at once when the daemon stops, at the
 * deadline otherwise, with what its log says.
 */
async function waitUntilReady(readiness) {
    const { daemon, host, port, tls, timeoutMs } = readiness;
    let lastError = '';
    let nameMissing;
    const outcome = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitUntil */ .a)(async (remainingMs) => {
        if (daemon.exitReason())
            return 'stopped';
        try {
            const { status, body } = await pingOnce(host, port, tls, Math.max(1, Math.min(PROBE_TIMEOUT_MS, remainingMs)));
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${what}.${await daemon.explainFailure()}`, exited
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${daemonName} answers, but its server certificate does not name ${mismatch.name}, the address clients use; ` +
        `the certificate names ${names}.`, `Add ${mismatch.name} to ${sansOption}.`);
}


/***/ }),

/***/ 2756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ probePlainHttp),
/* harmony export */   e9: () => (/* binding */ strangerCertificate),
/* harmony export */   o9: () => (/* binding */ tlsErrorSummary),
/* harmony export */   wn: () => (/* binding */ proveRefusals)
/* harmony export */ });
/* unused harmony exports judgeTlsRefusal, judgePlainRefusal, probeWithoutClientCert, probeWithForeignClientCert, problemWithOurClient */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _pki_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3953);
/* harmony import */ var _readiness_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4224);





const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';
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
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ host, port, servername: isNameForSni(host) ? host : undefined, ...options }, () => socket.write(PING_REQUEST));
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
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port }, () => {
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
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ ...options, servername: isNameForSni(host) ? host : undefined, timeout: timeoutMs }, () => {
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
/** A probe's promise as [what it tried, what it saw]; a probe that fails outright proves nothing. */
async function named(what, probe) {
    return [what, await probe.catch((error) => ({ refused: false, detail: error.message }))];
}
/**
 * A client certificate of a throw-away CA of its own, for the probe that must be refused. Made
 * while the daemon comes up, it is not on the path to the answer.
 */
async function strangerCertificate() {
    return (await (0,_pki_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createCertificateSet */ .K_)({ validityMs: 10 * 60_000 })).client;
}
/**
 * The point of the exercise: the port must refuse anyone without a certificate from our CA. Each
 * probe must see the daemon refuse (an alert, a close after the handshake began, a 400 to plain
 * HTTP); anything else, a refused connection included, fails the start. A client certificate of a
 * throw-away foreign CA must be refused too, and the server must present the certificate we made:
 * the daemon trusts the CA in memory, not merely some CA.
 */
async function proveRefusals(host, port, set, logger, stranger = strangerCertificate()) {
    const timeout = _readiness_js__WEBPACK_IMPORTED_MODULE_4__/* .PROBE_TIMEOUT_MS */ .W7 * 2;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`Could not prove that the daemon on port ${port} refuses clients it must refuse: ${unproven.map(([what, result]) => `${what}: ${result.detail}`).join('; ')}.`, 'Something else may be listening on this port, or the daemon configuration disables tlsverify. The job was stopped so nothing runs against an open Docker API.');
    }
    logger.info(`Refused as it must: ${probes.map(([what, result]) => `${what} (${result.detail})`).join('; ')}.`);
}


/***/ }),

/***/ 4398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ reservePort)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _option_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1635);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



function listenOnce(host, port) {
    return new Promise((resolve, reject) => {
        const server = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.createServer)();
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`Port ${port} on ${host} is already in use by another process.`, `Choose another port, or ${(0,_option_names_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'port', '0')} for a free one.`, { badInput: true });
        }
        if (code === 'EADDRNOTAVAIL') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${host} is not an address of this machine, so nothing can listen on it.`, `Use ${(0,_option_names_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'host', '127.0.0.1')} (the default), 0.0.0.0 for every interface, or an address that "ip addr" lists.`, { badInput: true });
        }
        throw error;
    }
}


/***/ })

};
