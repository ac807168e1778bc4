export const id = 505;
export const ids = [505];
export const modules = {

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downCommand: () => (/* binding */ downCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lifecycle_engines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(918);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8510);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(289);
/* harmony import */ var _state_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1778);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1794);






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

/***/ 1778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ readStateFile),
  T: () => (/* binding */ stateFileOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
;// CONCATENATED MODULE: ./src/lifecycle/engine.ts
/**
 * The seam between the one lifecycle (lifecycle/start.ts, lifecycle/roll-back.ts) and each way of
 * running a Docker daemon behind mutual TLS: a dockerd of our own on this machine (daemon/), a dind
 * container on an outer engine. The lifecycle makes the instance's id, work directory, certificates
 * and state record, waits for readiness, proves refusals and builds the result; an engine only
 * launches its daemon on the server certificates and takes it down again.
 */
const ENGINE_KINDS = ['dockerd', 'dind'];

;// CONCATENATED MODULE: ./src/lifecycle/state.ts


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
var cli_usage = __webpack_require__(1794);
;// CONCATENATED MODULE: ./src/cli/state-file.ts




/** The state file named by --state or DOCKER_TLS_STATE (which `eval "$(docker-tls up)"` sets). */
function stateFileOf(given, usage) {
    const file = given ?? process.env.DOCKER_TLS_STATE;
    if (!file)
        throw new cli_usage/* UsageError */.e('No state file: pass --state FILE or set DOCKER_TLS_STATE.', usage);
    return file;
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
    return state;
}


/***/ })

};
