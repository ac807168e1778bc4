export const id = 125;
export const ids = [125];
export const modules = {

/***/ 125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downCommand: () => (/* binding */ downCommand)
/* harmony export */ });
/* harmony import */ var _lifecycle_state_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5689);
/* harmony import */ var _lifecycle_teardown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6734);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6965);
/* harmony import */ var _env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(758);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5336);





async function downCommand(args, out) {
    const values = (0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .bQ)(args, { state: { type: 'string' }, verbose: { type: 'boolean' } }, _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .DOWN_USAGE */ .J8);
    const stateFile = (0,_env_js__WEBPACK_IMPORTED_MODULE_2__.stateFileOf)(values.state, _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .DOWN_USAGE */ .J8);
    const state = await (0,_lifecycle_state_store_js__WEBPACK_IMPORTED_MODULE_0__/* .readStateFile */ .qy)(stateFile);
    if (!state) {
        out(`Nothing to do: ${stateFile} does not exist (already down).`);
        return;
    }
    const report = await (0,_lifecycle_teardown_js__WEBPACK_IMPORTED_MODULE_1__/* .teardownInstance */ .c)(state, (0,_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .stderrLogger */ .D)(values.verbose ?? false), {
        store: (0,_lifecycle_state_store_js__WEBPACK_IMPORTED_MODULE_0__/* .existingFileStore */ .h3)(stateFile),
    });
    for (const warning of report.warnings)
        console.error(`warning: ${warning}`);
    out(`Down: ${report.summary}`);
}


/***/ }),

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
