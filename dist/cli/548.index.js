export const id = 548;
export const ids = [548];
export const modules = {

/***/ 9548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9998);


/**
 * Each verb is imported only when it runs: `certs` never loads the daemon code, `--help` loads no
 * verb at all (scripts/cli-imports test checks both on the sources).
 */
const COMMANDS = {
    up: { usage: _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UP_USAGE */ .uk, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(530), __webpack_require__.e(955), __webpack_require__.e(602), __webpack_require__.e(758), __webpack_require__.e(690), __webpack_require__.e(333)]).then(__webpack_require__.bind(__webpack_require__, 2333))).upCommand },
    env: { usage: _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV_USAGE */ .AR, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(530), __webpack_require__.e(955), __webpack_require__.e(602), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 758))).envCommand },
    down: { usage: _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .DOWN_USAGE */ .J8, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(530), __webpack_require__.e(955), __webpack_require__.e(602), __webpack_require__.e(758), __webpack_require__.e(125)]).then(__webpack_require__.bind(__webpack_require__, 125))).downCommand },
    certs: { usage: _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .CERTS_USAGE */ .q4, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(530), __webpack_require__.e(602), __webpack_require__.e(690), __webpack_require__.e(834)]).then(__webpack_require__.bind(__webpack_require__, 9834))).certsCommand },
    doctor: { usage: _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCTOR_USAGE */ .EE, load: async () => (await Promise.all(/* import() */[__webpack_require__.e(530), __webpack_require__.e(955), __webpack_require__.e(700)]).then(__webpack_require__.bind(__webpack_require__, 1700))).doctorCommand },
};
/** Runs one CLI invocation and returns the exit code: 0 done, 1 failed, 2 bad usage or input. */
async function runCli(argv, out = (line) => console.log(line), err = (line) => console.error(line)) {
    const [name, ...args] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        (name ? out : err)(_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .USAGE */ .u_);
        return name ? 0 : 2;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
        err(`docker-tls: unknown command "${name}".\n${_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .USAGE */ .u_}`);
        return 2;
    }
    if (args.includes('--help') || args.includes('-h')) {
        out(command.usage);
        return 0;
    }
    try {
        return (await (await command.load())(args, out)) ?? 0;
    }
    catch (error) {
        err(`docker-tls ${name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw && error.badInput)
            return 2;
        if (!(error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DockerTlsError */ .iw) && error instanceof Error && error.stack)
            err(error.stack);
        return 1;
    }
}


/***/ }),

/***/ 9998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ ENV_USAGE),
/* harmony export */   EE: () => (/* binding */ DOCTOR_USAGE),
/* harmony export */   J8: () => (/* binding */ DOWN_USAGE),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   q4: () => (/* binding */ CERTS_USAGE),
/* harmony export */   u_: () => (/* binding */ USAGE),
/* harmony export */   uk: () => (/* binding */ UP_USAGE)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
// Every usage text in one light module: `docker-tls --help` and `docker-tls VERB --help` load this
// and nothing of the verbs themselves (nor of the daemon code behind them).


const USAGE = `docker-tls <command> [options]

Commands:
  up       start a dockerd of its own behind mutual TLS; prints its environment (eval "$(docker-tls up)")
  env      print that environment again from the state file
  down     stop it and remove everything "up" made
  certs    create a throw-away CA with a server and a client certificate
  doctor   check that this machine can run "up"; explain why a client cannot reach DOCKER_HOST
Run "docker-tls <command> --help" for a command's options.

Exit codes: 0 done; 1 failed (the message says why and what to do); 2 bad usage or input;
130 or 143 when stopped by SIGINT or SIGTERM during up (nothing of it is left).`;
const UP_USAGE = `docker-tls up [--host 127.0.0.1] [--port 2376] [--tls-san NAME]... [--cert-validity 6h]
              [--key-algorithm ecdsa-p256] [--cert-dir DIR] [--daemon-config JSON]
              [--startup-timeout 60s] [--outbound true] [--state-dir DIR] [--context NAME]
              [--format shell|dotenv|json|github] [--verbose]
              [--dind [--dind-engine unix:///var/run/docker.sock] [--dind-engine-cert-path DIR]
                      [--dind-image docker:28-dind]
                      [--dind-privileged true|false] [--dind-network NET] [--dind-alias docker]
                      [--dind-volume VOLUME] [--dind-args 'ARGS']]

Starts a dockerd of its own behind mutual TLS, as the action does, and prints its environment:
  eval "$(docker-tls up --port 0)"   # DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH,
                                     # TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, DOCKER_TLS_STATE
  docker version
  docker-tls down                    # stops it and removes everything it made
The flags are the action's inputs. --state-dir holds the work directory (default: the OS temp dir).
--dind runs a container of the dind image on the outer engine instead (the action's mode: dind).
  --context NAME   also make a docker context NAME (for buildx; never made current; removed by down)
  --format F       shell (default: export lines for eval), dotenv (NAME=value), json (with details),
                   github (NAME=value lines to append to $GITHUB_ENV); --json is --format json
  --verbose        progress on stderr even when it is not a terminal, and debug lines`;
const ENV_USAGE = `docker-tls env [--state FILE] [--format shell|dotenv|json|github]

Prints the environment of the daemon that "docker-tls up" started again, from its state file
(default $DOCKER_TLS_STATE), in the same formats as up: e.g. in a later shell of the same job,
  eval "$(docker-tls env --state /tmp/dtls-1234abcd.state.json)"`;
const DOWN_USAGE = `docker-tls down [--state FILE] [--verbose]

Stops the daemon that "docker-tls up" started and removes everything it made. FILE defaults to
$DOCKER_TLS_STATE, which "eval \\"$(docker-tls up)\\"" sets. Running it twice is harmless.`;
const CERTS_USAGE = `docker-tls certs --out DIR [--san NAME]... [--validity 6h] [--key-algorithm ecdsa-p256] [--force]

Creates a throw-away CA, a server and a client certificate in DIR/server and DIR/client
(ca.pem, cert.pem, key.pem each). The CA key is never written: no further certificate can be made.
  --out DIR            where to write (must be new or empty; --force replaces an earlier set)
  --san NAME           extra server name or address, repeatable (DNS:name and IP:addr accepted)
  --validity D         lifetime, e.g. 90m, 6h, 2d (default 6h, at most 30d)
  --key-algorithm A    ecdsa-p256 (default), ecdsa-p384, rsa-2048, rsa-3072, rsa-4096
  --json               print the result as JSON`;
const DOCTOR_USAGE = `docker-tls doctor [--port 2376] [--host tcp://HOST:PORT] [--cert-path DIR] [--tls-verify 1]

Checks that this machine can run "docker-tls up" (and the action): root or sudo, dockerd and
containerd, the port, overlay support, certificate generation, and variables that make clients
ignore DOCKER_CERT_PATH.

When DOCKER_HOST is tcp://… or --host/--cert-path are given, it also connects as a client would
(DOCKER_HOST, DOCKER_CERT_PATH, DOCKER_TLS_VERIFY; the flags override them) and explains what is
wrong, with the fix: a client file missing or unreadable, a key that does not match its
certificate, a certificate expired or not yet valid, a host the server certificate does not name,
a server certificate used as client (or the reverse), a ca.pem that is not the daemon's CA, plain
HTTP to a TLS port or TLS to a plain one, a DOCKER_TLS_VERIFY other than 1, REQUESTS_CA_BUNDLE or
CURL_CA_BUNDLE overriding ca.pem for docker-py, the daemon refusing the client certificate; or
that it reaches the Docker API over mutual TLS.
  --host tcp://HOST:PORT   the endpoint (default: DOCKER_HOST)
  --cert-path DIR          the client's ca.pem, cert.pem, key.pem (default: DOCKER_CERT_PATH)
  --tls-verify VALUE       as DOCKER_TLS_VERIFY (default: its value; 1 when --cert-path is given)
Exits 1 when something would stop "up" or a client.`;
/** Wrong command-line use: exit code 2 and the usage text. */
class UsageError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerTlsError */ .iw {
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

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iw: () => (/* binding */ DockerTlsError)
/* harmony export */ });
/**
 * Errors a user can hit carry a `hint`: what to do about it. Adapters print message and hint;
 * nothing else in the stack should need reading to act on a failure.
 */
class DockerTlsError extends Error {
    hint;
    /** The user's input is at fault (the CLI exits 2), not the machine. */
    badInput;
    constructor(message, hint, options) {
        super(message, options);
        this.name = 'DockerTlsError';
        this.hint = hint;
        this.badInput = options?.badInput ?? false;
    }
}
/** A bad value for one named input; raised before anything is created. */
class InputError extends DockerTlsError {
    input;
    value;
    constructor(input, value, problem, example) {
        super(`Invalid ${input} ${JSON.stringify(value)}: ${problem}.`, `Example of a valid ${input}: ${example}`, {
            badInput: true,
        });
        this.name = 'InputError';
        this.input = input;
        this.value = value;
    }
}
/** One line for a log: the message, then the hint when there is one. */
function describeError(error) {
    if (error instanceof DockerTlsError) {
        return error.hint ? `${error.message}\n${error.hint}` : error.message;
    }
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
