export const id = 343;
export const ids = [343];
export const modules = {

/***/ 5343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x509: () => (/* reexport module object */ _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__)
/* harmony export */ });
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(477);
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(reflect_metadata__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(977);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
// @peculiar/x509 on Node's WebCrypto. Only load-x509.ts imports this file, and only with import():
// the library's ASN.1 schemas take a process about a tenth of a second to evaluate, which
// `docker-tls --help` must not pay and a certificate set pays while its keys are generated.
// reflect-metadata comes first: the library's v2 resolves its parts through tsyringe, which reads
// Reflect.getMetadata as soon as the library's modules are evaluated.



_peculiar_x509__WEBPACK_IMPORTED_MODULE_1__.cryptoProvider.set(node_crypto__WEBPACK_IMPORTED_MODULE_2__.webcrypto);



/***/ })

};
