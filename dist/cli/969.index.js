export const id = 969;
export const ids = [969];
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

/***/ 969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   envCommand: () => (/* binding */ envCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _env_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6393);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7911);
/* harmony import */ var _state_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8343);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7485);





/** `docker-tls env`: the environment `up` printed, again, from the state file. */
async function envCommand(args, out) {
    const values = (0,_usage_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .b)(args, { state: { type: 'string' }, format: { type: 'string' } }, _help_js__WEBPACK_IMPORTED_MODULE_4__/* .ENV_USAGE */ .AR);
    const format = (0,_env_format_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEnvFormat */ .Y3)(values.format, _help_js__WEBPACK_IMPORTED_MODULE_4__/* .ENV_USAGE */ .AR);
    const stateFile = (0,_state_file_js__WEBPACK_IMPORTED_MODULE_2__/* .stateFileOf */ .T)(values.state, _help_js__WEBPACK_IMPORTED_MODULE_4__/* .ENV_USAGE */ .AR);
    const state = await (0,_state_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readStateFile */ .q)(stateFile);
    if (!state)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw(`${stateFile} does not exist: the daemon is down.`, 'Start one: docker-tls up');
    if (!state.environment) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw(`${stateFile} holds no environment: that daemon never became ready.`, 'Run docker-tls down to clean up, then docker-tls up again.');
    }
    const env = { ...state.environment, DOCKER_TLS_STATE: stateFile };
    for (const line of (0,_env_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatEnvironment */ .$K)(env, format, { context: state.context?.name }))
        out(line);
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
