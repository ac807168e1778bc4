export const id = 941;
export const ids = [941];
export const modules = {

/***/ 8941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certsCommand: () => (/* binding */ certsCommand)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9965);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7911);
/* harmony import */ var _cert_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6379);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _pki_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3953);
/* harmony import */ var _san_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(649);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7485);







/** The certificate options by this command's flag names. */
const CERTS_OPTION_NAMES = { keyAlgorithm: '--key-algorithm', validity: '--validity', sans: '--san' };
async function certsCommand(args, out) {
    const values = (0,_usage_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .b)(args, {
        out: { type: 'string' },
        san: { type: 'string', multiple: true },
        validity: { type: 'string' },
        'key-algorithm': { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
    }, _help_js__WEBPACK_IMPORTED_MODULE_6__/* .CERTS_USAGE */ .q4);
    if (!values.out)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e('--out DIR is required.', _help_js__WEBPACK_IMPORTED_MODULE_6__/* .CERTS_USAGE */ .q4);
    // Each --san is one name: an empty one is an error here, not silently dropped.
    (values.san ?? []).forEach((san) => (0,_san_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSan */ .QW)(san, CERTS_OPTION_NAMES.sans));
    const options = (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCertificateOptions */ .R$)({ keyAlgorithm: values['key-algorithm'], validity: values.validity, sans: values.san }, CERTS_OPTION_NAMES);
    // Refuse the output directory before spending a key generation (seconds for RSA-4096) on it.
    const outDir = await (0,_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCertificateDir */ .Fu)((0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePath */ .Rr)(values.out, '--out'), {
        replace: values.force,
        input: '--out',
        replaceOption: '--force',
    });
    const set = await (0,_pki_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createCertificateSet */ .K_)(options);
    const paths = await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .writeCertificateSet */ .Dz)(outDir, set);
    const result = {
        serverDir: paths.serverDir,
        clientDir: paths.clientDir,
        keyAlgorithm: set.keyAlgorithm,
        serverSans: set.serverSans.map(_san_js__WEBPACK_IMPORTED_MODULE_4__/* .formatSan */ .Qn),
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
