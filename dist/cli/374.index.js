export const id = 374;
export const ids = [374];
export const modules = {

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certsCommand: () => (/* binding */ certsCommand)
/* harmony export */ });
/* harmony import */ var _core_options_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2377);
/* harmony import */ var _core_options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2170);
/* harmony import */ var _core_pki_load_x509_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3999);
/* harmony import */ var _core_san_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2213);
/* harmony import */ var _lifecycle_certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6690);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5336);






/** The certificate options by this command's flag names. */
const CERTS_OPTION_NAMES = { keyAlgorithm: '--key-algorithm', validity: '--validity', sans: '--san' };
async function certsCommand(args, out) {
    // The certificate library loads while the flags are read and the directory is checked (its
    // failure, if any, is the one the set meets and reports).
    (0,_core_pki_load_x509_js__WEBPACK_IMPORTED_MODULE_5__/* .loadX509 */ .l)().catch(() => undefined);
    const values = (0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(args, {
        out: { type: 'string' },
        san: { type: 'string', multiple: true },
        validity: { type: 'string' },
        'key-algorithm': { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
    }, _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .CERTS_USAGE */ .q4);
    if (!values.out)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--out DIR is required.', _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .CERTS_USAGE */ .q4);
    // Each --san is one name: an empty one is an error here, not silently dropped.
    (values.san ?? []).forEach((san) => (0,_core_san_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSan */ .QW)(san, CERTS_OPTION_NAMES.sans));
    const options = (0,_core_options_options_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCertificateOptions */ .R$)({ keyAlgorithm: values['key-algorithm'], validity: values.validity, sans: values.san }, CERTS_OPTION_NAMES);
    const { set, paths } = await (0,_lifecycle_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .writeCertificateFiles */ .M)(options, (0,_core_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePath */ .Rr)(values.out, '--out'), {
        replace: values.force,
        input: '--out',
        replaceOption: '--force',
    });
    const result = {
        serverDir: paths.serverDir,
        clientDir: paths.clientDir,
        keyAlgorithm: set.keyAlgorithm,
        serverSans: set.serverSans.map(_core_san_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSan */ .Qn),
        caFingerprint: set.caFingerprint,
        serverFingerprint: set.server.fingerprint,
        clientFingerprint: set.client.fingerprint,
        notBefore: set.notBefore.toISOString(),
        expiresAt: set.notAfter.toISOString(),
    };
    if (values.json) {
        out(JSON.stringify(result, null, 2));
        return;
    }
    out(`server: ${result.serverDir}  (ca.pem, cert.pem, key.pem)`);
    out(`client: ${result.clientDir}  (ca.pem, cert.pem, key.pem)  <- DOCKER_CERT_PATH`);
    out(`key algorithm: ${result.keyAlgorithm}`);
    out(`server names: ${result.serverSans.join(', ')}`);
    out(`CA fingerprint (SHA-256): ${result.caFingerprint}`);
    out(`server fingerprint (SHA-256): ${result.serverFingerprint}`);
    out(`client fingerprint (SHA-256): ${result.clientFingerprint}`);
    out(`valid from ${result.notBefore} until ${result.expiresAt}`);
    out('The CA private key was never written and is gone: no other certificate can be signed by this CA.');
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


/***/ })

};
