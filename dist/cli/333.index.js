export const id = 333;
export const ids = [333];
export const modules = {

/***/ 6965:
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

/***/ 2333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  upCommand: () => (/* binding */ upCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/client-environment.ts
var client_environment = __webpack_require__(1912);
// EXTERNAL MODULE: ./src/core/options/names.ts
var options_names = __webpack_require__(6926);
// EXTERNAL MODULE: ./src/core/options/options.ts + 2 modules
var options_options = __webpack_require__(2377);
// EXTERNAL MODULE: ./src/core/options/values.ts
var options_values = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/engines/index.ts + 42 modules
var engines = __webpack_require__(9274);
// EXTERNAL MODULE: ./src/lifecycle/docker-context-step.ts
var docker_context_step = __webpack_require__(283);
// EXTERNAL MODULE: ./src/core/endpoint.ts
var endpoint = __webpack_require__(6906);
// EXTERNAL MODULE: ./src/host/cert-dir.ts
var cert_dir = __webpack_require__(668);
// EXTERNAL MODULE: ./src/host/network/ports.ts
var ports = __webpack_require__(1219);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/naming.ts
var naming = __webpack_require__(2607);
// EXTERNAL MODULE: ./src/host/files.ts
var files = __webpack_require__(3285);
// EXTERNAL MODULE: ./src/lifecycle/certificates.ts
var lifecycle_certificates = __webpack_require__(6690);
;// CONCATENATED MODULE: ./src/lifecycle/begin.ts






/**
 * A new directory, private to us, named `dtls-<id>` after a fresh random id: created exclusively
 * (as mkdtemp does), so a directory or symlink that another user planted at that path is never
 * taken for ours; on a clash, another id. The name stays `dtls-<id>`, which every version's crash
 * sweep reads to tell a running instance from a dead one. The parent is created when missing
 * (a new --state-dir).
 */
async function makeWorkDir(tempDir, newId = naming/* newInstanceId */.TY) {
    await external_node_fs_.promises.mkdir(tempDir, { recursive: true, mode: files/* PRIVATE_DIR_MODE */.qH });
    for (let attempt = 1;; attempt += 1) {
        const id = newId();
        const workDir = (0,external_node_path_.join)(tempDir, (0,naming/* markerOf */.we)(id));
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
    const underWay = (extraSans) => (certificates ??= (0,lifecycle_certificates/* makeCertificates */.z)(options, prepared, { dir: givenCertDir ?? (0,external_node_path_.join)(workDir, 'certs'), workDir }, 
    // Read when they are made: an engine's bridge made before then is among the interfaces.
    [...(engine.listens ? (0,endpoint/* bindAddressSans */.hW)(listen.bindHost) : []), ...extraSans], saveProgress, context.logger));
    return {
        id,
        marker: (0,naming/* markerOf */.we)(id),
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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/core/pki/index.ts + 5 modules
var pki = __webpack_require__(2580);
;// CONCATENATED MODULE: ./src/lifecycle/certificate-thread.ts


/**
 * The worker's module: beside this one in the sources (run with tsx, whose loader the thread
 * inherits), `dist/worker/index.js` from a bundle (scripts/build.mjs). Spelled at run time, so that
 * the bundler does not take it for an asset of its own.
 */
function workerModule() {
    const here = import.meta.url;
    return here.endsWith('.ts')
        ? new URL('./certificate-worker.ts', here)
        : new URL(['..', 'worker', 'index.js'].join('/'), here);
}
/** The same work on this thread: where no worker can start. */
function inThisThread(options) {
    return {
        prepared: (0,pki/* prepareCertificateSet */.Dz)(options),
        stranger: (0,pki/* strangerClientCertificate */.N5)(),
        release: () => undefined,
    };
}
/**
 * Starts the certificate work on a thread of its own, so that loading the X.509 library and
 * signing take the other core while this one spawns the daemon (doing things at once). Where the
 * thread cannot start or load, the same work on this thread.
 */
function startCertificateWork(options) {
    let local;
    const here = () => (local ??= inThisThread(options));
    let thread;
    try {
        thread = onAThread(options);
    }
    catch {
        return here();
    }
    return {
        prepared: thread.prepared.catch(() => here().prepared),
        stranger: thread.stranger.catch(() => here().stranger),
        release: thread.release,
    };
}
/** A thread started before the start (warmUpCertificateThread), loading the library meanwhile. */
let warm;
function newThread() {
    const worker = new external_node_worker_threads_.Worker(workerModule());
    // Not what keeps a process alive while it waits to be told what to make (a warm thread no start
    // takes makes nothing, and ends with the process); once released, it is, to its end (release).
    worker.unref();
    const thread = { worker };
    // A warm thread may fail (its module cannot load) before any start listens: kept for the start,
    // which then works on its own thread instead of waiting for replies that will never come.
    worker.once('error', (error) => (thread.failed ??= error));
    return thread;
}
/**
 * Starts the certificate thread now, before the start knows what to make: it loads the X.509
 * library on another core while this one loads the rest of the program. The next start takes it.
 * Where no thread can start, the start makes its own (or works on this thread).
 */
function warmUpCertificateThread() {
    try {
        warm ??= newThread();
    }
    catch {
        // The start finds no warm thread and starts its own.
    }
}
/** The work on a worker thread: its replies as promises; `server` hands it the server's extra names. */
function onAThread(options) {
    const thread = warm ?? newThread();
    warm = undefined;
    if (thread.failed)
        throw thread.failed;
    const { worker } = thread;
    const tell = (request) => worker.postMessage(request);
    tell({ kind: 'options', options });
    const replies = awaitedReplies(worker);
    let asked = false;
    const server = (extraSans = []) => {
        if (asked)
            return Promise.reject(new Error(pki/* CA_KEY_GONE */.hG));
        asked = true;
        tell({ kind: 'finish', extraSans: [...extraSans] });
        return replies.server;
    };
    // The thread issues the client's right after the server's; asked for first, at once.
    let clientAsked = false;
    const client = () => {
        if (!asked && !clientAsked)
            tell({ kind: 'client' });
        clientAsked = true;
        return replies.client;
    };
    const release = () => {
        // Kept alive to its end: a process that exits first would terminate it mid-job after all.
        worker.ref();
        tell({ kind: 'release' });
    };
    const prepared = {
        server,
        client,
        finish: (extraSans) => (0,pki/* bothLeaves */.GV)({ server, client }, extraSans),
    };
    return { prepared: replies.prepared.then(() => prepared), stranger: replies.stranger, release };
}
/** A promise for each of the thread's replies: fulfilled by the reply, rejected by its error or the thread's. */
function awaitedReplies(worker) {
    const waiting = new Map();
    const wait = (kind) => {
        const promise = new Promise((resolve, reject) => waiting.set(kind, { resolve, reject }));
        promise.catch(() => undefined);
        return promise;
    };
    const replies = {
        prepared: wait('prepared'),
        server: wait('server'),
        client: wait('client'),
        stranger: wait('stranger'),
    };
    worker.on('message', (reply) => {
        if (reply.kind === 'error')
            waiting.get(reply.about)?.reject(new Error(reply.message));
        else
            waiting.get(reply.kind)?.resolve(certificate_thread_valueOf(reply));
    });
    worker.on('error', (error) => {
        for (const each of waiting.values())
            each.reject(error);
    });
    return replies;
}
function certificate_thread_valueOf(reply) {
    if (reply.kind === 'server')
        return reply.server;
    return reply.kind === 'prepared' ? undefined : reply.leaf;
}

// EXTERNAL MODULE: ./src/core/probes.ts
var core_probes = __webpack_require__(8784);
// EXTERNAL MODULE: ./src/core/wait.ts
var wait = __webpack_require__(3210);
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
    const outcome = await (0,wait/* waitUntil */.a)(async (remainingMs) => {
        if (daemon.exitReason())
            return 'stopped';
        try {
            const { status, body } = await (0,core_probes/* pingOnce */.KA)(clientHost, clientPort, tls, Math.max(1, Math.min(core_probes/* PROBE_TIMEOUT_MS */.W7, remainingMs)));
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
    const timeout = core_probes/* PROBE_TIMEOUT_MS */.W7 * 2;
    const foreign = stranger.then((leaf) => ({ cert: leaf.certPem, key: leaf.keyPem }));
    // All at once: each is a connection of its own, and the start waits for the last.
    const [probes, ourClient] = await Promise.all([
        Promise.all([
            named('TLS without a client certificate', (0,core_probes/* probeWithoutClientCert */.uJ)(host, port, set.caCertPem, timeout)),
            named('TLS with a client certificate of another CA', foreign.then((material) => (0,core_probes/* probeWithForeignClientCert */.wI)(host, port, set.caCertPem, material, timeout))),
            named('plain HTTP', (0,core_probes/* probePlainHttp */.$Q)(host, port, timeout)),
        ]),
        (0,core_probes/* problemWithOurClient */.Tv)(host, port, set, timeout),
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
    const work = startCertificateWork(options);
    // A start that fails before it asks for them leaves no unhandled rejection.
    work.prepared.catch(() => undefined);
    work.stranger.catch(() => undefined);
    let run;
    try {
        await (0,cert_dir/* refuseUntrusted */.zd)(context.tempDir, context.tempDirInput ?? 'temp directory', TEMP_DIR_RISK);
        const launcher = await engine.check(options);
        const givenCertDir = options.certDir
            ? await (0,cert_dir/* checkUsableCertificateDir */.xY)(options.certDir, options.names.certDir)
            : undefined;
        const port = engine.listens ? await (0,ports/* reservePort */.a)(options.host, options.port, options.names) : options.port;
        logPhase('checks done');
        const listen = (0,endpoint/* endpointOf */.X5)(options.host, port);
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
        const environment = (0,client_environment/* clientEnvironment */.B5)({ ...endpoint, clientDir: certs.clientDir, socket: details.socket });
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
        tls: (0,core_probes/* clientContext */.RO)({
            ca: certificateSet.caCertPem,
            cert: certificateSet.client.certPem,
            key: certificateSet.client.keyPem,
        }),
        timeoutMs: startupTimeoutMs,
        timeoutOption: (0,options_names/* spelled */.uQ)(names, 'startupTimeout'),
        sansOption: (0,options_names/* spelled */.uQ)(names, 'sans'),
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

// EXTERNAL MODULE: ./src/lifecycle/teardown.ts
var teardown = __webpack_require__(6734);
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
    const engine = context.engine ?? (0,engines/* engineFor */.E)((0,options_options/* engineKindOf */.Ev)(options));
    try {
        const started = await startInstance(options, engine, {
            ...context,
            store,
            signal: abort.signal,
            whileStarting: options.context === undefined
                ? undefined
                : (0,docker_context_step/* dockerContextWhileStarting */.Z)({ name: options.context, required: contextRequired, options: contextOptions }, context.logger),
        });
        abort.signal.throwIfAborted();
        return { started, exitCode: 0 };
    }
    catch (error) {
        context.onFailure?.(error);
        // Leave nothing half-made; post finds the same state and has nothing left to do.
        if (state) {
            const options = { stopTimeoutMs: 3000, contextOptions, store, engine };
            const report = await (0,teardown/* teardownInstance */.c)(state, context.logger, options);
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

// EXTERNAL MODULE: ./src/lifecycle/state-store.ts + 1 modules
var state_store = __webpack_require__(5689);
// EXTERNAL MODULE: ./src/adapters/cli/env.ts
var cli_env = __webpack_require__(758);
// EXTERNAL MODULE: ./src/adapters/cli/logger.ts
var cli_logger = __webpack_require__(6965);
// EXTERNAL MODULE: ./src/adapters/cli/usage.ts + 1 modules
var usage = __webpack_require__(5336);
;// CONCATENATED MODULE: ./src/adapters/cli/up.ts










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
    rootless: { type: 'boolean' },
    dind: { type: 'boolean' },
    'dind-engine': { type: 'string' },
    'dind-engine-cert-path': { type: 'string' },
    'dind-image': { type: 'string' },
    'dind-privileged': { type: 'string' },
    'dind-network': { type: 'string' },
    'dind-alias': { type: 'string' },
    'dind-volume': { type: 'string' },
    'dind-args': { type: 'string' },
};
/** The flags as options: each option's flag is its action input with two dashes (FLAG_NAMES). */
function optionsOf(values) {
    const dindFlags = Object.keys(values).filter((flag) => flag.startsWith('dind-'));
    if (!values.dind && dindFlags.length > 0)
        throw new usage/* UsageError */.eb(`--${dindFlags[0]} needs --dind.`, usage/* UP_USAGE */.uk);
    const flagged = Object.keys(options_names/* FLAG_NAMES */.G0).filter((key) => key !== 'style' && key !== 'mode' && key !== 'sans' && key !== 'rootless');
    const raw = Object.fromEntries(flagged.map((key) => [key, values[options_names/* FLAG_NAMES */.G0[key]]]));
    // The CLI makes a context only when asked (laptops keep theirs).
    return (0,options_options/* parseOptions */.Ac)({
        ...raw,
        mode: values.dind ? 'dind' : 'dockerd',
        rootless: values.rootless ? 'true' : undefined,
        sans: values['tls-san'],
        context: raw.context ?? options_values/* NO_CONTEXT */.SH,
    }, options_names/* FLAG_NAMES */.G0);
}
async function upCommand(args, out) {
    const values = (0,usage/* parseFlags */.bQ)(args, FLAGS, usage/* UP_USAGE */.uk);
    const format = values.json ? 'json' : (0,cli_env.parseEnvFormat)(values.format, usage/* UP_USAGE */.uk);
    const options = optionsOf(values);
    const logger = (0,cli_logger/* stderrLogger */.D)(values.verbose ?? false);
    for (const warning of (0,client_environment/* caBundleWarnings */.a4)(process.env))
        logger.warning(warning);
    const stateDir = values['state-dir'] === undefined ? (0,external_node_os_.tmpdir)() : (0,options_values/* parsePath */.Rr)(values['state-dir'], '--state-dir');
    const store = (0,state_store/* fileStore */.oX)(stateDir);
    const tempDirInput = values['state-dir'] === undefined ? 'temp directory' : '--state-dir';
    const outcome = await startOrRollBack(options, {
        tempDir: stateDir,
        tempDirInput,
        logger,
        store,
        contextRequired: true,
    });
    if (!outcome.started) {
        if (!outcome.signal)
            throw outcome.error;
        console.error(`docker-tls up: ${outcome.error.message} Nothing of it is left.`);
        return outcome.exitCode;
    }
    printExports(outcome.started, await store.written(), format, out);
    return 0;
}
function printExports(started, stateFile, format, out) {
    const { daemon, certificateSet } = started;
    const env = { ...daemon?.environment, DOCKER_TLS_STATE: stateFile };
    const details = {
        context: daemon?.dockerContext,
        expiresAt: certificateSet.notAfter.toISOString(),
        pid: daemon?.pid,
        logFile: daemon?.logFile,
        containerId: daemon?.containerId,
        serverFingerprint: certificateSet.server.fingerprint,
    };
    for (const line of (0,cli_env.formatEnvironment)(env, format, details))
        out(line);
}


/***/ }),

/***/ 8784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ probePlainHttp),
/* harmony export */   KA: () => (/* binding */ pingOnce),
/* harmony export */   RO: () => (/* binding */ clientContext),
/* harmony export */   Tv: () => (/* binding */ problemWithOurClient),
/* harmony export */   W7: () => (/* binding */ PROBE_TIMEOUT_MS),
/* harmony export */   o9: () => (/* binding */ tlsErrorSummary),
/* harmony export */   uJ: () => (/* binding */ probeWithoutClientCert),
/* harmony export */   wI: () => (/* binding */ probeWithForeignClientCert)
/* harmony export */ });
/* unused harmony exports judgeTlsRefusal, judgePlainRefusal */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);



// What a client sees of a Docker daemon's TLS port: one mTLS /_ping, and the probes that must be
// refused (no client certificate, a stranger's, plain HTTP). Used by the start (readiness and the
// refusal proof) and by the doctor; they only connect, and judge what came back.
const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';
/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
function clientContext(tls) {
    return (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext)({ ca: tls.ca, cert: tls.cert, key: tls.key });
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
        const req = (0,node_https__WEBPACK_IMPORTED_MODULE_1__.request)(options, (res) => {
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
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ host, port, servername: isNameForSni(host) ? host : undefined, ...options }, () => socket.write(PING_REQUEST));
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
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ ...options, servername: isNameForSni(host) ? host : undefined, timeout: timeoutMs }, () => {
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


/***/ }),

/***/ 1219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ reservePort)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_options_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6926);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`Port ${port} on ${host} is already in use by another process.`, `Choose another port, or ${(0,_core_options_names_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'port', '0')} for a free one.`, { badInput: true });
        }
        if (code === 'EADDRNOTAVAIL') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${host} is not an address of this machine, so nothing can listen on it.`, `Use ${(0,_core_options_names_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'host', '127.0.0.1')} (the default), 0.0.0.0 for every interface, or an address that "ip addr" lists.`, { badInput: true });
        }
        throw error;
    }
}


/***/ }),

/***/ 283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ removeDockerContextsOf),
/* harmony export */   Z: () => (/* binding */ dockerContextWhileStarting)
/* harmony export */ });
/* harmony import */ var _core_naming_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2607);
/* harmony import */ var _host_docker_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6838);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



/**
 * The docker context, made while the daemon comes up (its endpoint and the client's files are
 * known by then; a roll-back removes it with the rest). Its marker is recorded before it is made,
 * so that teardown finds it even if the start stops in between, and its name once it exists.
 * Without a docker CLI there is nothing to make a context for: a warning, not a failure.
 */
function dockerContextWhileStarting(request, logger) {
    return async (client) => {
        const marker = (0,_core_naming_js__WEBPACK_IMPORTED_MODULE_0__/* .contextMarker */ .Uo)(client.id);
        client.saveProgress({ context: { marker } });
        try {
            const endpoint = {
                dockerHost: client.endpoint.dockerHost,
                caPath: client.certs.clientCa,
                certPath: client.certs.clientCert,
                keyPath: client.certs.clientKey,
            };
            const created = await (0,_host_docker_context_js__WEBPACK_IMPORTED_MODULE_1__/* .createDockerContext */ .iA)(request.name, client.id, endpoint, request.options);
            client.saveProgress({ context: { marker, name: created.name } });
            if (created.replacedLeftoverOf) {
                logger.info(`Replaced the docker context ${created.name} that instance ${created.replacedLeftoverOf} left: its daemon, bridge and processes are gone.`);
            }
            logger.info(`docker context ${created.name} (not made current): docker --context ${created.name} …`);
            return { dockerContext: created.name };
        }
        catch (error) {
            if (client.signal?.aborted || (request.required && !(0,_host_docker_context_js__WEBPACK_IMPORTED_MODULE_1__/* .cliMissing */ .Xi)(error)))
                throw error;
            logger.warning(`No docker context was made, so buildx cannot reach this daemon: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}\n` +
                'Check that $DOCKER_CONFIG (default ~/.docker) is writable by this user, or set the context input to "none".');
            return {};
        }
    };
}
/** Removes every context that carries this instance's marker. Never throws: says what it did. */
async function removeDockerContextsOf(state, options) {
    return state.context ? (0,_host_docker_context_js__WEBPACK_IMPORTED_MODULE_1__/* .removeContextsMarked */ .L9)(state.context.marker, options) : [];
}


/***/ }),

/***/ 6734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ teardownInstance)
/* harmony export */ });
/* unused harmony export logsOf */
/* harmony import */ var _actions_io__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8701);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engines_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9274);
/* harmony import */ var _host_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3285);
/* harmony import */ var _docker_context_step_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(283);






/**
 * The one teardown, for every mode, after a job, `docker-tls down`, the library's stop and a failed
 * start alike: the docker context, then the engine's own parts (its daemon and what only it can
 * remove), then what every mode shares: the given cert-dir as it was (only our server/ and client/
 * removed, checked by device and inode; its mode given back; the directories made for it removed
 * when empty), the work directory (with our own cert-dir in it), the state. Never throws.
 */
async function teardownInstance(state, logger, options = {}) {
    const contexts = await (0,_docker_context_step_js__WEBPACK_IMPORTED_MODULE_5__/* .removeDockerContextsOf */ .W)(state, options.contextOptions);
    const stopped = await (options.engine ?? (0,_engines_index_js__WEBPACK_IMPORTED_MODULE_3__/* .engineFor */ .E)(state.mode)).stop(state, logger, options);
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
    if (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(state.workDir).catch(() => undefined)) {
        await _actions_io__WEBPACK_IMPORTED_MODULE_0__.rmRF(state.workDir).then(() => removal.removed.push(state.workDir), (error) => removal.warnings.push(`removing ${state.workDir}: ${error.message}`));
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
    for (const path of [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(certDir, 'server'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(certDir, 'client')]) {
        if (!(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(path).catch(() => undefined)))
            continue;
        if (identities[path] && (await (0,_host_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameFile */ .Dl)(path, identities[path]))) {
            await _actions_io__WEBPACK_IMPORTED_MODULE_0__.rmRF(path);
            removal.removed.push(path);
        }
        else {
            removal.warnings.push(`${path} was left alone: it is not the directory the main step made there`);
        }
    }
    for (const dir of [...(state.certDirCreated ?? [])].reverse()) {
        if (!identities[dir] || !(await (0,_host_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameFile */ .Dl)(dir, identities[dir])))
            continue;
        // Only when empty: what someone else put there since is theirs.
        const emptied = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rmdir(dir).then(() => true, () => false);
        if (emptied)
            removal.removed.push(dir);
    }
    const itself = identities[certDir];
    if (state.certDirMode !== undefined && itself && (await (0,_host_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isSameFile */ .Dl)(certDir, itself))) {
        await (0,_host_files_js__WEBPACK_IMPORTED_MODULE_4__/* .chmodDirNoFollow */ .T2)(certDir, state.certDirMode);
    }
}


/***/ })

};
