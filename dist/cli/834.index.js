export const id = 834;
export const ids = [834];
export const modules = {

/***/ 9834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certsCommand: () => (/* binding */ certsCommand)
/* harmony export */ });
/* harmony import */ var _core_options_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2377);
/* harmony import */ var _core_options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2170);
/* harmony import */ var _core_san_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2213);
/* harmony import */ var _lifecycle_certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6690);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5336);





/** The certificate options by this command's flag names. */
const CERTS_OPTION_NAMES = { keyAlgorithm: '--key-algorithm', validity: '--validity', sans: '--san' };
async function certsCommand(args, out) {
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


/***/ })

};
