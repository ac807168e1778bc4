export const id = 96;
export const ids = [96];
export const modules = {

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downCommand: () => (/* binding */ downCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lifecycle_engines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7031);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7911);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2280);
/* harmony import */ var _state_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8343);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7485);






async function downCommand(args, out) {
    const values = (0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .b)(args, { state: { type: 'string' }, verbose: { type: 'boolean' } }, _help_js__WEBPACK_IMPORTED_MODULE_4__/* .DOWN_USAGE */ .J8);
    const stateFile = (0,_state_file_js__WEBPACK_IMPORTED_MODULE_2__/* .stateFileOf */ .T)(values.state, _help_js__WEBPACK_IMPORTED_MODULE_4__/* .DOWN_USAGE */ .J8);
    const state = await (0,_state_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readStateFile */ .q)(stateFile);
    if (!state) {
        out(`Nothing to do: ${stateFile} does not exist (already down).`);
        return;
    }
    const report = await (0,_lifecycle_engines_js__WEBPACK_IMPORTED_MODULE_1__/* .teardownInstance */ .c0)(state, (0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .stderrLogger */ .D)(values.verbose ?? false));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(stateFile, { force: true });
    for (const warning of report.warnings)
        console.error(`warning: ${warning}`);
    out(`Down: ${report.summary}`);
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

/***/ 8343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ readStateFile),
  T: () => (/* binding */ stateFileOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config.ts + 2 modules
var config = __webpack_require__(9965);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/lifecycle/engines.ts + 42 modules
var engines = __webpack_require__(7031);
;// CONCATENATED MODULE: ./src/lifecycle/state.ts

/** The kinds of engine (lifecycle/engine.ts): a saved state names the one that made it. */
const ENGINE_KINDS = ['dockerd', 'dind'];
/** Thrown by parseState: the text is not a state record; the adapters word what that means. */
class StateError extends errors/* DockerTlsError */.iw {
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
    if (state.engine !== undefined && !ENGINE_KINDS.includes(state.engine)) {
        throw new StateError(`unknown engine ${JSON.stringify(state.engine)}`);
    }
    return state;
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var cli_usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/state-file.ts







/** The state file named by --state or DOCKER_TLS_STATE (which `eval "$(docker-tls up)"` sets). */
function stateFileOf(given, usage) {
    const file = given ?? process.env.DOCKER_TLS_STATE;
    if (!file)
        throw new cli_usage/* UsageError */.e('No state file: pass --state FILE or set DOCKER_TLS_STATE.', usage);
    // Echoed in messages, and a path: control characters are refused like any path input's.
    return (0,config/* parsePath */.Rr)(file, given === undefined ? 'DOCKER_TLS_STATE' : '--state');
}
/** The state in the file, or undefined when the file does not exist. */
async function readStateFile(stateFile) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(stateFile, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    let state;
    try {
        state = parseState(text);
    }
    catch (error) {
        throw new errors/* DockerTlsError */.iw(`${stateFile} is not a state file of docker-tls up (${error.message}).`);
    }
    if (!state)
        throw new errors/* DockerTlsError */.iw(`${stateFile} is not a state file of docker-tls up (missing id or workDir).`);
    // up keeps the state file next to the work directory it made, in --state-dir: paths elsewhere
    // are not ours to stop or remove.
    const problems = (0,engines/* problemsOfSavedState */.Ce)(state, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(stateFile)));
    if (problems.length > 0) {
        throw new errors/* DockerTlsError */.iw(`${stateFile} is not a state file that docker-tls up writes (${problems.join('; ')}); nothing was stopped or removed.`);
    }
    return state;
}


/***/ })

};
